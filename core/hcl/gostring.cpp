#include "gostring.h"

#include <QList>

namespace strata {

bool isGoPrintable(char32_t codePoint)
{
    if (codePoint == U' ')
        return true;
    switch (QChar::category(codePoint)) {
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return QChar::isPrint(codePoint);
    }
}

QString goQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const uint codePoint : value.toUcs4()) {
        switch (codePoint) {
        case '\a':
            out += QLatin1String("\\a");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\v':
            out += QLatin1String("\\v");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '"':
            out += QLatin1String("\\\"");
            break;
        default:
            if (isGoPrintable(codePoint)) {
                const char32_t c = codePoint;
                out += QString::fromUcs4(&c, 1);
            } else if (codePoint < 0x80) {
                out += QStringLiteral("\\x%1").arg(codePoint, 2, 16, QLatin1Char('0'));
            } else if (codePoint < 0x10000) {
                out += QStringLiteral("\\u%1").arg(codePoint, 4, 16, QLatin1Char('0'));
            } else {
                out += QStringLiteral("\\U%1").arg(codePoint, 8, 16, QLatin1Char('0'));
            }
        }
    }
    return out + QLatin1Char('"');
}

} // namespace strata
