#include "hclblockfinder.h"

#include "hcl/hclvalue.h"

#include <QStringList>

namespace strata {
namespace {

/// The block opened on `first` ends at the next line holding only `}` at the same indent.
int blockEnd(const QStringList &lines, int first, int last)
{
    const QString &header = lines.at(first);
    qsizetype indent = 0;
    while (indent < header.size() && header.at(indent) == QLatin1Char(' '))
        ++indent;
    const QString closing = QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
    for (int line = first + 1; line <= last; ++line) {
        if (lines.at(line) == closing)
            return line;
    }
    return -1;
}

int findLine(const QStringList &lines, const QStringList &candidates, int from, int to)
{
    for (int line = from; line <= to && line < lines.size(); ++line) {
        if (candidates.contains(lines.at(line)))
            return line;
    }
    return -1;
}

} // namespace

LineRange findHclTableBlock(const QString &hcl, const QString &schema, const QString &table,
                            const QString &column)
{
    const QStringList lines = hcl.split(QLatin1Char('\n'));
    const QString open = QStringLiteral(" {");
    const QStringList tableHeaders = {QStringLiteral("table ") + hclString(table) + open,
                                      QStringLiteral("table ") + hclString(schema) +
                                          QLatin1Char(' ') + hclString(table) + open};
    const int lastLine = int(lines.size()) - 1;
    const int first = findLine(lines, tableHeaders, 0, lastLine);
    if (first < 0)
        return {};
    const int last = blockEnd(lines, first, lastLine);
    if (last < 0 || column.isEmpty())
        return {first, last};

    const QStringList columnHeaders = {QStringLiteral("  column ") + hclString(column) + open};
    const int columnFirst = findLine(lines, columnHeaders, first + 1, last);
    if (columnFirst < 0)
        return {first, last};
    return {columnFirst, blockEnd(lines, columnFirst, last)};
}

} // namespace strata
