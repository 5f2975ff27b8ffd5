#include "sqlwriter.h"

#include "createtablesql.h"
#include "dialect/dialect.h"
#include "hcl/gostring.h"
#include "tableorder.h"

#include <QStringList>

namespace strata {

namespace {

QString statement(const QString &comment, const QString &sql)
{
    return QLatin1String("-- ") + comment + QLatin1Char('\n') + sql + QLatin1String(";\n");
}

} // namespace

QString writeSchemaSql(const Realm &realm, const Dialect &dialect, const QString &indent)
{
    const bool qualify = realm.schemas.size() > 1;
    QString out;
    for (const Schema &schema : realm.schemas) {
        for (const EnumType &type : schema.enums) {
            out += statement(QLatin1String("Create enum type ") + goQuoted(type.name),
                             dialect.createEnumSql(type, schema, qualify));
        }
    }
    for (const SchemaTable &entry : tablesInCreationOrder(realm)) {
        const Table &table = *entry.table;
        out += statement(QLatin1String("Create ") + goQuoted(table.name) + QLatin1String(" table"),
                         createTableSql(table, *entry.schema, dialect, qualify, indent));
        for (const Index &index : table.indexes) {
            if (!dialect.inlineIndexSql(index, table).isEmpty())
                continue;
            out += statement(QLatin1String("Create index ") + goQuoted(index.name) +
                                 QLatin1String(" to table: ") + goQuoted(table.name),
                             dialect.createIndexSql(index, table, *entry.schema, qualify));
        }
        for (const SqlStatement &comment :
             dialect.commentStatementsSql(table, *entry.schema, qualify))
            out += statement(comment.comment, comment.sql);
    }
    return out;
}

} // namespace strata
