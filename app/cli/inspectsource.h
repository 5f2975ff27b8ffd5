#pragma once

#include "flagset.h"
#include "load/schemaloader.h"
#include "projectflags.h"
#include "realmfilter.h"
#include "util/expected.h"

#include <optional>

namespace strata::cli {

/// What `schema inspect` loads: --url (or the env's url), --dev-url (or the env's dev) and
/// --dialect. As in Atlas, an SQL or HCL file and an external schema program need a dev
/// database; without one (and without Strata's --dialect) this fails with Atlas's
/// `--dev-url cannot be empty` sentence.
Expected<LoadRequest> inspectRequest(const FlagSet &flags,
                                     const std::optional<ProjectSelection> &selection);

/// A source named by a URL flag's value (`schema diff --from/--to`): a database, a file, or with
/// an env an env:// reference; --dev-url and --dialect apply as for `schema inspect`.
Expected<LoadRequest> sourceRequest(const QString &url, const FlagSet &flags,
                                    const std::optional<ProjectSelection> &selection);

/// --schema and --exclude (or the env's schemas and exclude), bound as the request's source is.
RealmScope inspectScope(const FlagSet &flags, const std::optional<ProjectSelection> &selection,
                        const LoadRequest &request, const Realm &realm);

} // namespace strata::cli
