#pragma once

#include "project/project.h"
#include "schemaloader.h"
#include "util/expected.h"

#include <QString>

namespace strata {

/// The load request for one URL attribute of a project env: "src" (the desired schema), "url"
/// (the target database) or "dev". Resolves `env://<attr>` indirection, `external_schema://name`
/// into the program to run (working directory, timeout), file:// paths relative to the project
/// folder, and takes the dev database from the env. Errors name the env and the attribute.
Expected<LoadRequest> loadRequestForEnv(const Project &project, const Env &env,
                                        const QString &attribute = QStringLiteral("src"),
                                        int programTimeoutMs = 120'000);

/// The same for a URL given on the command line with --env: `env://src` etc. refer to the env,
/// anything else is parsed as a URL (file:// relative to the project folder).
Expected<LoadRequest> loadRequestForUrl(const Project &project, const Env &env,
                                        const QString &urlText, int programTimeoutMs = 120'000);

} // namespace strata
