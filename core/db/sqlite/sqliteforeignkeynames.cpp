#include "sqliteforeignkeynames.h"

namespace strata {
namespace {

bool matchesClause(const ForeignKey &key, const SqliteForeignKeyClause &clause)
{
    if (key.refTable.compare(clause.refTable, Qt::CaseInsensitive) != 0 ||
        key.columns.size() != clause.columns.size())
        return false;
    for (qsizetype i = 0; i < key.columns.size(); ++i) {
        if (key.columns[i].compare(clause.columns[i], Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

void nameSqliteForeignKeys(QList<ForeignKey> &keys, const QList<int> &ids,
                           const QList<SqliteForeignKeyClause> &clauses)
{
    QList<bool> used(clauses.size(), false);
    for (qsizetype k = 0; k < keys.size(); ++k) {
        ForeignKey &key = keys[k];
        const int id = ids.value(k);
        qsizetype match = clauses.size() == keys.size() ? clauses.size() - 1 - id : -1;
        if (match < 0 || match >= clauses.size() || used[match] ||
            !matchesClause(key, clauses[match])) {
            match = -1;
            for (qsizetype i = 0; i < clauses.size() && match < 0; ++i) {
                if (!used[i] && matchesClause(key, clauses[i]))
                    match = i;
            }
        }
        if (match >= 0)
            used[match] = true;
        key.name = match >= 0 && !clauses[match].constraintName.isEmpty()
                       ? clauses[match].constraintName
                       : QString::number(id);
    }
}

} // namespace strata
