#include "envselection.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// The same context as project.cpp's messages, so their translations are shared.
class EnvSelectionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclProject)
};

Status evaluated(const Env &env)
{
    if (!env.evaluationError.isEmpty())
        return Error{env.evaluationError};
    return Ok{};
}

} // namespace

Expected<QList<Env>> selectEnvs(const Project &project, const QString &name, EnvChoice choice)
{
    const QList<Env> matches = project.envsNamed(name);
    if (matches.isEmpty()) {
        const QStringList names = project.envNames();
        return Error{names.isEmpty()
                         ? EnvSelectionTr::tr("env \"%1\" is not defined: %2 has no env blocks")
                               .arg(name, project.configPath())
                         : EnvSelectionTr::tr("env \"%1\" is not defined in %2; it defines: %3")
                               .arg(name, project.configPath(), names.join(QLatin1String(", ")))};
    }
    switch (choice.mode) {
    case EnvChoice::Mode::Single:
        if (matches.size() > 1)
            return Error{EnvSelectionTr::tr("multiple envs found for \"%1\"").arg(name)};
        break;
    case EnvChoice::Mode::Instance: {
        if (choice.instance < 0 || choice.instance >= matches.size()) {
            QStringList keys;
            for (const Env &env : matches)
                keys.append(envInstanceKey(env));
            return Error{EnvSelectionTr::tr("env \"%1\" has no instance %2; its instances are: %3")
                             .arg(name)
                             .arg(choice.instance + 1)
                             .arg(keys.join(QLatin1String(", ")))};
        }
        const Env &env = matches.at(choice.instance);
        if (const Status status = evaluated(env); !status)
            return status.error();
        return QList<Env>{env};
    }
    case EnvChoice::Mode::Every:
        break;
    }
    for (const Env &env : matches) {
        if (const Status status = evaluated(env); !status)
            return status.error();
    }
    return matches;
}

QString envInstanceKey(const Env &env)
{
    if (!env.eachKey)
        return {};
    return env.eachKey->asString().value_or(env.eachKey->toHcl());
}

} // namespace strata
