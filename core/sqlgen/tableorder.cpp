#include "tableorder.h"

#include <QHash>
#include <QPair>

namespace strata {

QList<SchemaTable> tablesInCreationOrder(const Realm &realm)
{
    QList<SchemaTable> tables;
    QHash<QPair<QString, QString>, qsizetype> position;
    for (const Schema &schema : realm.schemas) {
        for (const Table &table : schema.tables) {
            position.insert({schema.name, table.name}, tables.size());
            tables.append({&schema, &table});
        }
    }
    QList<QList<qsizetype>> dependencies(tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        for (const ForeignKey &foreignKey : tables[i].table->foreignKeys) {
            const QString refSchema =
                foreignKey.refSchema.isEmpty() ? tables[i].schema->name : foreignKey.refSchema;
            const qsizetype target = position.value({refSchema, foreignKey.refTable}, -1);
            if (target >= 0 && target != i)
                dependencies[i].append(target);
        }
    }
    QList<bool> created(tables.size(), false);
    QList<SchemaTable> ordered;
    while (ordered.size() < tables.size()) {
        qsizetype next = -1;
        qsizetype firstRemaining = -1;
        for (qsizetype i = 0; i < tables.size() && next < 0; ++i) {
            if (created[i])
                continue;
            if (firstRemaining < 0)
                firstRemaining = i;
            bool ready = true;
            for (const qsizetype dependency : dependencies[i])
                ready = ready && created[dependency];
            if (ready)
                next = i;
        }
        if (next < 0)
            next = firstRemaining;
        created[next] = true;
        ordered.append(tables[next]);
    }
    return ordered;
}

} // namespace strata
