#include "sqlitedevsession.h"

#include "sqliteconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace strata {
namespace {

class SqliteDevSession final : public DevSession
{
public:
    SqliteDevSession(std::unique_ptr<SqliteConnection> connection, DatabaseUrl devUrl)
        : m_connection(std::move(connection))
        , m_devUrl(std::move(devUrl))
    {}

    Status execute(const QString &statement, const TaskControl &control) override
    {
        if (control.isCancelled())
            return Error::cancellation();
        Status ran = m_connection->execute(statement);
        if (!ran) {
            // The private database's own name means nothing to the user: name their dev URL.
            Error error = ran.error();
            error.message.replace(m_connection->url().toString(), m_devUrl.toString());
            return error;
        }
        return ran;
    }

    Expected<QString> queryValue(const QString &query, const TaskControl &control) override
    {
        if (control.isCancelled())
            return Error::cancellation();
        QSqlQuery q(m_connection->database());
        if (!q.exec(query))
            return Error{q.lastError().databaseText()};
        return q.next() ? q.value(0).toString() : QString();
    }

    Expected<Realm> inspect(const TaskControl &control) override
    {
        return m_connection->inspect(control);
    }

private:
    std::unique_ptr<SqliteConnection> m_connection;
    DatabaseUrl m_devUrl;
};

} // namespace

Expected<std::unique_ptr<DevSession>> openSqliteDevSession(const DatabaseUrl &devUrl)
{
    // A name of its own keeps two sessions (two replays at once) apart.
    static std::atomic<quint64> counter{0};
    auto url = DatabaseUrl::parse(
        QStringLiteral("sqlite://strata-dev-%1?mode=memory").arg(QString::number(++counter)));
    if (!url)
        return url.error();
    auto connection = SqliteConnection::open(url.value(), true);
    if (!connection)
        return connection.error();
    return std::unique_ptr<DevSession>(new SqliteDevSession(std::move(connection.value()), devUrl));
}

} // namespace strata
