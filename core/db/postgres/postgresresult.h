#pragma once

#include <QString>

#include <memory>

struct pg_result;

namespace strata {

/// The rows of one libpq query, owned (PQclear on destruction). Values come back as text;
/// a missing row or column reads as a null, so odd server replies never crash the inspector.
class PostgresResult
{
public:
    PostgresResult() = default;
    explicit PostgresResult(pg_result *result);

    int rowCount() const;
    bool isNull(int row, int column) const;
    /// The value as UTF-8 text; empty for NULL or out of range.
    QString text(int row, int column) const;
    /// The value as a number; `fallback` for NULL, out of range or non-numeric text.
    qint64 number(int row, int column, qint64 fallback = 0) const;
    /// PostgreSQL's boolean text: "t" is true, everything else false.
    bool flag(int row, int column) const;

private:
    bool inRange(int row, int column) const;

    std::shared_ptr<pg_result> m_result;
};

} // namespace strata
