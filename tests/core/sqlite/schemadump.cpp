#include "schemadump.h"

#include <QStringList>

namespace strata::test {

QString describeIndex(const Index &index)
{
    QStringList parts;
    for (const IndexPart &part : index.parts) {
        QString text = part.isExpression() ? QLatin1Char('{') + part.expression + QLatin1Char('}')
                                           : part.column;
        if (part.descending)
            text += QLatin1String(" desc");
        parts.append(text);
    }
    QString out = QLatin1Char('(') + parts.join(QLatin1String(", ")) + QLatin1Char(')');
    if (index.unique)
        out.prepend(QLatin1String("unique "));
    if (!index.where.isEmpty())
        out += QLatin1String(" where ") + index.where;
    return out;
}

QString describeForeignKey(const ForeignKey &key)
{
    return key.name + QLatin1String(": (") + key.columns.join(QLatin1String(", ")) +
           QLatin1String(") -> ") + key.refTable + QLatin1String(" (") +
           key.refColumns.join(QLatin1String(", ")) + QLatin1String(") on update ") +
           referenceActionSql(key.onUpdate) + QLatin1String(" on delete ") +
           referenceActionSql(key.onDelete);
}

QString describeColumn(const Column &column)
{
    QString out = column.name + QLatin1Char(' ') + column.type.normalized + QLatin1String(" [") +
                  column.type.raw + QLatin1Char(']') +
                  (column.nullable ? QLatin1String(" null") : QLatin1String(" not null"));
    if (column.defaultValue) {
        out += QLatin1String(" default=") +
               (column.defaultValue->kind == ColumnDefault::Kind::Literal
                    ? QLatin1String("literal:")
                    : QLatin1String("expression:")) +
               column.defaultValue->sql;
    }
    if (column.autoIncrement)
        out += QLatin1String(" autoincrement");
    if (column.generated) {
        out += QLatin1String(" generated=") +
               (column.generated->stored ? QLatin1String("stored:") : QLatin1String("virtual:")) +
               column.generated->expression;
    }
    return out;
}

QString dumpSchema(const Schema &schema)
{
    QStringList lines{QLatin1String("schema ") + schema.name};
    for (const Table &table : schema.tables) {
        lines.append(QLatin1String("table ") + table.name +
                     (table.withoutRowid ? QLatin1String(" without-rowid") : QLatin1String()) +
                     (table.strict ? QLatin1String(" strict") : QLatin1String()));
        for (const Column &column : table.columns)
            lines.append(QLatin1String("  column ") + describeColumn(column));
        if (table.primaryKey)
            lines.append(QLatin1String("  primary key ") + describeIndex(*table.primaryKey));
        for (const Index &index : table.indexes)
            lines.append(QLatin1String("  index ") + index.name + QLatin1Char(' ') +
                         describeIndex(index));
        for (const ForeignKey &key : table.foreignKeys)
            lines.append(QLatin1String("  foreign key ") + describeForeignKey(key));
        for (const Check &check : table.checks)
            lines.append(QLatin1String("  check ") + check.name + QLatin1Char(' ') +
                         check.expression);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace strata::test
