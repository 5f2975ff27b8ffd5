#pragma once

#include <QTabWidget>

namespace strata {

class CodeEditor;

/// The central tabs: the loaded schema as Atlas HCL and as SQL, read-only and highlighted.
class SchemaTextTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit SchemaTextTabs(QWidget *parent = nullptr);

    void setTexts(const QString &hcl, const QString &sql);
    void clear();
    /// Shows the HCL tab scrolled to the table's block (or the column's), highlighted.
    bool showTable(const QString &schema, const QString &table, const QString &column);

    CodeEditor *hclEditor() const { return m_hcl; }
    CodeEditor *sqlEditor() const { return m_sql; }
    CodeEditor *currentEditor() const;

private:
    CodeEditor *m_hcl;
    CodeEditor *m_sql;
};

} // namespace strata
