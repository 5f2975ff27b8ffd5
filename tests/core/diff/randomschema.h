#pragma once

#include "model/schema.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace strata::test {

/// Seeded random schemas and changes to them, for checking plans on the real databases.
/// Everything generated is valid on `database` ("sqlite", "mysql", "postgres"): foreign keys
/// reference earlier tables' primary keys (no cycles), columns a change narrows never are.
class RandomSchema
{
public:
    RandomSchema(QString database, quint32 seed);

    /// 1 to 5 tables with columns, primary keys, indexes, foreign keys, checks and comments.
    Schema schema(const QString &name);
    /// `from` with 1 to 4 random changes, each one a change kind the differ knows; `applied`
    /// names them for failure messages.
    Schema changed(const Schema &from, QStringList *applied);
    /// INSERT statements that put rows in every table of `schema` and that every schema
    /// `changed()` makes from it accepts (values positive, distinct, foreign keys NULL).
    QStringList rows(const Schema &schema, int perTable) const;

private:
    Column randomColumn(const QString &name);
    Table randomTable(const QString &name, const Schema &schema);
    QString idType() const;
    QString quoted(const QString &identifier) const;
    int pick(int bound) { return int(m_random.bounded(bound)); }
    bool chance(int percent) { return pick(100) < percent; }

    QString m_database;
    QRandomGenerator m_random;
    int m_counter = 0;
};

} // namespace strata::test
