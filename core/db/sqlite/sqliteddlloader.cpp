#include "sqliteddlloader.h"

#include "sqliteinspector.h"
#include "sqlitestatementtext.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <climits>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SqliteDdlLoaderTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SqliteDdlLoader)
};

/// A private in-memory database, removed from Qt's registry when the load ends.
class ScratchDatabase
{
public:
    ScratchDatabase()
    {
        static std::atomic<quint64> counter{0};
        m_name = QStringLiteral("strata-sqlite-ddl-") + QString::number(++counter);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(QStringLiteral(":memory:"));
    }
    ~ScratchDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    QSqlDatabase &db() { return m_db; }
    sqlite3 *handle() const
    {
        const QVariant v = m_db.driver()->handle();
        if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(v.constData());
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// DDL must not reach outside its scratch database: no ATTACH of files on disk.
int denyAttach(void *, int action, const char *, const char *, const char *, const char *)
{
    return action == SQLITE_ATTACH || action == SQLITE_DETACH ? SQLITE_DENY : SQLITE_OK;
}

/// Lets Cancel interrupt a statement that runs for long (a runaway recursive query).
int interruptWhenCancelled(void *control)
{
    return static_cast<const TaskControl *>(control)->isCancelled() ? 1 : 0;
}

/// Walks a UTF-8 text forwards, keeping the 1-based line and column (in characters) of a byte.
class Position
{
public:
    explicit Position(const char *text)
        : m_text(text)
    {}
    void advanceTo(qsizetype offset)
    {
        for (; m_offset < offset; ++m_offset) {
            const auto byte = static_cast<unsigned char>(m_text[m_offset]);
            if (byte == '\n') {
                ++m_line;
                m_column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++m_column;
            }
        }
    }
    int line() const { return m_line; }
    int column() const { return m_column; }

private:
    const char *m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

/// Offset of the first byte at or after `offset` that is neither whitespace nor in a comment.
qsizetype skipSpaceAndComments(const QByteArray &text, qsizetype offset)
{
    const qsizetype n = text.size();
    while (offset < n) {
        const char c = text[offset];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++offset;
        } else if (c == '-' && offset + 1 < n && text[offset + 1] == '-') {
            const qsizetype eol = text.indexOf('\n', offset);
            offset = eol < 0 ? n : eol + 1;
        } else if (c == '/' && offset + 1 < n && text[offset + 1] == '*') {
            const qsizetype close = text.indexOf("*/", offset + 2);
            offset = close < 0 ? n : close + 2;
        } else {
            break;
        }
    }
    return offset;
}

/// The statement's text up to its end, or up to the next ';' when SQLite could not parse it.
QString statementText(const QByteArray &text, qsizetype begin, qsizetype end)
{
    if (end <= begin) {
        const qsizetype semicolon = text.indexOf(';', begin);
        end = semicolon < 0 ? qMin(text.size(), begin + 240) : semicolon;
        end = qMin(end, begin + 240);
    }
    return QString::fromUtf8(text.constData() + begin, end - begin);
}

class DdlRunner
{
public:
    DdlRunner(sqlite3 *db, const QString &sql, const QString &sourceName,
              const TaskControl &control)
        : m_db(db)
        , m_text(sql.toUtf8())
        , m_sourceName(sourceName)
        , m_control(control)
        , m_position(m_text.constData())
    {}

    Status run()
    {
        if (m_text.size() >= INT_MAX)
            return failure(0, 0, SqliteDdlLoaderTr::tr("the text is larger than 2 GB"));
        const char *const base = m_text.constData();
        qsizetype offset = 0;
        int statementCount = 0;
        while (true) {
            if (m_control.isCancelled())
                return Error::cancellation();
            const qsizetype begin = skipSpaceAndComments(m_text, offset);
            if (begin >= m_text.size())
                return Ok{};
            if (m_text[begin] == '\0') {
                return failure(begin, begin + 1,
                               SqliteDdlLoaderTr::tr(
                                   "the text contains a NUL character; remove it or check that "
                                   "the file is SQL text"));
            }
            sqlite3_stmt *statement = nullptr;
            const char *tail = nullptr;
            const int rc = sqlite3_prepare_v2(m_db, base + offset, int(m_text.size() - offset),
                                              &statement, &tail);
            if (rc != SQLITE_OK)
                return prepareFailure(offset, begin);
            const qsizetype end = tail ? tail - base : m_text.size();
            if (!statement) {
                if (end <= offset)
                    return Ok{};
                offset = end;
                continue;
            }
            m_control.report(SqliteDdlLoaderTr::tr("Running statement %1").arg(++statementCount));
            const Status status = step(statement, begin, end);
            sqlite3_finalize(statement);
            if (!status)
                return status;
            offset = end;
        }
    }

private:
    Status step(sqlite3_stmt *statement, qsizetype begin, qsizetype end)
    {
        for (int rows = 0;; ++rows) {
            const int rc = sqlite3_step(statement);
            if (rc == SQLITE_DONE)
                return Ok{};
            if (rc == SQLITE_INTERRUPT && m_control.isCancelled())
                return Error::cancellation();
            if (rc != SQLITE_ROW)
                return failure(begin, end, QString::fromUtf8(sqlite3_errmsg(m_db)));
            if (rows % 1024 == 0 && m_control.isCancelled())
                return Error::cancellation();
        }
    }

    Status prepareFailure(qsizetype offset, qsizetype begin)
    {
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        qsizetype at = begin;
#if SQLITE_VERSION_NUMBER >= 3038000
        if (const int errorOffset = sqlite3_error_offset(m_db); errorOffset >= 0)
            at = qMax(begin, offset + errorOffset);
#endif
        return failure(begin, 0, message, at);
    }

    Error failure(qsizetype begin, qsizetype end, QString message, qsizetype at = -1)
    {
        constexpr qsizetype kMaxMessage = 200;
        message = sqlitePrintableText(message);
        if (message.size() > kMaxMessage)
            message = message.left(kMaxMessage) + QLatin1String("...");
        m_position.advanceTo(qMin(at < 0 ? begin : at, m_text.size()));
        return Error{SqliteDdlLoaderTr::tr("%1:%2:%3: statement \"%4\" failed: %5")
                         .arg(m_sourceName, QString::number(m_position.line()),
                              QString::number(m_position.column()),
                              sqliteStatementSnippet(statementText(m_text, begin, end)), message)};
    }

    sqlite3 *m_db;
    const QByteArray m_text;
    const QString m_sourceName;
    const TaskControl &m_control;
    Position m_position;
};

} // namespace

Expected<Realm> loadSqliteDdl(const QString &sql, const QString &sourceName,
                              const TaskControl &control)
{
    if (control.isCancelled())
        return Error::cancellation();
    ScratchDatabase scratch;
    if (!scratch.db().open()) {
        return Error{SqliteDdlLoaderTr::tr(
                         "Cannot create an in-memory SQLite database to load %1: %2. Check that "
                         "the Qt SQLite plugin (libqt6sql6-sqlite) is installed.")
                         .arg(sourceName, scratch.db().lastError().text())};
    }
    sqlite3 *handle = scratch.handle();
    if (!handle) {
        return Error{SqliteDdlLoaderTr::tr(
                         "Cannot load %1: the Qt SQLite driver does not expose its SQLite handle. "
                         "Use a Qt build with the QSQLITE plugin.")
                         .arg(sourceName)};
    }
    sqlite3_set_authorizer(handle, denyAttach, nullptr);
    sqlite3_progress_handler(handle, 10000, interruptWhenCancelled,
                             const_cast<TaskControl *>(&control));
    sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    control.report(SqliteDdlLoaderTr::tr("Running %1").arg(sourceName));
    if (const Status status = DdlRunner(handle, sql, sourceName, control).run(); !status)
        return status.error();
    sqlite3_set_authorizer(handle, nullptr, nullptr);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    Expected<Schema> schema = inspectSqliteSchema(scratch.db(), QStringLiteral("main"), control);
    if (!schema)
        return schema.error();
    Realm realm;
    realm.schemas.append(std::move(schema).value());
    return realm;
}

} // namespace strata
