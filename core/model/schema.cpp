#include "schema.h"

namespace strata {

const Table *Schema::table(const QString &tableName) const
{
    for (const Table &t : tables) {
        if (t.name == tableName)
            return &t;
    }
    return nullptr;
}

int Realm::tableCount() const
{
    int count = 0;
    for (const Schema &s : schemas)
        count += int(s.tables.size());
    return count;
}

} // namespace strata
