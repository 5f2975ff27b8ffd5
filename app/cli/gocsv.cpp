#include "gocsv.h"

#include <QCoreApplication>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages,
/// whose English is Go's encoding/csv's own.
class GoCsvTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::GoCsv)
};

QString bareQuote()
{
    return GoCsvTr::tr("bare \" in non-quoted-field");
}

QString quoteError()
{
    return GoCsvTr::tr("extraneous or missing \" in quoted-field");
}

/// Go's csv.ParseError text.
Error parseError(int startLine, int line, int column, const QString &reason)
{
    if (startLine != line) {
        return Error{GoCsvTr::tr("record on line %1; parse error on line %2, column %3: %4")
                         .arg(startLine)
                         .arg(line)
                         .arg(column)
                         .arg(reason)};
    }
    return Error{
        GoCsvTr::tr("parse error on line %1, column %2: %3").arg(line).arg(column).arg(reason)};
}

/// The input split into lines the way csv.Reader.readLine returns them: each with its "\n"
/// (the last one may lack it), "\r\n" folded to "\n", a "\r" before the end dropped.
class LineSource
{
public:
    explicit LineSource(const QByteArray &bytes)
        : m_bytes(bytes)
    {}

    bool atEnd() const { return m_offset >= m_bytes.size(); }
    int lineNumber() const { return m_line; }

    QByteArray next()
    {
        if (atEnd())
            return QByteArray();
        const qsizetype newline = m_bytes.indexOf('\n', m_offset);
        const qsizetype end = newline < 0 ? m_bytes.size() : newline + 1;
        QByteArray line = m_bytes.mid(m_offset, end - m_offset);
        m_offset = end;
        ++m_line;
        if (newline < 0 && line.endsWith('\r'))
            line.chop(1);
        if (line.endsWith("\r\n")) {
            line.chop(2);
            line.append('\n');
        }
        return line;
    }

private:
    QByteArray m_bytes;
    qsizetype m_offset = 0;
    int m_line = 0;
};

qsizetype newlineLength(const QByteArray &line)
{
    return line.endsWith('\n') ? 1 : 0;
}

/// csv.Reader.readRecord for one record starting at `line`.
Expected<QStringList> readRecord(QByteArray line, LineSource &source, char separator)
{
    QStringList fields;
    QByteArray field;
    const int recordLine = source.lineNumber();
    int lineNumber = recordLine;
    int column = 1;
    while (true) {
        if (line.isEmpty() || line.front() != '"') {
            const qsizetype comma = line.indexOf(separator);
            QByteArray text = comma >= 0 ? line.left(comma) : line.chopped(newlineLength(line));
            if (const qsizetype quote = text.indexOf('"'); quote >= 0)
                return parseError(recordLine, source.lineNumber(), column + int(quote),
                                  bareQuote());
            fields.append(QString::fromUtf8(text));
            if (comma < 0)
                return fields;
            line = line.mid(comma + 1);
            column += int(comma) + 1;
            continue;
        }
        line = line.mid(1);
        column += 1;
        field.clear();
        while (true) {
            const qsizetype quote = line.indexOf('"');
            if (quote >= 0) {
                field += line.left(quote);
                line = line.mid(quote + 1);
                column += int(quote) + 1;
                if (line.startsWith('"')) {
                    field += '"';
                    line = line.mid(1);
                    column += 1;
                } else if (line.startsWith(separator)) {
                    line = line.mid(1);
                    column += 1;
                    fields.append(QString::fromUtf8(field));
                    break;
                } else if (newlineLength(line) == line.size()) {
                    fields.append(QString::fromUtf8(field));
                    return fields;
                } else {
                    return parseError(recordLine, source.lineNumber(), column - 1, quoteError());
                }
            } else if (!line.isEmpty()) {
                field += line;
                column += int(line.size());
                line = source.next();
                if (!line.isEmpty()) {
                    ++lineNumber;
                    column = 1;
                }
            } else {
                return parseError(recordLine, lineNumber, column, quoteError());
            }
        }
    }
}

} // namespace

Expected<QList<QStringList>> readGoCsv(const QString &text, char separator, int maxRecords)
{
    LineSource source(text.toUtf8());
    QList<QStringList> records;
    while (maxRecords == 0 || records.size() < maxRecords) {
        QByteArray line;
        while (!source.atEnd()) {
            line = source.next();
            if (newlineLength(line) != line.size())
                break;
            line.clear();
        }
        if (line.isEmpty())
            break;
        auto record = readRecord(line, source, separator);
        if (!record)
            return record.error();
        records.append(record.value());
    }
    if (records.isEmpty() && maxRecords != 0)
        return Error{GoCsvTr::tr("EOF")};
    return records;
}

} // namespace strata::cli
