#include "mysqlconnection.h"

#include "mysqlconnectoptions.h"
#include "mysqlinspector.h"

#include <QCoreApplication>

#include <errmsg.h>
#include <mysql.h>
#include <mysqld_error.h>

#include <mutex>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlConnectionTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlConnection)
};

/// mysql_init() initializes the library on first use, which is not thread-safe; do it once.
void initializeLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mysql_library_init(0, nullptr, nullptr); });
}

/// The start of a statement for messages: one line, at most 120 characters.
QString snippet(const QString &sql)
{
    QString text = sql.simplified();
    if (text.size() > 120)
        text = text.left(117) + QLatin1String("...");
    return text;
}

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

MysqlConnection::MysqlConnection(const DatabaseUrl &url)
    : m_url(url)
{}

MysqlConnection::~MysqlConnection()
{
    if (m_mysql)
        mysql_close(m_mysql);
}

Expected<std::unique_ptr<MysqlConnection>> MysqlConnection::open(const DatabaseUrl &url,
                                                                 bool selectDatabase)
{
    if (url.scheme() != DatabaseUrl::Scheme::MySql &&
        url.scheme() != DatabaseUrl::Scheme::MariaDb) {
        return Error{MysqlConnectionTr::tr("%1 is not a MySQL URL: use mysql://user:pass@host:3306/"
                                           "database or maria://...")
                         .arg(url.toString())};
    }
    std::unique_ptr<MysqlConnection> connection(new MysqlConnection(url));
    if (const Status status = connection->connect(selectDatabase); !status)
        return status.error();
    return connection;
}

QString MysqlConnection::serverError() const
{
    // Server messages quote user names and hosts, never the password; mask URLs anyway.
    return maskPasswordsIn(QString::fromUtf8(mysql_error(m_mysql)).trimmed());
}

Status MysqlConnection::connect(bool selectDatabase)
{
    auto options = MysqlConnectOptions::fromUrl(m_url);
    if (!options)
        return options.error();
    initializeLibrary();
    m_mysql = mysql_init(nullptr);
    if (!m_mysql) {
        return Error{
            MysqlConnectionTr::tr("The MySQL client library could not start (out of memory?).")};
    }
    const unsigned int timeout = unsigned(options->connectTimeoutSeconds);
    mysql_options(m_mysql, MYSQL_OPT_CONNECT_TIMEOUT, &timeout);
    // "localhost" would silently mean the Unix socket to the client library; Atlas's Go driver
    // always uses TCP.
    const unsigned int protocol = MYSQL_PROTOCOL_TCP;
    mysql_options(m_mysql, MYSQL_OPT_PROTOCOL, &protocol);
    mysql_options(m_mysql, MYSQL_SET_CHARSET_NAME, "utf8mb4");
    const QByteArray ca = utf8(options->tlsCa), caPath = utf8(options->tlsCaPath),
                     cert = utf8(options->tlsCert), key = utf8(options->tlsKey),
                     cipher = utf8(options->tlsCipher);
    if (!ca.isEmpty())
        mysql_options(m_mysql, MYSQL_OPT_SSL_CA, ca.constData());
    if (!caPath.isEmpty())
        mysql_options(m_mysql, MYSQL_OPT_SSL_CAPATH, caPath.constData());
    if (!cert.isEmpty())
        mysql_options(m_mysql, MYSQL_OPT_SSL_CERT, cert.constData());
    if (!key.isEmpty())
        mysql_options(m_mysql, MYSQL_OPT_SSL_KEY, key.constData());
    if (!cipher.isEmpty())
        mysql_options(m_mysql, MYSQL_OPT_SSL_CIPHER, cipher.constData());
    const my_bool enforce = options->tlsRequired ? 1 : 0;
    const my_bool verify = options->tlsVerifyServer ? 1 : 0;
    mysql_options(m_mysql, MYSQL_OPT_SSL_ENFORCE, &enforce);
    mysql_options(m_mysql, MYSQL_OPT_SSL_VERIFY_SERVER_CERT, &verify);

    const QByteArray host = utf8(options->host), user = utf8(options->user),
                     password = utf8(options->password),
                     database = selectDatabase ? utf8(options->database) : QByteArray();
    if (!mysql_real_connect(
            m_mysql, host.constData(), user.constData(),
            options->password.isEmpty() && !m_url.hasPassword() ? nullptr : password.constData(),
            database.isEmpty() ? nullptr : database.constData(), unsigned(options->port), nullptr,
            0)) {
        const unsigned int code = mysql_errno(m_mysql);
        const QString reason = serverError();
        const QString where = options->host + QLatin1Char(':') + QString::number(options->port);
        switch (code) {
        case ER_ACCESS_DENIED_ERROR:
        case ER_DBACCESS_DENIED_ERROR:
            return Error{MysqlConnectionTr::tr("Cannot connect to %1: the server at %2 refused "
                                               "the login (%3). Check the user name and "
                                               "password in the URL.")
                             .arg(m_url.toString(), where, reason)};
        case ER_BAD_DB_ERROR:
            return Error{MysqlConnectionTr::tr("Database \"%1\" does not exist on the server at "
                                               "%2 (%3). Create it, or fix the database name "
                                               "in the URL.")
                             .arg(options->database, where, m_url.toString())};
        case CR_CONNECTION_ERROR:
        case CR_CONN_HOST_ERROR:
        case CR_UNKNOWN_HOST:
        case CR_SERVER_LOST:
        case CR_SERVER_GONE_ERROR:
            return Error{MysqlConnectionTr::tr("Cannot reach a MySQL server at %1 for %2: %3. "
                                               "Check that the server is running and that host "
                                               "and port are right.")
                             .arg(where, m_url.toString(), reason)};
        default:
            return Error{MysqlConnectionTr::tr("Cannot connect to %1: %2 (error %3).")
                             .arg(m_url.toString(), reason)
                             .arg(code)};
        }
    }
    m_version = MysqlServerVersion::parse(QString::fromUtf8(mysql_get_server_info(m_mysql)));
    m_database = selectDatabase ? options->database : QString();
    return Ok{};
}

