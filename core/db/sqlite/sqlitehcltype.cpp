#include "sqlitehcltype.h"

#include "hcl/hclvalue.h"

#include <QHash>
#include <QRegularExpression>

namespace strata {

namespace {

/// Atlas's SQLite TypeRegistry (sql/sqlite/sqlspec.go): each type and how many numeric
/// arguments it accepts (size = 1, precision and scale = 2).
const QHash<QString, int> &registry()
{
    static const QHash<QString, int> types = {
        {QStringLiteral("real"), 2},
        {QStringLiteral("blob"), 1},
        {QStringLiteral("text"), 1},
        {QStringLiteral("integer"), 1},
        {QStringLiteral("int"), 1},
        {QStringLiteral("tinyint"), 1},
        {QStringLiteral("smallint"), 1},
        {QStringLiteral("mediumint"), 1},
        {QStringLiteral("bigint"), 1},
        {QStringLiteral("unsigned big int"), 1},
        {QStringLiteral("int2"), 1},
        {QStringLiteral("int8"), 1},
        {QStringLiteral("uint64"), 1},
        {QStringLiteral("double"), 1},
        {QStringLiteral("double precision"), 1},
        {QStringLiteral("float"), 1},
        {QStringLiteral("character"), 1},
        {QStringLiteral("varchar"), 1},
        {QStringLiteral("varying character"), 1},
        {QStringLiteral("nchar"), 1},
        {QStringLiteral("native character"), 1},
        {QStringLiteral("nvarchar"), 1},
        {QStringLiteral("clob"), 1},
        {QStringLiteral("numeric"), 2},
        {QStringLiteral("decimal"), 2},
        {QStringLiteral("bool"), 0},
        {QStringLiteral("boolean"), 0},
        {QStringLiteral("date"), 0},
        {QStringLiteral("datetime"), 0},
        {QStringLiteral("json"), 0},
        {QStringLiteral("uuid"), 0},
    };
    return types;
}

} // namespace

QString sqliteHclType(const QString &declaredType)
{
    const QString type = declaredType.simplified().toLower();
    if (type.isEmpty())
        return QStringLiteral("blob");
    static const QRegularExpression pattern(QStringLiteral(
        "^([a-z_][a-z0-9_]*(?: [a-z_][a-z0-9_]*)*) ?(?:\\( ?(\\d+) ?(?:, ?(\\d+) ?)?\\))?$"));
    const QRegularExpressionMatch match = pattern.match(type);
    if (!match.hasMatch())
        return hclSql(type);
    const QString name = match.captured(1);
    QStringList arguments;
    for (int group = 2; group <= 3; ++group) {
        if (match.hasCaptured(group))
            arguments.append(QString::number(match.captured(group).toLongLong()));
    }
    const auto known = registry().constFind(name);
    if (known == registry().cend() || arguments.size() > known.value())
        return hclSql(type);
    QString spelled = name;
    spelled.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (arguments.isEmpty())
        return spelled;
    return spelled + QLatin1Char('(') + arguments.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace strata
