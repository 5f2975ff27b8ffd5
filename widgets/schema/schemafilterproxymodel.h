#pragma once

#include <QSortFilterProxyModel>

namespace strata {

/// Filters the schema tree by name: tables and their items match, folders and schemas only
/// show as ancestors of a match. A matching table keeps all its rows.
class SchemaFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SchemaFilterProxyModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace strata
