#include "schematexttabs.h"

#include "editor/codeeditor.h"
#include "hclblockfinder.h"

namespace strata {

SchemaTextTabs::SchemaTextTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_hcl(new CodeEditor(this))
    , m_sql(new CodeEditor(this))
{
    setObjectName(QStringLiteral("schemaTextTabs"));
    setDocumentMode(true);
    m_hcl->setObjectName(QStringLiteral("hclEditor"));
    m_hcl->setLanguage(CodeEditor::Language::Hcl);
    m_hcl->setReadOnly(true);
    m_sql->setObjectName(QStringLiteral("sqlEditor"));
    m_sql->setLanguage(CodeEditor::Language::Sql);
    m_sql->setReadOnly(true);
    addTab(m_hcl, tr("HCL"));
    addTab(m_sql, tr("SQL"));
    setTabToolTip(0, tr("The schema as Atlas HCL (atlas schema inspect)"));
    setTabToolTip(1, tr("The schema as SQL DDL (atlas schema inspect --format '{{ sql . }}')"));
}

void SchemaTextTabs::setTexts(const QString &hcl, const QString &sql)
{
    m_hcl->setText(hcl);
    m_sql->setText(sql);
}

void SchemaTextTabs::clear()
{
    setTexts(QString(), QString());
}

bool SchemaTextTabs::showTable(const QString &schema, const QString &table, const QString &column)
{
    const LineRange range = findHclTableBlock(m_hcl->text(), schema, table, column);
    if (!range.isValid())
        return false;
    setCurrentWidget(m_hcl);
    m_hcl->highlightLines(range.first, range.last);
    return true;
}

CodeEditor *SchemaTextTabs::currentEditor() const
{
    return qobject_cast<CodeEditor *>(currentWidget());
}

} // namespace strata
