#include "schematexttabs.h"

#include "editor/codeeditor.h"
#include "hclblockfinder.h"
#include "model/table.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTabBar>

namespace strata {
namespace {

const char kSourcePathProperty[] = "strataSourcePath";

CodeEditor::Language languageForFile(const QString &path)
{
    static const QStringList scripts = {
        QStringLiteral("js"), QStringLiteral("mjs"), QStringLiteral("cjs"), QStringLiteral("jsx"),
        QStringLiteral("ts"), QStringLiteral("mts"), QStringLiteral("cts"), QStringLiteral("tsx")};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (scripts.contains(suffix))
        return CodeEditor::Language::JavaScript;
    if (suffix == QLatin1String("sql"))
        return CodeEditor::Language::Sql;
    if (suffix == QLatin1String("hcl"))
        return CodeEditor::Language::Hcl;
    return CodeEditor::Language::PlainText;
}

} // namespace

SchemaTextTabs::SchemaTextTabs(QWidget *parent)
    : QTabWidget(parent)
    , m_hcl(new CodeEditor(this))
    , m_sql(new CodeEditor(this))
{
    setObjectName(QStringLiteral("schemaTextTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
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
    // Only model file tabs close; the schema views are always there.
    for (int index : {0, 1}) {
        tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
        tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
    }
    connect(this, &QTabWidget::tabCloseRequested, this, &SchemaTextTabs::closeSourceTab);
}

void SchemaTextTabs::setTexts(const QString &hcl, const QString &sql)
{
    m_hcl->setText(hcl);
    m_sql->setText(sql);
}

void SchemaTextTabs::clear()
{
    setTexts(QString(), QString());
    for (int index = count() - 1; index >= 0; --index)
        closeSourceTab(index);
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

Expected<CodeEditor *> SchemaTextTabs::openSourceFile(const SourcePosition &position)
{
    const QString path = QFileInfo(position.file).absoluteFilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot open the model file %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    const QString text = QString::fromUtf8(file.readAll());

    CodeEditor *editor = sourceFileEditor(path);
    if (!editor) {
        editor = new CodeEditor(this);
        editor->setObjectName(QStringLiteral("sourceFileEditor"));
        editor->setProperty(kSourcePathProperty, path);
        editor->setLanguage(languageForFile(path));
        editor->setReadOnly(true);
        const int index = addTab(editor, QFileInfo(path).fileName());
        setTabToolTip(index, QDir::toNativeSeparators(path));
    }
    // Read again each time: the model file may have been edited since the tab opened.
    editor->setText(text);
    setCurrentWidget(editor);
    const int first = qMax(1, position.firstLine);
    const int last = qMax(first, position.lastLine);
    editor->highlightLines(first - 1, last - 1);
    return editor;
}

CodeEditor *SchemaTextTabs::currentEditor() const
{
    return qobject_cast<CodeEditor *>(currentWidget());
}

CodeEditor *SchemaTextTabs::sourceFileEditor(const QString &path) const
{
    for (int index = 0; index < count(); ++index) {
        auto *editor = qobject_cast<CodeEditor *>(widget(index));
        if (editor && editor->property(kSourcePathProperty).toString() == path)
            return editor;
    }
    return nullptr;
}

void SchemaTextTabs::closeSourceTab(int index)
{
    QWidget *page = widget(index);
    if (page == m_hcl || page == m_sql)
        return;
    removeTab(index);
    page->deleteLater();
}

} // namespace strata
