#pragma once

#include "project/project.h"
#include "util/expected.h"

#include <QCommandLineParser>

#include <optional>

namespace strata::cli {

/// The project and env a command runs in, chosen with --config / --env / --var.
struct ProjectSelection
{
    Project project;
    Env env;
};

/// Adds Atlas's project flags: --config URL (default file://atlas.hcl), --env NAME,
/// --var name=value (repeatable).
void addProjectFlags(QCommandLineParser &parser);

/// The selection the flags ask for: nothing when --env is not given (as in Atlas, --config and
/// --var only matter together with an env); an error when the file or the env cannot be read.
Expected<std::optional<ProjectSelection>> selectProject(const QCommandLineParser &parser);

} // namespace strata::cli
