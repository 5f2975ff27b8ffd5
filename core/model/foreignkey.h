#pragma once

#include "referenceaction.h"

#include <QString>
#include <QStringList>

namespace strata {

struct ForeignKey
{
    /// Constraint symbol; SQLite has none for unnamed keys and Atlas then uses the key's id.
    QString name;
    QStringList columns;
    /// Empty when the referenced table lives in the same schema.
    QString refSchema;
    QString refTable;
    QStringList refColumns;
    ReferenceAction onUpdate = ReferenceAction::NoAction;
    ReferenceAction onDelete = ReferenceAction::NoAction;

    bool operator==(const ForeignKey &) const = default;
};

} // namespace strata
