#include "postgresconnection.h"

#include "postgresinspector.h"

#include <QCoreApplication>
#include <QList>

#include <libpq-fe.h>
#include <poll.h>

#include <optional>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PostgresConnectionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PostgresConnection)
};

constexpr int kDefaultPort = 5432;
const char *const kDefaultConnectTimeout = "10";

/// The first schema of a search_path value: `"my schema", public` gives `my schema`.
QString firstSearchPathSchema(const QString &searchPath)
{
    QString first = searchPath.section(QLatin1Char(','), 0, 0).trimmed();
    if (first.size() >= 2 && first.startsWith(QLatin1Char('"')) && first.endsWith(QLatin1Char('"')))
        first = first.mid(1, first.size() - 2).replace(QLatin1String("\"\""), QLatin1String("\""));
    return first;
}

/// "line 3, column 7" of a 1-based character position in `sql`.
QString positionText(const QString &sql, int position)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < sql.size() && i < position - 1; ++i) {
        if (sql.at(i) == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return PostgresConnectionTr::tr("line %1, column %2").arg(line).arg(column);
}

/// Server notices ("drop cascades to ...") are no errors: keep them off stderr, where a CLI
/// user would take them for output.
void ignoreNotice(void *, const char *) {}

/// libpq's messages run over several lines, each a sentence without a full stop ("…failed:
/// Connection refused\n\tIs the server running…?"): one line, sentences kept apart, no final
/// full stop (the callers' sentences supply it).
QString oneLine(const QString &text)
{
    QStringList sentences;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString sentence = line.simplified();
        if (sentence.isEmpty())
            continue;
        if (!sentences.isEmpty() && !sentences.last().isEmpty() &&
            !QStringLiteral(".?!:;,").contains(sentences.last().back()))
            sentences.last().append(QLatin1Char('.'));
        sentences.append(sentence);
    }
    QString joined = sentences.join(QLatin1Char(' '));
    while (joined.endsWith(QLatin1Char('.')))
        joined.chop(1);
    return joined;
}

} // namespace

PostgresConnection::PostgresConnection(const DatabaseUrl &url)
    : m_url(url)
{}

PostgresConnection::~PostgresConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Expected<std::unique_ptr<PostgresConnection>> PostgresConnection::open(const DatabaseUrl &url)
{
    if (url.scheme() != DatabaseUrl::Scheme::Postgres) {
        return Error{PostgresConnectionTr::tr("%1 is not a PostgreSQL URL: use "
                                              "postgres://user:password@host:5432/database.")
                         .arg(url.toString())};
    }
    std::unique_ptr<PostgresConnection> connection(new PostgresConnection(url));
    if (const Status status = connection->connect(); !status)
        return status.error();
    return connection;
}

QString PostgresConnection::safeServerText(const QString &text) const
{
    QString out = maskPasswordsIn(text);
    // libpq does not echo passwords, but a server message is text we did not write.
    if (m_url.password().size() >= 4)
        out.replace(m_url.password(), QLatin1String("****"));
    return oneLine(out);
}

Status PostgresConnection::connect()
{
    QList<QByteArray> keys;
    QList<QByteArray> values;
    auto add = [&](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        keys.append(QByteArray(key));
        values.append(value.toUtf8());
    };
    add("host", m_url.host());
    if (m_url.port() > 0)
        add("port", QString::number(m_url.port()));
    add("user", m_url.user());
    if (m_url.hasPassword())
        add("password", m_url.password());
    add("dbname", m_url.path());
    bool hasTimeout = false;
    for (const auto &[key, value] : m_url.queryItems()) {
        if (key == QLatin1String("search_path")) {
            m_schema = firstSearchPathSchema(value);
            continue;
        }
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
        keys.append(key.toUtf8());
        values.append(value.toUtf8());
    }
    if (!hasTimeout) {
        keys.append(QByteArray("connect_timeout"));
        values.append(QByteArray(kDefaultConnectTimeout));
    }
    keys.append(QByteArray("client_encoding"));
    values.append(QByteArray("UTF8"));

    QList<const char *> keyPointers;
    QList<const char *> valuePointers;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyPointers.append(keys[i].constData());
        valuePointers.append(values[i].constData());
    }
    keyPointers.append(nullptr);
    valuePointers.append(nullptr);
    m_conn = PQconnectdbParams(keyPointers.constData(), valuePointers.constData(), 0);
    if (!m_conn) {
        return Error{PostgresConnectionTr::tr("Cannot connect to %1: libpq is out of memory.")
                         .arg(m_url.toString())};
    }
    PQsetNoticeProcessor(m_conn, ignoreNotice, nullptr);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn));
        const QString reason = safeServerText(message);
        const QString where = m_url.toString();
        if (reason.contains(QLatin1String("password authentication failed")) ||
            reason.contains(QLatin1String("no password supplied")) ||
            reason.contains(QLatin1String("authentication failed"))) {
            return Error{PostgresConnectionTr::tr(
                             "Cannot log in to %1 as user \"%2\": the server rejected the user "
                             "name or password (%3). Check the credentials in the URL.")
                             .arg(where, m_url.user(), reason)};
        }
        if (reason.contains(QLatin1String("database \"")) &&
            reason.contains(QLatin1String("does not exist"))) {
            return Error{PostgresConnectionTr::tr(
                             "Database \"%1\" does not exist on the server of %2 (%3). Check the "
                             "database name in the URL's path.")
                             .arg(m_url.path(), where, reason)};
        }
        if (reason.contains(QLatin1String("Connection refused")) ||
            reason.contains(QLatin1String("could not connect")) ||
            reason.contains(QLatin1String("timeout expired")) ||
            reason.contains(QLatin1String("could not translate host name")) ||
            reason.contains(QLatin1String("No route to host"))) {
            return Error{
                PostgresConnectionTr::tr(
                    "Cannot reach the PostgreSQL server at %1 (host %2, port %3): %4. "
                    "Check the host and port, and that the server is running.")
                    .arg(where, m_url.host().isEmpty() ? QStringLiteral("localhost") : m_url.host(),
                         QString::number(m_url.port(kDefaultPort)),
                         // libpq's second line asks whether the server runs: ours says it.
                         safeServerText(message.section(QLatin1Char('\n'), 0, 0)))};
        }
        return Error{PostgresConnectionTr::tr("Cannot connect to %1: %2.").arg(where, reason)};
    }
    if (!m_schema.isEmpty()) {
        auto set = query(QStringLiteral("SELECT pg_catalog.set_config('search_path', $1, false)"),
                         {m_url.queryValue(QStringLiteral("search_path"))});
        if (!set)
            return set.error();
    }
    return Ok{};
}

