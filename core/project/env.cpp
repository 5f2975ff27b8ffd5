#include "env.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclEnvTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclEnv)
};

const QLatin1String kEnvScheme("env://");

} // namespace

DiffPolicy Env::diffPolicy() const
{
    DiffPolicy policy;
    if (!diff)
        return policy;
    if (const ConfigBlock *skip = diff->block(QStringLiteral("skip"))) {
        for (auto it = skip->attributes.cbegin(); it != skip->attributes.cend(); ++it) {
            if (it.value().asBool().value_or(false))
                policy.skip.append(it.key());
        }
    }
    if (const ConfigBlock *concurrent = diff->block(QStringLiteral("concurrent_index"))) {
        policy.concurrentIndexCreate =
            concurrent->attribute(QStringLiteral("create")).asBool().value_or(false);
        policy.concurrentIndexDrop =
            concurrent->attribute(QStringLiteral("drop")).asBool().value_or(false);
    }
    return policy;
}

LintPolicy Env::lintPolicy() const
{
    LintPolicy policy;
    if (!lint)
        return policy;
    policy.latest = int(lint->attribute(QStringLiteral("latest")).asNumber().value_or(0));
    if (const ConfigBlock *git = lint->block(QStringLiteral("git"))) {
        policy.gitDir = git->attribute(QStringLiteral("dir")).asString().value_or(QString());
        policy.gitBase = git->attribute(QStringLiteral("base")).asString().value_or(QString());
    }
    for (const ConfigBlock &analyzer : lint->blocks) {
        if (analyzer.attribute(QStringLiteral("error")).asBool().value_or(false))
            policy.errorAnalyzers.append(analyzer.type);
    }
    return policy;
}

Expected<QString> Env::resolveEnvUrl(const QString &url) const
{
    if (!url.startsWith(kEnvScheme))
        return url;
    const QString attribute = url.mid(kEnvScheme.size());
    QString value;
    if (attribute == QLatin1String("url"))
        value = this->url;
    else if (attribute == QLatin1String("dev"))
        value = dev;
    else if (attribute == QLatin1String("src") || attribute == QLatin1String("schema.src"))
        value = src.value(0);
    else if (attribute == QLatin1String("migration.dir"))
        value = migration.dir;
    else
        value = extra.value(attribute);
    if (value.isEmpty())
        return Error{
            HclEnvTr::tr("%1: env \"%2\" has no \"%3\" attribute").arg(url, name, attribute)};
    if (value.startsWith(kEnvScheme)) {
        return Error{
            HclEnvTr::tr("%1 refers to %2: an env:// URL cannot point to another env:// URL")
                .arg(url, value)};
    }
    return value;
}

} // namespace strata
