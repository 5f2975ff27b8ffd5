#pragma once

#include "flagset.h"
#include "project/project.h"
#include "util/expected.h"

#include <optional>

namespace strata::cli {

/// The project and env a command runs in, chosen with --config / --env / --var.
struct ProjectSelection
{
    Project project;
    Env env;
};

/// Adds Atlas's project flags (its global flags): -c/--config URL (default file://atlas.hcl),
/// --env NAME, --var name=value (repeatable, and comma-separated: --var a=1,b=2).
void addProjectFlags(FlagSet &flags);

/// The selection the flags ask for: nothing when --env is not given (as in Atlas, --config and
/// --var only matter together with an env); an error when the file or the env cannot be read.
Expected<std::optional<ProjectSelection>> selectProject(const FlagSet &flags);

} // namespace strata::cli
