#include "sqlitestatementtext.h"

namespace strata {

QString sqliteStatementSnippet(const QString &statement)
{
    constexpr qsizetype kMaxLength = 60;
    QString text = sqlitePrintableText(statement.simplified());
    if (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    if (text.size() <= kMaxLength)
        return text;
    const qsizetype cut = text[kMaxLength - 1].isHighSurrogate() ? kMaxLength - 1 : kMaxLength;
    return text.left(cut) + QLatin1String("...");
}

QString sqlitePrintableText(QString text)
{
    for (QChar &c : text) {
        if (!c.isSurrogate() && !c.isPrint() && !c.isSpace())
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace strata
