#include "pgsourcemap.h"

#include <algorithm>

namespace strata {

PgSourceMap::PgSourceMap(const QByteArray &utf8)
    : m_text(utf8)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
}

SourcePoint PgSourceMap::at(qsizetype byteOffset) const
{
    byteOffset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), byteOffset);
    const qsizetype line = next - m_lineStarts.cbegin();
    const qsizetype lineStart = *(next - 1);
    int column = 1;
    for (qsizetype i = lineStart; i < byteOffset; ++i) {
        // Continuation bytes (10xxxxxx) belong to the character before them.
        if ((uchar(m_text.at(i)) & 0xC0) != 0x80)
            ++column;
    }
    return SourcePoint{int(line), column};
}

qsizetype PgSourceMap::statementStart(qsizetype stmtLocation) const
{
    qsizetype i = std::clamp<qsizetype>(stmtLocation, 0, m_text.size());
    while (i < m_text.size()) {
        const char c = m_text.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';') {
            ++i;
        } else if (c == '-' && i + 1 < m_text.size() && m_text.at(i + 1) == '-') {
            while (i < m_text.size() && m_text.at(i) != '\n')
                ++i;
        } else if (c == '/' && i + 1 < m_text.size() && m_text.at(i + 1) == '*') {
            const qsizetype end = m_text.indexOf("*/", i + 2);
            if (end < 0)
                return stmtLocation;
            i = end + 2;
        } else {
            break;
        }
    }
    return i;
}

} // namespace strata
