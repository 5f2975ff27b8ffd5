#pragma once

#include "schematreenode.h"

#include <QAbstractItemModel>

#include <memory>

namespace strata {

struct Realm;

/// The loaded realm as a tree: schema > table > Columns / Indexes / Foreign keys / Checks
/// folders > items, with a type and a detail column (PK/FK/NOT NULL markers, FK targets,
/// defaults). Read-only; setRealm() resets it.
class SchemaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Columns
    {
        NameColumn,
        TypeColumn,
        DetailColumn,
        ColumnCount
    };
    enum Roles
    {
        /// int(SchemaNodeKind) of the row.
        KindRole = Qt::UserRole + 1,
        /// Schema the row belongs to.
        SchemaNameRole,
        /// Table the row belongs to; empty for schema rows.
        TableNameRole,
        /// Undecorated name of the column, index, key or check.
        ObjectNameRole
    };

    explicit SchemaTreeModel(QObject *parent = nullptr);
    ~SchemaTreeModel() override;

    /// Replaces everything the model shows with `realm`.
    void setRealm(const Realm &realm);
    void clear();
    int tableCount() const { return m_tableCount; }
    /// The row of a table, or an invalid index when there is none.
    QModelIndex tableIndex(const QString &schema, const QString &table) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const SchemaTreeNode *nodeAt(const QModelIndex &index) const;
    QVariant displayText(const SchemaTreeNode &node, int column) const;

    std::unique_ptr<SchemaTreeNode> m_root;
    int m_tableCount = 0;
};

} // namespace strata
