#include "dockerdevconfig.h"

#include "db/registry.h"

#include <QCoreApplication>
#include <QUrl>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class DockerDevConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::DockerDevConfig)
};

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

Error unknownDriver(const DatabaseUrl &url, const QString &driver)
{
    return Error{DockerDevConfigTr::tr("Unsupported docker image \"%1\" in %2: use "
                                       "docker://mysql/8/dev, docker://mariadb/latest/dev or "
                                       "docker://postgres/16/dev.")
                     .arg(driver, url.toString())};
}

Error malformed(const DatabaseUrl &url)
{
    return Error{DockerDevConfigTr::tr("%1 is not a docker URL Strata can start: write "
                                       "docker://<image>/<tag>/<database>, for example "
                                       "docker://mysql/8/dev.")
                     .arg(url.toString())};
}

} // namespace

Expected<DockerDevConfig> DockerDevConfig::fromUrl(const DatabaseUrl &url, const QString &password)
{
    if (url.scheme() != DatabaseUrl::Scheme::Docker)
        return malformed(url);
    // The path holds "driver/tag/database". Atlas takes the last segment as the database
    // unless it contains ':' (then it is a tag); a trailing slash names no database.
    QStringList segments = url.path().split(QLatin1Char('/'));
    const QString host = segments.takeFirst();
    if (host.isEmpty())
        return malformed(url);
    QString tag;
    QString database;
    if (segments.size() == 1) {
        tag = segments.constFirst();
    } else if (segments.size() == 2 && !segments.constLast().contains(QLatin1Char(':'))) {
        tag = segments.constFirst();
        database = segments.constLast();
    } else if (!segments.isEmpty()) {
        // Atlas would silently ignore the extra segments; a typo should not go unnoticed.
        return malformed(url);
    }
    if (tag.isEmpty() && !database.isEmpty())
        return malformed(url);

    auto choice = devContainerFor(host, tag, database, password);
    if (!choice)
        return unknownDriver(url, host);
    DockerDevConfig config;
    config.container = choice->container;
    config.databaseName = choice->database.database->name();
    config.driver = config.container.driver;
    config.image = config.container.image;
    config.containerPort = config.container.containerPort;
    config.environment = config.container.environment;
    config.database = config.container.database;
    config.setupStatements = config.container.setupStatements;
    config.password = password;
    for (const auto &item : url.queryItems()) {
        if (item.first != QLatin1String("v") && item.first != QLatin1String("verbose"))
            config.query.append(item);
    }
    return config;
}

QString DockerDevConfig::boundSchema() const
{
    if (!container.schemaQueryKey.isEmpty()) {
        for (const auto &[key, value] : query) {
            if (key == container.schemaQueryKey)
                return value;
        }
        return QString();
    }
    return database;
}

QStringList DockerDevConfig::runArguments(const QString &containerName,
                                          const QString &publishHost) const
{
    QStringList arguments = {QStringLiteral("run"), QStringLiteral("--rm"),
                             QStringLiteral("--detach"), QStringLiteral("--name"), containerName};
    for (const QString &setting : environment)
        arguments << QStringLiteral("-e") << setting;
    // Atlas picks a free host port itself and publishes on every interface; letting docker pick
    // the port closes the race between choosing and binding it, and a local engine keeps the
    // scratch server off the network.
    const QString publish =
        publishHost.isEmpty() ? QString::number(containerPort)
                              : publishHost + QLatin1String("::") + QString::number(containerPort);
    arguments << QStringLiteral("-p") << publish << image;
    return arguments;
}

Expected<DatabaseUrl> DockerDevConfig::databaseUrl(const QString &host, int port) const
{
    const QString hostText = host.contains(QLatin1Char(':'))
                                 ? QString(QLatin1Char('[') + host + QLatin1Char(']'))
                                 : host;
    const QString address = hostText + QLatin1Char(':') + QString::number(port);
    QString text = container.urlScheme + QLatin1String("://") + encoded(container.user) +
                   QLatin1Char(':') + encoded(password) + QLatin1Char('@') + address +
                   QLatin1Char('/') + encoded(database);
    // The container's own parameters win over the URL's, as in Atlas.
    QList<QPair<QString, QString>> parameters = query;
    for (const auto &fixed : container.fixedQuery) {
        parameters.removeIf([&](const auto &item) { return item.first == fixed.first; });
    }
    parameters = container.fixedQuery + parameters;
    QStringList pairs;
    for (const auto &[key, value] : parameters)
        pairs.append(value.isNull() ? encoded(key)
                                    : encoded(key) + QLatin1Char('=') + encoded(value));
    if (!pairs.isEmpty())
        text += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    return DatabaseUrl::parse(text);
}

Expected<DatabaseUrl> DockerDevConfig::serverUrl(const QString &host, int port) const
{
    DockerDevConfig server = *this;
    // A short connect timeout keeps polling a booting server responsive to Cancel; the
    // database may not exist yet, so the server's own one (or none) is used.
    server.database = container.serverDatabase;
    server.query = {container.connectTimeout};
    return server.databaseUrl(host, port);
}

DockerEndpoint DockerEndpoint::forDockerHost(const QString &dockerHost)
{
    const QUrl url(dockerHost);
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("tcp") || scheme == QLatin1String("ssh") ||
         scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
        !url.host().isEmpty()) {
        return {QString(), url.host()};
    }
    const QString loopback = QStringLiteral("127.0.0.1");
    return {loopback, loopback};
}

Expected<QString> dockerUrlDialect(const DatabaseUrl &url)
{
    auto config = DockerDevConfig::fromUrl(url, QString());
    if (!config)
        return config.error();
    return config->dialect();
}

Expected<int> parseDockerPortOutput(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString binding = line.trimmed();
        const qsizetype colon = binding.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const int port = colon >= 0 ? binding.mid(colon + 1).toInt(&ok) : 0;
        if (ok && port > 0 && port <= 65535)
            return port;
    }
    return Error{DockerDevConfigTr::tr("docker did not report the container's published port "
                                       "(it printed \"%1\").")
                     .arg(output.trimmed())};
}

} // namespace strata
