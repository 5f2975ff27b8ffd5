#include "schemabrowser.h"

#include "counttexts.h"
#include "model/schema.h"
#include "schemafilterproxymodel.h"
#include "schematreemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace strata {
namespace {

/// Up to this many tables, loading expands every table's columns.
constexpr int kExpandTablesUpTo = 10;

} // namespace

SchemaBrowser::SchemaBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new SchemaTreeModel(this))
    , m_proxy(new SchemaFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_countLabel(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);

    m_filter->setObjectName(QStringLiteral("schemaFilter"));
    m_filter->setPlaceholderText(tr("Filter tables and columns…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Show only tables, columns, indexes and keys whose name contains "
                            "this text (Ctrl+Shift+F)"));
    connect(m_filter, &QLineEdit::textChanged, this, &SchemaBrowser::applyFilter);

    m_countLabel->setObjectName(QStringLiteral("schemaCountLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString table = index.data(SchemaTreeModel::TableNameRole).toString();
        if (!table.isEmpty())
            Q_EMIT tableActivated(index.data(SchemaTreeModel::SchemaNameRole).toString(), table);
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_countLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);

    updateCountLabel();
}

void SchemaBrowser::setRealm(const Realm &realm)
{
    m_model->setRealm(realm);
    expandDefault();
    updateCountLabel();
}

void SchemaBrowser::clear()
{
    m_model->clear();
    updateCountLabel();
}

void SchemaBrowser::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void SchemaBrowser::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (text.trimmed().isEmpty())
        expandDefault();
    else
        m_tree->expandAll();
    updateCountLabel();
}

void SchemaBrowser::expandDefault()
{
    m_tree->collapseAll();
    const bool expandTables = m_model->tableCount() <= kExpandTablesUpTo;
    for (int s = 0; s < m_proxy->rowCount(); ++s) {
        const QModelIndex schema = m_proxy->index(s, 0);
        m_tree->expand(schema);
        for (int t = 0; expandTables && t < m_proxy->rowCount(schema); ++t) {
            const QModelIndex table = m_proxy->index(t, 0, schema);
            m_tree->expand(table);
            m_tree->expand(m_proxy->index(0, 0, table));
        }
    }
    for (int column = 0; column < SchemaTreeModel::DetailColumn; ++column)
        m_tree->resizeColumnToContents(column);
}

void SchemaBrowser::updateCountLabel()
{
    QString text = tableCountText(m_model->tableCount());
    if (!m_filter->text().trimmed().isEmpty())
        text = tr("%1, filtered").arg(text);
    m_countLabel->setText(text);
}

void SchemaBrowser::onCurrentChanged(const QModelIndex &current)
{
    const QString table = current.data(SchemaTreeModel::TableNameRole).toString();
    if (table.isEmpty())
        return;
    const auto kind = SchemaNodeKind(current.data(SchemaTreeModel::KindRole).toInt());
    const QString column = kind == SchemaNodeKind::Column
                               ? current.data(SchemaTreeModel::ObjectNameRole).toString()
                               : QString();
    Q_EMIT tableSelected(current.data(SchemaTreeModel::SchemaNameRole).toString(), table, column);
}

} // namespace strata
