#pragma once

#include "model/foreignkey.h"
#include "sqlitecreatestatement.h"

#include <QList>

namespace strata {

/// Names keys read from pragma_foreign_key_list (in pragma order, `ids[i]` being key i's id) after
/// the CONSTRAINT symbols in the CREATE TABLE text; a key without one is named by its id, as Atlas
/// names it. Pragma ids count declarations backwards, so position is tried first, then content.
void nameSqliteForeignKeys(QList<ForeignKey> &keys, const QList<int> &ids,
                           const QList<SqliteForeignKeyClause> &clauses);

} // namespace strata
