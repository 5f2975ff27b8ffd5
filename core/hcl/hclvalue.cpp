#include "hclvalue.h"

#include "gostring.h"

namespace strata {

namespace {

void appendEscaped(QString &out, char32_t codePoint)
{
    if (isGoPrintable(codePoint)) {
        out.append(QString::fromUcs4(&codePoint, 1));
        return;
    }
    if (codePoint < 0x10000) {
        out.append(QStringLiteral("\\u%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')));
        return;
    }
    out.append(QStringLiteral("\\U%1").arg(uint(codePoint), 8, 16, QLatin1Char('0')));
}

} // namespace

QString hclString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out.append(QLatin1Char('"'));
    const QList<uint> codePoints = value.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const char32_t c = codePoints.at(i);
        switch (c) {
        case U'\n':
            out.append(QLatin1String("\\n"));
            break;
        case U'\r':
            out.append(QLatin1String("\\r"));
            break;
        case U'\t':
            out.append(QLatin1String("\\t"));
            break;
        case U'"':
            out.append(QLatin1String("\\\""));
            break;
        case U'\\':
            out.append(QLatin1String("\\\\"));
            break;
        case U'$':
        case U'%':
            out.append(QChar(char16_t(c)));
            if (i + 1 < codePoints.size() && codePoints.at(i + 1) == U'{')
                out.append(QChar(char16_t(c)));
            break;
        default:
            appendEscaped(out, c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

QString hclSql(const QString &sql)
{
    return QLatin1String("sql(") + hclString(sql) + QLatin1Char(')');
}

QString hclBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

bool isHclIdentifier(const QString &name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (!first.isLetter() && first != QLatin1Char('_'))
        return false;
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && !c.isMark() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return false;
    }
    return true;
}

QString hclReference(const QString &type, const QStringList &names)
{
    QString out = type;
    for (const QString &name : names) {
        if (isHclIdentifier(name))
            out += QLatin1Char('.') + name;
        else
            out += QLatin1Char('[') + hclString(name) + QLatin1Char(']');
    }
    return out;
}

QString hclList(const QStringList &items)
{
    return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
}

} // namespace strata
