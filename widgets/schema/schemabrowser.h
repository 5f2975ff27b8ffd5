#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace strata {

struct Realm;
class SchemaFilterProxyModel;
class SchemaTreeModel;

/// The "Schema" dock's contents: a filter line, the table count and the schema tree.
class SchemaBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit SchemaBrowser(QWidget *parent = nullptr);

    void setRealm(const Realm &realm);
    void clear();
    /// Puts the cursor in the filter line, selecting what is there.
    void focusFilter();

    SchemaTreeModel *model() const { return m_model; }
    SchemaFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *countLabel() const { return m_countLabel; }

Q_SIGNALS:
    /// The user selected a row belonging to `table`; `column` is set when the row is a column.
    void tableSelected(const QString &schema, const QString &table, const QString &column);
    /// The user double-clicked (or pressed Enter on) a row belonging to `table`.
    void tableActivated(const QString &schema, const QString &table);

private:
    void applyFilter(const QString &text);
    void expandDefault();
    void updateCountLabel();
    void onCurrentChanged(const QModelIndex &current);

    SchemaTreeModel *m_model;
    SchemaFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_countLabel;
    QTreeView *m_tree;
};

} // namespace strata
