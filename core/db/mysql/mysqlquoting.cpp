#include "mysqlquoting.h"

#include "dialect/sqltext.h"
#include "hcl/gostring.h"

namespace strata {

QString mysqlQuotedIdentifier(const QString &identifier)
{
    return QLatin1Char('`') + QString(identifier).replace(QLatin1Char('`'), QLatin1String("``")) +
           QLatin1Char('`');
}

QString mysqlQuotedString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString mysqlCommentLiteral(const QString &comment)
{
    if (isQuotedLiteral(comment, QLatin1Char('"')) || isQuotedLiteral(comment, QLatin1Char('\'')))
        return comment;
    return goQuoted(comment);
}

} // namespace strata
