#pragma once

#include <QString>

#include <optional>

namespace strata {

/// One row of a result set, valid only inside the row callback. Values are read as UTF-8 text;
/// a column index outside the row reads as SQL NULL, so an odd server reply cannot crash us.
class MysqlRow
{
public:
    MysqlRow(char **values, const unsigned long *lengths, unsigned int count)
        : m_values(values)
        , m_lengths(lengths)
        , m_count(count)
    {}

    bool isNull(unsigned int column) const
    {
        return column >= m_count || !m_values || !m_values[column];
    }
    /// The value, or an empty string for NULL.
    QString text(unsigned int column) const
    {
        if (isNull(column))
            return {};
        return QString::fromUtf8(m_values[column], qsizetype(m_lengths ? m_lengths[column] : 0));
    }
    /// The value, or nullopt for NULL.
    std::optional<QString> optionalText(unsigned int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return text(column);
    }
    /// The value as an integer; `fallback` for NULL or non-numbers.
    qlonglong number(unsigned int column, qlonglong fallback = 0) const
    {
        bool ok = false;
        const qlonglong value = text(column).toLongLong(&ok);
        return ok ? value : fallback;
    }

private:
    char **m_values;
    const unsigned long *m_lengths;
    unsigned int m_count;
};

} // namespace strata