const DatabaseUrl &MysqlConnection::url() const
{
    return m_url;
}

QString MysqlConnection::serverVersion() const
{
    return m_version.text();
}

QString MysqlConnection::dialectName() const
{
    return mysqlFlavourName(m_version.flavour());
}

Status MysqlConnection::execute(const QString &sql)
{
    ++m_statementCount;
    const QByteArray text = sql.toUtf8();
    if (mysql_real_query(m_mysql, text.constData(), (unsigned long)text.size()) != 0) {
        return Error{MysqlConnectionTr::tr("Statement \"%1\" failed on %2: %3 (error %4).")
                         .arg(snippet(sql), m_url.toString(), serverError())
                         .arg(mysql_errno(m_mysql))};
    }
    // A statement may return rows (SHOW, SELECT); the connection is unusable until they are read.
    if (MYSQL_RES *result = mysql_store_result(m_mysql))
        mysql_free_result(result);
    return Ok{};
}

Status MysqlConnection::query(const QString &sql,
                              const std::function<void(const MysqlRow &)> &onRow)
{
    ++m_statementCount;
    const QByteArray text = sql.toUtf8();
    const auto failure = [&] {
        return Error{MysqlConnectionTr::tr("Query \"%1\" failed on %2: %3 (error %4).")
                         .arg(snippet(sql), m_url.toString(), serverError())
                         .arg(mysql_errno(m_mysql))};
    };
    if (mysql_real_query(m_mysql, text.constData(), (unsigned long)text.size()) != 0)
        return failure();
    MYSQL_RES *result = mysql_use_result(m_mysql);
    if (!result) {
        if (mysql_field_count(m_mysql) != 0)
            return failure();
        return Ok{};
    }
    const unsigned int fields = mysql_num_fields(result);
    while (MYSQL_ROW row = mysql_fetch_row(result)) {
        const unsigned long *lengths = mysql_fetch_lengths(result);
        onRow(MysqlRow(row, lengths, fields));
    }
    const bool failed = mysql_errno(m_mysql) != 0;
    Error error = failed ? failure() : Error{};
    mysql_free_result(result);
    if (failed)
        return error;
    return Ok{};
}

Expected<Realm> MysqlConnection::inspect(const TaskControl &control)
{
    return inspectSchemas(m_database.isEmpty() ? QStringList() : QStringList{m_database}, control);
}

Expected<Realm> MysqlConnection::inspectSchemas(const QStringList &schemas,
                                                const TaskControl &control)
{
    return inspectMysqlRealm(*this, schemas, control);
}

} // namespace strata
