#include "envrequest.h"

#include <QCoreApplication>
#include <QDir>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class EnvRequestTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::EnvRequest)
};

const QLatin1String kEnvScheme("env://");
const QLatin1String kExternalSchemaScheme("external_schema://");

/// The value of an env's URL attribute; an error when it is missing or ambiguous.
Expected<QString> attributeValue(const Env &env, const QString &attribute)
{
    QString value;
    if (attribute == QLatin1String("src")) {
        if (env.src.size() > 1) {
            return Error{EnvRequestTr::tr("env \"%1\" has %2 src values; Strata loads one source "
                                          "at a time.")
                             .arg(env.name)
                             .arg(env.src.size())};
        }
        value = env.src.value(0);
    } else if (attribute == QLatin1String("url")) {
        value = env.url;
    } else if (attribute == QLatin1String("dev")) {
        value = env.dev;
    } else {
        // Any other attribute, as Atlas resolves env:// references: schema.src, migration.dir
        // and the env's own extra attributes, through the project's one resolver.
        return env.resolveEnvUrl(kEnvScheme + attribute);
    }
    if (value.isEmpty()) {
        return Error{EnvRequestTr::tr("env \"%1\" has no %2 attribute: set it in %3.")
                         .arg(env.name, attribute, QStringLiteral("atlas.hcl"))};
    }
    return value;
}

/// sqlite:// and file:// paths in a project are relative to the project folder, so the GUI
/// and the CLI find the same files wherever they were started.
Expected<DatabaseUrl> parseProjectUrl(const Project &project, const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    if (!url->isLocalFile() || url->path().isEmpty() || QDir::isAbsolutePath(url->path()))
        return url;
    QString rebuilt = url->schemeText() + QLatin1String("://") +
                      QDir(project.directory()).absoluteFilePath(url->path());
    QStringList query;
    for (const auto &[key, value] : url->queryItems())
        query.append(key + QLatin1Char('=') + value);
    if (!query.isEmpty())
        rebuilt += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return DatabaseUrl::parse(rebuilt);
}

Expected<LoadRequest> requestFor(const Project &project, const Env &env, const QString &text,
                                 const QString &displayName, int programTimeoutMs)
{
    LoadRequest request;
    request.displayName = displayName;
    if (!env.dev.isEmpty()) {
        if (env.dev.startsWith(kEnvScheme) || env.dev.startsWith(kExternalSchemaScheme)) {
            return Error{EnvRequestTr::tr("env \"%1\": dev must be a database URL, not %2.")
                             .arg(env.name, env.dev)};
        }
        auto dev = parseProjectUrl(project, env.dev);
        if (!dev) {
            return Error{EnvRequestTr::tr("env \"%1\" dev: %2").arg(env.name, dev.error().message)};
        }
        request.devUrl = dev.value();
    }
    if (text.startsWith(kExternalSchemaScheme)) {
        const std::optional<ExternalSchema> schema = project.externalSchema(text);
        if (!schema) {
            return Error{EnvRequestTr::tr("env \"%1\" refers to %2, but %3 has no data "
                                          "\"external_schema\" \"%4\" block.")
                             .arg(env.name, text, QDir::toNativeSeparators(project.configPath()),
                                  text.mid(kExternalSchemaScheme.size()))};
        }
        ProgramInvocation program;
        program.program = schema->program;
        program.workingDirectory = schema->workingDirectory;
        program.timeoutMs = programTimeoutMs;
        request.program = program;
        return request;
    }
    auto url = parseProjectUrl(project, text);
    if (!url)
        return Error{EnvRequestTr::tr("env \"%1\": %2").arg(env.name, url.error().message)};
    request.url = url.value();
    return request;
}

} // namespace

Expected<LoadRequest> loadRequestForEnv(const Project &project, const Env &env,
                                        const QString &attribute, int programTimeoutMs)
{
    if (!env.evaluationError.isEmpty())
        return Error{env.evaluationError};
    auto value = attributeValue(env, attribute);
    if (!value)
        return value.error();
    if (value->startsWith(kEnvScheme)) {
        return Error{EnvRequestTr::tr("env \"%1\" %2 is %3: an env:// URL cannot point to "
                                      "another env:// URL.")
                         .arg(env.name, attribute, value.value())};
    }
    return requestFor(project, env, value.value(),
                      EnvRequestTr::tr("env \"%1\" %2").arg(env.name, attribute), programTimeoutMs);
}

Expected<LoadRequest> loadRequestForUrl(const Project &project, const Env &env,
                                        const QString &urlText, int programTimeoutMs)
{
    if (urlText.startsWith(kEnvScheme))
        return loadRequestForEnv(project, env, urlText.mid(kEnvScheme.size()), programTimeoutMs);
    auto request = requestFor(project, env, urlText, QString(), programTimeoutMs);
    if (request && request->displayName.isEmpty())
        request->displayName = request->program ? urlText : request->url.toString();
    return request;
}

} // namespace strata
