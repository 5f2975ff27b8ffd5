#pragma once

#include "project.h"
#include "util/expected.h"

#include <QList>
#include <QString>

#include <optional>

namespace strata {

/// Which instance of an env to take. A `for_each` env is several envs of one name; Atlas's
/// commands either take the one env the name picks (and refuse with "multiple envs found"
/// when there are several) or fan out over all of them (`migrate apply`, `migrate status`).
struct EnvChoice
{
    enum class Mode
    {
        /// The one env of that name; several instances are an error, as in Atlas.
        Single,
        /// The instance at `instance` (the Project dock's Instance box).
        Instance,
        /// Every instance, in file order (commands that fan out).
        Every,
    };
    Mode mode = Mode::Single;
    int instance = 0;

    static EnvChoice single() { return {}; }
    static EnvChoice at(int index) { return {Mode::Instance, index}; }
    static EnvChoice every() { return {Mode::Every, 0}; }
};

/// Selects the envs called `name` in `project` by `choice`: the one function behind the CLI's
/// --env and the Project dock. Errors: no env of that name (listing the names there are), several
/// instances where one is asked for, an instance index out of range, or an instance whose
/// attributes failed to evaluate (that instance's own message).
Expected<QList<Env>> selectEnvs(const Project &project, const QString &name, EnvChoice choice);

/// What tells the instances of a for_each env apart: its `each.key` as text; empty for an env
/// without for_each.
QString envInstanceKey(const Env &env);

} // namespace strata