const DatabaseUrl &PostgresConnection::url() const
{
    return m_url;
}

QString PostgresConnection::serverVersion() const
{
    const char *version = m_conn ? PQparameterStatus(m_conn, "server_version") : nullptr;
    return QLatin1String("PostgreSQL ") +
           (version ? QString::fromUtf8(version).section(QLatin1Char(' '), 0, 0)
                    : QString::number(serverVersionNumber()));
}

int PostgresConnection::serverVersionNumber() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

QString PostgresConnection::dialectName() const
{
    return QStringLiteral("postgres");
}

QString PostgresConnection::schemaScope() const
{
    return m_schema;
}

Error PostgresConnection::statementError(const QString &sql, pg_result *raw) const
{
    const char *primary = raw ? PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString reason = safeServerText(primary ? QString::fromUtf8(primary)
                                                  : QString::fromUtf8(PQerrorMessage(m_conn)));
    const char *position = raw ? PQresultErrorField(raw, PG_DIAG_STATEMENT_POSITION) : nullptr;
    if (position) {
        // The server counts characters of the whole text sent, from 1.
        return Error{
            PostgresConnectionTr::tr("SQL failed at %1 on %2: %3.")
                .arg(positionText(sql, QByteArray(position).toInt()), m_url.toString(), reason)};
    }
    return Error{PostgresConnectionTr::tr("SQL failed on %1: %2.").arg(m_url.toString(), reason)};
}

Status PostgresConnection::execute(const QString &sql)
{
    const QByteArray text = sql.toUtf8();
    PGresult *raw = PQexec(m_conn, text.constData());
    PostgresResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)
        return Ok{};
    return statementError(sql, raw);
}

Status PostgresConnection::execute(const QString &sql, const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    const QByteArray text = sql.toUtf8();
    if (!PQsendQuery(m_conn, text.constData()))
        return statementError(sql, nullptr);
    bool cancelSent = false;
    while (PQisBusy(m_conn)) {
        pollfd descriptor{PQsocket(m_conn), POLLIN, 0};
        // Wake up now and then to notice Cancel while the server works.
        ::poll(&descriptor, 1, 50);
        if (!PQconsumeInput(m_conn))
            break;
        if (!cancelSent && control.isCancelled()) {
            if (PGcancel *cancel = PQgetCancel(m_conn)) {
                char buffer[256];
                PQcancel(cancel, buffer, sizeof buffer);
                PQfreeCancel(cancel);
            }
            cancelSent = true;
        }
    }
    std::optional<Error> failure;
    while (PGresult *raw = PQgetResult(m_conn)) {
        PostgresResult result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (!failure && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK &&
            status != PGRES_EMPTY_QUERY)
            failure = statementError(sql, raw);
    }
    if (cancelSent)
        return Error::cancellation();
    if (failure)
        return *failure;
    return Ok{};
}

bool PostgresConnection::inTransaction() const
{
    return m_conn && PQtransactionStatus(m_conn) != PQTRANS_IDLE;
}

Expected<PostgresResult> PostgresConnection::query(const QString &sql,
                                                   const QStringList &params) const
{
    QList<QByteArray> values;
    QList<const char *> pointers;
    for (const QString &param : params)
        values.append(param.toUtf8());
    for (const QByteArray &value : values)
        pointers.append(value.constData());
    const QByteArray text = sql.toUtf8();
    ++m_queryCount;
    PGresult *raw =
        PQexecParams(m_conn, text.constData(), int(pointers.size()), nullptr,
                     pointers.isEmpty() ? nullptr : pointers.constData(), nullptr, nullptr, 0);
    PostgresResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        const QString reason = safeServerText(
            QString::fromUtf8(raw ? PQresultErrorMessage(raw) : PQerrorMessage(m_conn)));
        return Error{PostgresConnectionTr::tr("A catalog query on %1 failed: %2")
                         .arg(m_url.toString(), reason)};
    }
    return result;
}

Expected<Realm> PostgresConnection::inspect(const TaskControl &control)
{
    return inspectPostgres(*this, m_schema, control);
}

} // namespace strata
