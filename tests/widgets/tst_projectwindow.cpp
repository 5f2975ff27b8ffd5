#include "editor/codeeditor.h"
#include "editor/qsciincludes.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "mainwindowtestsupport.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/enveditordialog.h"
#include "project/programoutputpanel.h"
#include "project/projectcontroller.h"
#include "project/projectpanel.h"
#include "project/projectsession.h"
#include "schema/schemabrowser.h"
#include "settings/appsettings.h"
#include "widgettestenv.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace strata;

namespace {

using strata::test::childNames;
using strata::test::messages;
using strata::test::readFile;
using strata::test::writeFile;

constexpr int kTimeout = 15000;

const char kSchemaSql[] = "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
                          "CREATE TABLE tasks (id INTEGER PRIMARY KEY,\n"
                          "  user_id INTEGER REFERENCES users(id), title TEXT);\n";

const char kUserModel[] = "'use strict';\n"
                          "module.exports = (sequelize, DataTypes) => {\n"
                          "  const User = sequelize.define('users', {\n"
                          "    email: DataTypes.STRING,\n"
                          "  });\n"
                          "  return User;\n"
                          "};\n";

/// Comments, blank lines and odd spacing on purpose: a save must keep them byte for byte.
const char kAtlasHcl[] =
    "# Strata widget test project\n"
    "variable \"dev_url\" {\n"
    "  type    = string\n"
    "  default = \"sqlite://dev?mode=memory\"\n"
    "}\n"
    "\n"
    "data \"external_schema\" \"app\" {\n"
    "  program = [\"sh\", \"-c\", \"cat schema.sql; echo warning >&2\"]\n"
    "}\n"
    "\n"
    "data \"external_schema\" \"models\" {\n"
    "  program = [\"sh\", \"-c\", \"cat positioned.sql\"]\n"
    "}\n"
    "\n"
    "data \"external_schema\" \"broken\" {\n"
    "  program = [\"sh\", \"-c\", \"echo 'Error: boom in user.js' >&2; exit 3\"]\n"
    "}\n"
    "\n"
    "env \"local\" {\n"
    "  // the desired schema\n"
    "  src = \"file://schema.sql\"\n"
    "  dev   =   var.dev_url   # normalized here\n"
    "  url = \"sqlite://app.db\"\n"
    "}\n"
    "\n"
    "env \"program\" {\n"
    "  src = data.external_schema.app.url\n"
    "  dev = \"sqlite://dev?mode=memory\"\n"
    "  url = getenv(\"STRATA_TEST_UNSET_URL\")\n"
    "}\n"
    "\n"
    "env \"models\" {\n"
    "  src = data.external_schema.models.url\n"
    "  dev = \"sqlite://dev?mode=memory\"\n"
    "  url = \"mysql://root:s3cret@db.example:3306/app\"\n"
    "}\n"
    "\n"
    "env \"broken\" {\n"
    "  src = data.external_schema.broken.url\n"
    "  dev = \"sqlite://dev?mode=memory\"\n"
    "}\n";

/// STRATA_SCREENSHOT_DIR=folder saves what a test shows there, to look at.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(QDir(folder).filePath(name)));
}

int countContaining(const QStringList &texts, const QString &part)
{
    int count = 0;
    for (const QString &text : texts)
        count += text.contains(part) ? 1 : 0;
    return count;
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}

} // namespace

class TestProjectWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = m_dir->filePath(QStringLiteral("atlas.hcl"));
        m_model = m_dir->filePath(QStringLiteral("models/user.js"));
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("models")));
        QVERIFY(writeFile(m_config, kAtlasHcl));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("schema.sql")), kSchemaSql));
        QVERIFY(writeFile(m_model, kUserModel));
        const QByteArray positioned = "-- atlas:pos users[type=table] " + m_model.toUtf8() +
                                      ":3-5\n" + QByteArray(kSchemaSql);
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("positioned.sql")), positioned));

        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void opensProjectAndListsEnvs()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_dir->path() + QStringLiteral("/atlas.hcl")));
        ProjectPanel *panel = window.project()->panel();
        QCOMPARE(listTexts(panel->envList()),
                 (QStringList{QStringLiteral("local"), QStringLiteral("program"),
                              QStringLiteral("models"), QStringLiteral("broken")}));
        QCOMPARE(panel->selectedEnv(), QStringLiteral("local"));
        QCOMPARE(panel->summaryLabel(QStringLiteral("src"))->text(),
                 QStringLiteral("file://schema.sql"));
        QCOMPARE(panel->summaryLabel(QStringLiteral("dev"))->text(),
                 QStringLiteral("sqlite://dev?mode=memory"));
        QVERIFY(panel->isVisible());
        QVERIFY2(window.windowTitle().contains(QFileInfo(m_dir->path()).fileName()),
                 qPrintable(window.windowTitle()));
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Load env local"));
        QCOMPARE(AppSettings().recentFiles().value(0), m_config);

        // The password of a literal URL never reaches the dock.
        panel->envList()->setCurrentRow(2);
        QCOMPARE(panel->summaryLabel(QStringLiteral("url"))->text(),
                 QStringLiteral("mysql://root:****@db.example:3306/app"));
        QCOMPARE(panel->summaryLabel(QStringLiteral("src"))->text(),
                 QStringLiteral("external_schema://models"));
        QCOMPARE(panel->summaryLabel(QStringLiteral("program"))->text(),
                 QStringLiteral("sh -c cat positioned.sql"));
    }

    void recentProjectsShowTheirFolder()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentFilesMenu"));
        QVERIFY(recent);
        const QString folder = QFileInfo(m_dir->path()).fileName();
        QCOMPARE(recent->actions().value(0)->text(), QStringLiteral("&1 %1/atlas.hcl").arg(folder));
    }

    void openPathDetectsFolderAndLoads()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_dir->path());
        QVERIFY(window.project()->isOpen());
        QCOMPARE(window.project()->session()->configPath(), m_config);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
    }

    void loadsSelectedEnvFromFile()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        panel->envList()->setCurrentRow(0);
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
        QVERIFY(window.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, {}), QStringList{QStringLiteral("main")});
        QCOMPARE(childNames(tree, tree->index(0, 0)),
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("users")}));
        QVERIFY(window.textTabs()->hclEditor()->text().contains(QStringLiteral("table \"users\"")));
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.startsWith(QStringLiteral("Loaded 2 tables from ")), qPrintable(status));
    }

    void f5LoadsProgramAndShowsStderr()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->panel()->envList()->setCurrentRow(1);
        QCOMPARE(window.project()->session()->selectedEnv(), QStringLiteral("program"));
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        const QString log = window.project()->output()->text();
        QVERIFY2(log.contains(QStringLiteral("\nwarning\n")), qPrintable(log));
        QVERIFY2(log.startsWith(QStringLiteral("$ sh -c 'cat schema.sql; echo warning >&2'")),
                 qPrintable(log));
        QVERIFY(window.project()->output()->isVisible());
        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, tree->index(0, 0)),
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("users")}));
    }

    void failingProgramShowsStderrTail()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->panel()->envList()->setCurrentRow(3);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QTest::mouseClick(window.project()->panel()->loadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        const QStringList errors = messages(window, MessageModel::Severity::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("boom in user.js")),
                 qPrintable(errors.first()));
        QVERIFY(window.project()->output()->text().contains(QStringLiteral("boom in user.js")));
        QVERIFY(window.messagePanel()->isVisible());
        QVERIFY(!window.isLoading());
    }

    void escapeCancelsRunningProgram()
    {
        MainWindow &window = *m_window;
        const QString folder = m_dir->filePath(QStringLiteral("slow"));
        QVERIFY(QDir().mkpath(folder));
        const QString config = folder + QStringLiteral("/atlas.hcl");
        QVERIFY(writeFile(config, "data \"external_schema\" \"slow\" {\n"
                                  "  program = [\"sh\", \"-c\", \"echo $$ > pid; echo started >&2; "
                                  "exec sleep 30\"]\n"
                                  "}\n"
                                  "env \"slow\" {\n"
                                  "  src = data.external_schema.slow.url\n"
                                  "  dev = \"sqlite://dev?mode=memory\"\n"
                                  "}\n"));
        QVERIFY(window.openProject(config));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            window.project()->output()->text().contains(QStringLiteral("\nstarted")), kTimeout);
        QVERIFY(window.isLoading());
        QVERIFY(!window.project()->panel()->loadButton()->isEnabled());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isLoading());
        QVERIFY(window.project()->panel()->loadButton()->isEnabled());
        QVERIFY(window.project()->output()->text().endsWith(QStringLiteral("Cancelled.")));
        QCOMPARE(countContaining(messages(window, MessageModel::Severity::Info),
                                 QStringLiteral("cancelled")),
                 1);
        // The program is gone too, not left running behind the window.
        const QByteArray pid = readFile(folder + QStringLiteral("/pid")).trimmed();
        QVERIFY(!pid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)), kTimeout);
        QTest::qWait(200);
        QCOMPARE(failed.count(), 0);
    }

    void editFormSavesOneLine()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        QTest::mouseClick(window.project()->panel()->editButton(), Qt::LeftButton);
        EnvEditorDialog *form = window.project()->envEditor();
        QVERIFY(form);
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(form->field(QStringLiteral("dev"))->text(), QStringLiteral("var.dev_url"));
        QCOMPARE(form->field(QStringLiteral("src"))->text(),
                 QStringLiteral("\"file://schema.sql\""));
        QCOMPARE(form->field(QStringLiteral("migration.dir"))->text(), QString());

        QLineEdit *url = form->field(QStringLiteral("url"));
        url->selectAll();
        QTest::keyClicks(url, QStringLiteral("sqlite://other.db"));
        form->buttons()->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!window.project()->envEditor());

        QByteArray expected(kAtlasHcl);
        expected.replace("  url = \"sqlite://app.db\"\n", "  url = \"sqlite://other.db\"\n");
        QCOMPARE(readFile(m_config), expected);
        QCOMPARE(window.project()->panel()->summaryLabel(QStringLiteral("url"))->text(),
                 QStringLiteral("sqlite://other.db"));
        const QStringList infos = messages(window, MessageModel::Severity::Info);
        QCOMPARE(countContaining(infos, QStringLiteral("Saved env \"local\"")), 1);
        // Our own write is not news: no "changed on disk" after the watcher has settled.
        QTest::qWait(600);
        QCOMPARE(countContaining(messages(window, MessageModel::Severity::Info),
                                 QStringLiteral("changed on disk")),
                 0);
    }

    void editFormKeepsPasswordAndGetenv()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->panel()->envList()->setCurrentRow(2);
        window.project()->editSelectedEnv();
        EnvEditorDialog *form = window.project()->envEditor();
        QVERIFY(form);
        QLineEdit *url = form->field(QStringLiteral("url"));
        QCOMPARE(url->text(), QStringLiteral("\"mysql://root:****@db.example:3306/app\""));
        // Change the host only: the mask stays in the field, the real password in the file.
        url->setText(QStringLiteral("\"mysql://root:****@db2.example:3306/app\""));
        QVERIFY(form->save());
        form->close();
        QByteArray expected(kAtlasHcl);
        expected.replace("mysql://root:s3cret@db.example:3306/app",
                         "mysql://root:s3cret@db2.example:3306/app");
        QCOMPARE(readFile(m_config), expected);

        window.project()->panel()->envList()->setCurrentRow(1);
        window.project()->editSelectedEnv();
        form = window.project()->envEditor();
        QTRY_VERIFY(form);
        QCOMPARE(form->field(QStringLiteral("url"))->text(),
                 QStringLiteral("getenv(\"STRATA_TEST_UNSET_URL\")"));
        form->field(QStringLiteral("dev"))->setText(QStringLiteral("var.dev_url"));
        QVERIFY(form->save());
        form->close();
        expected.replace("  dev = \"sqlite://dev?mode=memory\"\n  url = getenv(",
                         "  dev = var.dev_url\n  url = getenv(");
        QCOMPARE(readFile(m_config), expected);
    }

    void invalidInputWritesNothing()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->editSelectedEnv();
        EnvEditorDialog *form = window.project()->envEditor();
        QVERIFY(form);
        form->field(QStringLiteral("src"))->setText(QStringLiteral("\"file://other.sql"));
        form->buttons()->button(QDialogButtonBox::Save)->click();
        QVERIFY(form->isVisible());
        QVERIFY(form->errorLabel()->isVisible());
        QVERIFY(!form->errorLabel()->text().isEmpty());
        QCOMPARE(readFile(m_config), QByteArray(kAtlasHcl));

        form->field(QStringLiteral("src"))->setText(QString());
        QVERIFY(!form->save());
        QVERIFY2(form->errorLabel()->text().contains(QStringLiteral("cannot be emptied")),
                 qPrintable(form->errorLabel()->text()));
        QCOMPARE(readFile(m_config), QByteArray(kAtlasHcl));
    }

    void testConnectionButtons()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->editSelectedEnv();
        EnvEditorDialog *form = window.project()->envEditor();
        QVERIFY(form);
        QTest::mouseClick(form->testButton(QStringLiteral("dev")), Qt::LeftButton);
        QLabel *dev = form->testResultLabel(QStringLiteral("dev"));
        QTRY_VERIFY_WITH_TIMEOUT(dev->text().contains(QStringLiteral("SQLite 3.")), kTimeout);
        QVERIFY(dev->isVisible());

        form->field(QStringLiteral("url"))->setText(QStringLiteral("\"file://schema.sql\""));
        QTest::mouseClick(form->testButton(QStringLiteral("url")), Qt::LeftButton);
        QLabel *url = form->testResultLabel(QStringLiteral("url"));
        QTRY_VERIFY(url->text().contains(QStringLiteral("not a database")));
        QCOMPARE(readFile(m_config), QByteArray(kAtlasHcl));
        saveScreenshot(form, QStringLiteral("envform.png"));
    }

    void timeoutIsStoredPerEnv()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        QCOMPARE(panel->programTimeout(), 120);
        panel->envList()->setCurrentRow(1);
        panel->timeoutBox()->setValue(7);
        QCOMPARE(AppSettings().programTimeoutSeconds(m_config, QStringLiteral("program")), 7);
        QCOMPARE(AppSettings().programTimeoutSeconds(m_config, QStringLiteral("local")), 120);
        panel->envList()->setCurrentRow(0);
        QCOMPARE(panel->programTimeout(), 120);
        const Expected<LoadSource> program =
            window.project()->session()->loadSource(QStringLiteral("program"), 7);
        QVERIFY2(program.hasValue(), program.hasValue() ? "" : qPrintable(program.error().message));
        QVERIFY(program->request.program.has_value());
        QCOMPARE(program->request.program->timeoutMs, 7000);
        panel->envList()->setCurrentRow(1);
        QCOMPARE(panel->programTimeout(), 7);
        panel->timeoutBox()->setValue(120);
    }

    void changeOnDiskReloadsKeepingEnv()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        panel->envList()->setCurrentRow(1);
        QByteArray text(kAtlasHcl);
        text += "\nenv \"added\" {\n  src = \"file://schema.sql\"\n}\n";
        QVERIFY(writeFile(m_config, text));
        QTRY_COMPARE_WITH_TIMEOUT(panel->envList()->count(), 5, kTimeout);
        QCOMPARE(panel->selectedEnv(), QStringLiteral("program"));
        QCOMPARE(countContaining(messages(window, MessageModel::Severity::Info),
                                 QStringLiteral("changed on disk; the project was reloaded")),
                 1);

        // Editors save by renaming a new file over the old one; the watch must survive it.
        const QString temporary = m_dir->filePath(QStringLiteral(".atlas.hcl.swp"));
        text += "\nenv \"renamed\" {\n  src = \"file://schema.sql\"\n}\n";
        QVERIFY(writeFile(temporary, text));
        QCOMPARE(std::rename(QFile::encodeName(temporary).constData(),
                             QFile::encodeName(m_config).constData()),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(panel->envList()->count(), 6, kTimeout);
        QVERIFY(writeFile(m_config, QByteArray(kAtlasHcl)));
        QTRY_COMPARE_WITH_TIMEOUT(panel->envList()->count(), 4, kTimeout);
        QCOMPARE(panel->selectedEnv(), QStringLiteral("program"));

        // A broken file keeps the last good project and says why.
        QVERIFY(writeFile(m_config, QByteArray(kAtlasHcl) + "env \"x\" {\n"));
        QTRY_COMPARE_WITH_TIMEOUT(countContaining(messages(window, MessageModel::Severity::Error),
                                                  QStringLiteral("does not load")),
                                  1, kTimeout);
        QCOMPARE(panel->envList()->count(), 4);
    }

    void deletedProjectFileIsReportedAndComesBack()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        QVERIFY(QFile::remove(m_config));
        QTRY_COMPARE_WITH_TIMEOUT(countContaining(messages(window, MessageModel::Severity::Warning),
                                                  QStringLiteral("was deleted or renamed")),
                                  1, kTimeout);
        QCOMPARE(window.project()->panel()->envList()->count(), 4);
        QVERIFY(writeFile(m_config, "env \"only\" {\n  src = \"file://schema.sql\"\n}\n"));
        QTRY_COMPARE_WITH_TIMEOUT(listTexts(window.project()->panel()->envList()),
                                  QStringList{QStringLiteral("only")}, kTimeout);
        QCOMPARE(countContaining(messages(window, MessageModel::Severity::Info),
                                 QStringLiteral("changed on disk; the project was reloaded")),
                 1);
    }

    void doubleClickOpensModelFile()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->panel()->envList()->setCurrentRow(2);
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.reload();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);

        QTreeView *tree = window.schemaBrowser()->treeView();
        const QModelIndex main = tree->model()->index(0, 0);
        const QModelIndex users = tree->model()->index(1, 0, main);
        QCOMPARE(users.data().toString(), QStringLiteral("users"));
        tree->scrollTo(users);
        const QPoint centre = tree->visualRect(users).center();
        // As from a mouse: the second press comes as a press, then as a double click.
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, centre);
        QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);

        CodeEditor *editor = window.textTabs()->sourceFileEditor(m_model);
        QVERIFY2(editor, qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(window.textTabs()->currentWidget(), editor);
        QCOMPARE(window.textTabs()->tabText(window.textTabs()->currentIndex()),
                 QStringLiteral("user.js"));
        QCOMPARE(editor->text(), QString::fromUtf8(kUserModel));
        QCOMPARE(editor->language(), CodeEditor::Language::JavaScript);
        QVERIFY(editor->isReadOnly());
        QsciScintilla *edit = editor->textEdit();
        QCOMPARE(edit->markersAtLine(1), 0u);
        QVERIFY(edit->markersAtLine(2) != 0);
        QVERIFY(edit->markersAtLine(4) != 0);
        QCOMPARE(edit->markersAtLine(5), 0u);
        int line = -1;
        int index = -1;
        edit->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        saveScreenshot(&window, QStringLiteral("modelfile.png"));

        // A model file that went away is a message, not a crash, and opens nothing.
        const int tabs = window.textTabs()->count();
        window.textTabs()->removeTab(window.textTabs()->indexOf(editor));
        QVERIFY(QFile::remove(m_model));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(window.textTabs()->count(), tabs - 1);
        QVERIFY(countContaining(messages(window, MessageModel::Severity::Error),
                                QStringLiteral("user.js")) == 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_model;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestProjectWindow)
#include "tst_projectwindow.moc"
