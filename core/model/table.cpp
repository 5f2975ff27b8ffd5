#include "table.h"

namespace strata {

const Column *Table::column(const QString &columnName) const
{
    for (const Column &c : columns) {
        if (c.name == columnName)
            return &c;
    }
    return nullptr;
}

bool Table::isPrimaryKeyColumn(const QString &columnName) const
{
    if (!primaryKey)
        return false;
    for (const IndexPart &part : primaryKey->parts) {
        if (part.column == columnName)
            return true;
    }
    return false;
}

bool Table::isForeignKeyColumn(const QString &columnName) const
{
    for (const ForeignKey &fk : foreignKeys) {
        if (fk.columns.contains(columnName))
            return true;
    }
    return false;
}

bool Table::operator==(const Table &other) const
{
    return name == other.name && columns == other.columns && primaryKey == other.primaryKey &&
           indexes == other.indexes && foreignKeys == other.foreignKeys && checks == other.checks &&
           comment == other.comment && charset == other.charset && collation == other.collation &&
           engine == other.engine && withoutRowid == other.withoutRowid && strict == other.strict;
}

} // namespace strata
