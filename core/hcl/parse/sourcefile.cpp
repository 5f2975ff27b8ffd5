#include "sourcefile.h"

#include "url/databaseurl.h"

#include <algorithm>

namespace strata::hcl {

SourceFile::SourceFile(QString name, QByteArray text)
    : m_name(std::move(name))
    , m_text(std::move(text))
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

SourcePosition SourceFile::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineIndex = (it - m_lineStarts.cbegin()) - 1;
    int column = 1;
    for (qsizetype i = m_lineStarts.at(lineIndex); i < offset; ++i) {
        if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return {int(lineIndex) + 1, column};
}

QString SourceFile::location(qsizetype offset) const
{
    const SourcePosition pos = position(offset);
    return m_name + QLatin1Char(':') + QString::number(pos.line) + QLatin1Char(':') +
           QString::number(pos.column);
}

QString SourceFile::lineText(int line) const
{
    if (line < 1 || line > m_lineStarts.size())
        return {};
    const qsizetype begin = m_lineStarts.at(line - 1);
    qsizetype end = line < m_lineStarts.size() ? m_lineStarts.at(line) - 1 : m_text.size();
    if (end > begin && m_text.at(end - 1) == '\r')
        --end;
    return QString::fromUtf8(m_text.constData() + begin, end - begin);
}

QString SourceFile::slice(SourceRange range) const
{
    return QString::fromUtf8(m_text.mid(range.begin, range.length()));
}

Error SourceFile::error(qsizetype offset, const QString &message) const
{
    const SourcePosition pos = position(offset);
    const QString line = lineText(pos.line);
    const QString shown = maskPasswordsIn(line);
    qsizetype column = pos.column - 1;
    if (shown != line) {
        qsizetype common = 0;
        while (common < shown.size() && common < line.size() && shown.at(common) == line.at(common))
            ++common;
        if (column > common)
            column = std::max(common, column - (line.size() - shown.size()));
    }
    QString caret;
    for (qsizetype i = 0; i < column && i < shown.size(); ++i)
        caret.append(shown.at(i) == QLatin1Char('\t') ? QLatin1Char('\t') : QLatin1Char(' '));
    return Error{location(offset) + QLatin1String(": ") + maskPasswordsIn(message) +
                 QLatin1String("\n  ") + shown + QLatin1String("\n  ") + caret + QLatin1Char('^')};
}

} // namespace strata::hcl
