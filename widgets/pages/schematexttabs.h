#pragma once

#include "util/expected.h"

#include <QTabWidget>

namespace strata {

class CodeEditor;
struct SourcePosition;

/// The central tabs: the loaded schema as Atlas HCL and as SQL, read-only and highlighted, plus
/// closable read-only tabs of ORM model files opened from the schema tree.
class SchemaTextTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit SchemaTextTabs(QWidget *parent = nullptr);

    void setTexts(const QString &hcl, const QString &sql);
    /// Empties the HCL and SQL views and closes the model file tabs.
    void clear();
    /// Shows the HCL tab scrolled to the table's block (or the column's), highlighted.
    bool showTable(const QString &schema, const QString &table, const QString &column);
    /// Opens (or refreshes) the tab of `position.file`, read from disk, with lines
    /// firstLine..lastLine (1-based) highlighted and scrolled into view. A file that cannot be
    /// read is an error naming it; no tab opens.
    Expected<CodeEditor *> openSourceFile(const SourcePosition &position);

    CodeEditor *hclEditor() const { return m_hcl; }
    CodeEditor *sqlEditor() const { return m_sql; }
    CodeEditor *currentEditor() const;
    /// The tab showing `path`, or nullptr.
    CodeEditor *sourceFileEditor(const QString &path) const;

private:
    void closeSourceTab(int index);

    CodeEditor *m_hcl;
    CodeEditor *m_sql;
};

} // namespace strata
