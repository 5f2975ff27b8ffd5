#include "connectionfields.h"

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
const QString kSearchPath = QStringLiteral("search_path");

QString encode(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

/// Query values keep ',' and ':' readable (search_path=a,b); '&', '=', '#', '%' are encoded.
QString encodeQueryValue(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, ",:/"));
}

bool isSslKey(const QString &key)
{
    return key == QLatin1String("sslmode") || key == QLatin1String("tls");
}

} // namespace

int ConnectionFields::defaultPort(Driver driver)
{
    return driver == Driver::Postgres ? 5432 : 3306;
}

QString ConnectionFields::scheme(Driver driver)
{
    switch (driver) {
    case Driver::MySql:
        return QStringLiteral("mysql");
    case Driver::MariaDb:
        return QStringLiteral("maria");
    case Driver::Postgres:
        break;
    }
    return QStringLiteral("postgres");
}

QString ConnectionFields::sslModeKey(Driver driver)
{
    return driver == Driver::Postgres ? QStringLiteral("sslmode") : QStringLiteral("tls");
}

QString ConnectionFields::toUrlText(bool masked) const
{
    QString out = scheme(driver) + QLatin1String("://");
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
        query.append(sslModeKey(driver) + QLatin1Char('=') + encodeQueryValue(sslMode));
    if (driver == Driver::Postgres && !schema.isEmpty())
        query.append(kSearchPath + QLatin1Char('=') + encodeQueryValue(schema));
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
    ConnectionFields fields;
    switch (url.scheme()) {
    case DatabaseUrl::Scheme::MySql:
        fields.driver = Driver::MySql;
        break;
    case DatabaseUrl::Scheme::MariaDb:
        fields.driver = Driver::MariaDb;
        break;
    case DatabaseUrl::Scheme::Postgres:
        fields.driver = Driver::Postgres;
        break;
    default:
        return Error{ConnectionFieldsTr::tr("Connect opens MySQL, MariaDB and PostgreSQL servers: "
                                            "use mysql://, maria:// or postgres://. Open SQLite "
                                            "databases and .sql files from the File menu.")};
    }
    fields.host = url.host();
    fields.port = url.port(defaultPort(fields.driver));
    fields.user = url.user();
    fields.password = url.password();
    fields.hasPassword = url.hasPassword();
    fields.database = url.path();
    for (const auto &item : url.queryItems()) {
        if (isSslKey(item.first) && fields.sslMode.isEmpty())
            fields.sslMode = item.second;
        else if (item.first == kSearchPath && fields.driver == Driver::Postgres)
            fields.schema = item.second;
        else
            fields.otherQuery.append(item);
    }
    return fields;
}

} // namespace strata
