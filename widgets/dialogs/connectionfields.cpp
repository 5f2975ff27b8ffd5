#include "connectionfields.h"

#include "db/registry.h"

#include <QCoreApplication>
#include <QUrl>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class ConnectionFieldsTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::ConnectionFields)
};

const QString kMask = QStringLiteral("****");

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// Query values keep ',' and ':' readable (search_path=a,b); '&', '=', '#', '%' are encoded.
QString encodeQueryValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, ",:/"));
}

/// Any server's TLS key is read from a URL, so a mysql:// URL pasted with sslmode= keeps it.
bool isTlsKey(const QString &key)
{
    for (const ServerChoice &choice : serverChoices()) {
        if (key == choice.traits.tlsKey)
            return true;
    }
    return false;
}

} // namespace

ServerTraits ConnectionFields::traitsFor(const QString &scheme)
{
    if (auto choice = serverChoiceForScheme(scheme))
        return choice->traits;
    return serverChoices().value(0).traits;
}

QString ConnectionFields::toUrlText(bool masked) const
{
    const ServerTraits server = traits();
    QString out = server.scheme + QLatin1String("://");
    if (!user.isEmpty() || hasPassword) {
        out += encode(user);
        if (hasPassword)
            out += QLatin1Char(':') + (masked ? kMask : encode(password));
        out += QLatin1Char('@');
    }
    const QString trimmedHost = host.trimmed();
    out += trimmedHost.contains(QLatin1Char(':'))
               ? QLatin1Char('[') + trimmedHost + QLatin1Char(']')
               : trimmedHost;
    if (port > 0)
        out += QLatin1Char(':') + QString::number(port);
    if (!database.isEmpty())
        out += QLatin1Char('/') + encode(database);

    QStringList query;
    if (!sslMode.isEmpty())
        query.append(server.tlsKey + QLatin1Char('=') + encodeQueryValue(sslMode));
    if (!server.schemaKey.isEmpty() && !schema.isEmpty())
        query.append(server.schemaKey + QLatin1Char('=') + encodeQueryValue(schema));
    for (const auto &item : otherQuery) {
        const bool secret =
            masked && item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
        query.append(item.second.isNull() && !secret
                         ? encode(item.first)
                         : encode(item.first) + QLatin1Char('=') +
                               (secret ? kMask : encodeQueryValue(item.second)));
    }
    if (!query.isEmpty())
        out += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return out;
}

Expected<DatabaseUrl> ConnectionFields::toUrl() const
{
    if (host.trimmed().isEmpty()) {
        return Error{
            ConnectionFieldsTr::tr("Give the host name or address of the database server.")};
    }
    return DatabaseUrl::parse(toUrlText(false));
}

Expected<ConnectionFields> ConnectionFields::fromUrl(const DatabaseUrl &url)
{
    const auto server = url.isServer() ? serverChoiceForScheme(url.schemeText()) : std::nullopt;
    if (!server) {
        return Error{ConnectionFieldsTr::tr("Connect opens MySQL, MariaDB and PostgreSQL servers: "
                                            "use mysql://, maria:// or postgres://. Open SQLite "
                                            "databases and .sql files from the File menu.")};
    }
    ConnectionFields fields;
    fields.scheme = server->traits.scheme;
    fields.host = url.host();
    fields.port = url.port(server->traits.defaultPort);
    fields.user = url.user();
    fields.password = url.password();
    fields.hasPassword = url.hasPassword();
    fields.database = url.path();
    for (const auto &item : url.queryItems()) {
        if (isTlsKey(item.first) && fields.sslMode.isEmpty())
            fields.sslMode = item.second;
        else if (!server->traits.schemaKey.isEmpty() && item.first == server->traits.schemaKey)
            fields.schema = item.second;
        else
            fields.otherQuery.append(item);
    }
    return fields;
}

} // namespace strata
