#include "postgresresult.h"

#include <libpq-fe.h>

namespace strata {

PostgresResult::PostgresResult(pg_result *result)
    : m_result(result, PQclear)
{}

int PostgresResult::rowCount() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PostgresResult::inRange(int row, int column) const
{
    return m_result && row >= 0 && column >= 0 && row < PQntuples(m_result.get()) &&
           column < PQnfields(m_result.get());
}

bool PostgresResult::isNull(int row, int column) const
{
    return !inRange(row, column) || PQgetisnull(m_result.get(), row, column) != 0;
}

QString PostgresResult::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column),
                             PQgetlength(m_result.get(), row, column));
}

qint64 PostgresResult::number(int row, int column, qint64 fallback) const
{
    if (isNull(row, column))
        return fallback;
    bool ok = false;
    const qint64 value = QByteArray(PQgetvalue(m_result.get(), row, column)).toLongLong(&ok);
    return ok ? value : fallback;
}

bool PostgresResult::flag(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result.get(), row, column)[0] == 't';
}

} // namespace strata
