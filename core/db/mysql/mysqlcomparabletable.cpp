#include "mysqldialect.h"

namespace strata {

Table MysqlDialect::comparableTable(const Table &table, const Schema &schema) const
{
    // MySQL stores a charset and collation on every table and text column, inherited from the
    // schema and the table; a DDL file or HCL may spell them out or leave them to the default.
    // Either way the server ends up with the same: the inherited value compares as empty.
    Table comparable = table;
    const QString tableCharset = table.charset.isEmpty() ? schema.charset : table.charset;
    const QString tableCollation = table.collation.isEmpty() ? schema.collation : table.collation;
    if (comparable.charset == schema.charset)
        comparable.charset.clear();
    if (comparable.collation == schema.collation)
        comparable.collation.clear();
    for (Column &column : comparable.columns) {
        if (column.charset == tableCharset)
            column.charset.clear();
        if (column.collation == tableCollation)
            column.collation.clear();
    }
    return comparable;
}

} // namespace strata
