// File > Close Project, and what F5 loads while a project is open: the database or file opened
// last, or else the env selected in the Project dock, as the menu text says.
#include "editor/codeeditor.h"
#include "editor/qsciincludes.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "mainwindowtestsupport.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/programoutputpanel.h"
#include "project/projectcontroller.h"
#include "project/projectpanel.h"
#include "project/projectsession.h"
#include "schema/schemabrowser.h"
#include "widgettestenv.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace strata;

namespace {

using strata::test::childNames;
using strata::test::messages;
using strata::test::readFile;
using strata::test::tableNames;
using strata::test::writeFile;

constexpr int kTimeout = 15000;

const char kAtlasHcl[] = "variable \"tenants\" {\n"
                         "  type    = list(string)\n"
                         "  default = [\"acme\", \"globex\"]\n"
                         "}\n"
                         "data \"external_schema\" \"slow\" {\n"
                         "  program = [\"sh\", \"-c\", \"echo $$ > pid; echo started >&2; "
                         "exec sleep 30\"]\n"
                         "}\n"
                         "env \"local\" {\n"
                         "  src = \"file://schema.sql\"\n"
                         "  dev = \"sqlite://dev?mode=memory\"\n"
                         "}\n"
                         "env \"other\" {\n"
                         "  src = \"file://other.sql\"\n"
                         "  dev = \"sqlite://dev?mode=memory\"\n"
                         "}\n"
                         "env \"slow\" {\n"
                         "  src = data.external_schema.slow.url\n"
                         "  dev = \"sqlite://dev?mode=memory\"\n"
                         "}\n"
                         "env \"tenant\" {\n"
                         "  for_each = toset(var.tenants)\n"
                         "  src = \"file://${each.value}.sql\"\n"
                         "  dev = \"sqlite://dev?mode=memory\"\n"
                         "}\n";

bool execute(const QString &path, const QString &statement)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(statement);
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

QMenu *fileMenu(MainWindow &window)
{
    return window.menuBar()->actions().value(0)->menu();
}

/// STRATA_SCREENSHOT_DIR=folder saves the File menu as it is now there, to look at.
void saveFileMenu(MainWindow &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QMenu *menu = fileMenu(window);
    menu->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
    QVERIFY(QTest::qWaitForWindowExposed(menu));
    QVERIFY(menu->grab().save(folder + QLatin1Char('/') + name));
    menu->hide();
}

} // namespace

class TestProjectActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_config = m_dir->filePath(QStringLiteral("atlas.hcl"));
        m_database = m_dir->filePath(QStringLiteral("app.db"));
        QVERIFY(writeFile(m_config, kAtlasHcl));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("schema.sql")),
                          "CREATE TABLE users (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE tasks (id INTEGER PRIMARY KEY);\n"));
        QVERIFY(writeFile(m_dir->filePath(QStringLiteral("other.sql")),
                          "CREATE TABLE invoices (id INTEGER PRIMARY KEY);\n"));
        for (const char *tenant : {"acme", "globex"}) {
            QVERIFY(writeFile(m_dir->filePath(QString::fromLatin1(tenant) + QStringLiteral(".sql")),
                              QByteArray("CREATE TABLE ") + tenant + "_users (id INTEGER);\n"));
        }
        QVERIFY(execute(m_database, QStringLiteral("CREATE TABLE accounts (id INTEGER)")));
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

    void closeProjectIsInTheFileMenuWithItsOwnShortcut()
    {
        MainWindow &window = *m_window;
        QAction *close = window.actions()->closeProject;
        QVERIFY(fileMenu(window)->actions().contains(close));
        QCOMPARE(close->text(), QStringLiteral("C&lose Project"));
        QCOMPARE(close->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
        QVERIFY(!close->isEnabled());
        // No other action of the window answers to the same keys.
        QList<QKeySequence> shortcuts;
        for (const QAction *action : window.actions()->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            QVERIFY2(!shortcuts.contains(action->shortcut()),
                     qPrintable(action->shortcut().toString()));
            shortcuts.append(action->shortcut());
        }
        QVERIFY(window.openProject(m_config));
        QVERIFY(close->isEnabled());
    }

    void closeProjectReturnsToTheStart()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QCOMPARE(tableNames(window),
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("users")}));

        // From the editor, as a user would: the shortcut is not taken by the text view.
        window.textTabs()->hclEditor()->textEdit()->setFocus();
        QTest::keyClick(window.textTabs()->hclEditor()->textEdit(), Qt::Key_W,
                        Qt::ControlModifier | Qt::ShiftModifier);

        QVERIFY(!window.project()->isOpen());
        QCOMPARE(panel->envList()->count(), 0);
        QVERIFY(!panel->loadButton()->isEnabled());
        QVERIFY2(panel->findChild<QLabel *>(QStringLiteral("projectPathLabel"))
                     ->text()
                     .startsWith(QStringLiteral("No project open.")),
                 "the dock does not show the start text");
        QCOMPARE(tableNames(window), QStringList());
        QCOMPARE(window.textTabs()->hclEditor()->text(), QString());
        QCOMPARE(window.textTabs()->sqlEditor()->text(), QString());
        QCOMPARE(window.windowTitle(), QStringLiteral("Strata"));
        QVERIFY(!window.actions()->closeProject->isEnabled());
        QVERIFY(!window.actions()->editEnvironment->isEnabled());
        QVERIFY(!window.actions()->reload->isEnabled());
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Reload"));
        QVERIFY(messages(window, MessageModel::Severity::Info)
                    .contains(QStringLiteral("Closed project %1.").arg(m_config)));
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Closed %1.").arg(m_config));
        saveFileMenu(window, QStringLiteral("file-menu-closed.png"));

        // atlas.hcl is no longer watched: a change on disk reopens nothing and says nothing.
        QVERIFY(writeFile(m_config, QByteArray(kAtlasHcl) +
                                        "env \"added\" {\n  src = \"file://other.sql\"\n}\n"));
        QTest::qWait(800);
        QVERIFY(!window.project()->isOpen());
        QCOMPARE(panel->envList()->count(), 0);
        QVERIFY(messages(window, MessageModel::Severity::Info)
                    .filter(QStringLiteral("changed on disk"))
                    .isEmpty());

        // It opens again as before.
        QVERIFY(window.openProject(m_config));
        QCOMPARE(panel->envList()->count(), 5);
    }

    void closeProjectCancelsItsRunningLoad()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        window.project()->panel()->envList()->setCurrentRow(2);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.project()->output()->text().contains(QStringLiteral("\nstarted")), kTimeout);
        QVERIFY(window.isLoading());
        window.actions()->closeProject->trigger();
        QVERIFY(!window.isLoading());
        QVERIFY(!window.project()->isOpen());
        QCOMPARE(window.project()->output()->text(), QString());
        const QByteArray pid = readFile(m_dir->filePath(QStringLiteral("pid"))).trimmed();
        QVERIFY(!pid.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            !QFileInfo::exists(QStringLiteral("/proc/") + QString::fromLatin1(pid)), kTimeout);
        QTest::qWait(200);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(shown.count(), 0);
    }

    void closeProjectKeepsADatabaseOpenedOnItsOwn()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_database);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("app.db — ")),
                 qPrintable(window.windowTitle()));
        window.closeProject();
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("accounts")});
        QCOMPARE(window.windowTitle(), QStringLiteral("app.db — Strata"));
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Reload app.db"));
        QVERIFY(window.actions()->reload->isEnabled());
    }

    void f5LoadsWhatWasOpenedLast()
    {
        MainWindow &window = *m_window;
        QAction *reload = window.actions()->reload;
        QVERIFY(!reload->isEnabled());
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        QCOMPARE(reload->text(), QStringLiteral("&Load env local"));
        QVERIFY(reload->isEnabled());
        QVERIFY2(reload->toolTip().endsWith(QStringLiteral("(F5)")), qPrintable(reload->toolTip()));

        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QCOMPARE(tableNames(window),
                 (QStringList{QStringLiteral("tasks"), QStringLiteral("users")}));
        QCOMPARE(reload->text(), QStringLiteral("&Reload env local"));
        panel->envList()->setCurrentRow(1);
        QCOMPARE(reload->text(), QStringLiteral("&Load env other"));

        // A database opened while the project is open: F5 reloads it, not the env.
        window.openPath(m_database);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kTimeout);
        QCOMPARE(reload->text(), QStringLiteral("&Reload app.db"));
        saveFileMenu(window, QStringLiteral("file-menu-reload-db.png"));
        QVERIFY(execute(m_database, QStringLiteral("CREATE TABLE audit (id INTEGER)")));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, kTimeout);
        QCOMPARE(tableNames(window),
                 (QStringList{QStringLiteral("accounts"), QStringLiteral("audit")}));

        // The dock's Load button still loads the selected env, and F5 follows it again.
        QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 4, kTimeout);
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("invoices")});
        QCOMPARE(reload->text(), QStringLiteral("&Reload env other"));
        saveFileMenu(window, QStringLiteral("file-menu-reload-env.png"));

        // A file that fails to load is what F5 retries, once it is fixed.
        const QString broken = m_dir->filePath(QStringLiteral("R&D.sql"));
        QVERIFY(writeFile(broken, "CREATE TABLE oops (\n"));
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openPath(broken);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("invoices")});
        QCOMPARE(reload->text(), QStringLiteral("&Reload R&&D.sql"));
        QVERIFY(writeFile(broken, "CREATE TABLE fixed (id INTEGER);\n"));
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 5, kTimeout);
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("fixed")});

        // Opening the project again makes it what F5 works on (its first env is selected).
        QVERIFY(window.openProject(m_config));
        QCOMPARE(reload->text(), QStringLiteral("&Load env local"));
    }

    void forEachEnvLoadsTheChosenInstance()
    {
        MainWindow &window = *m_window;
        QVERIFY(window.openProject(m_config));
        ProjectPanel *panel = window.project()->panel();
        QComboBox *instances = panel->instanceBox();
        QVERIFY(!instances->isVisible());
        panel->envList()->setCurrentRow(3);
        QCOMPARE(panel->selectedEnv(), QStringLiteral("tenant"));
        QVERIFY(instances->isVisible());
        QCOMPARE(instances->count(), 2);
        QCOMPARE(instances->itemText(0), QStringLiteral("acme"));
        QCOMPARE(instances->itemText(1), QStringLiteral("globex"));
        QCOMPARE(instances->currentText(), QStringLiteral("acme"));
        QCOMPARE(panel->summaryLabel(QStringLiteral("src"))->text(),
                 QStringLiteral("file://acme.sql"));
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Load env tenant (acme)"));

        instances->setCurrentIndex(1);
        QCOMPARE(panel->summaryLabel(QStringLiteral("src"))->text(),
                 QStringLiteral("file://globex.sql"));
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Load env tenant (globex)"));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("(env tenant (globex))")),
                 qPrintable(window.windowTitle()));

        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QTest::keyClick(&window, Qt::Key_F5);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("globex_users")});
        QCOMPARE(window.actions()->reload->text(), QStringLiteral("&Reload env tenant (globex)"));
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("from env \"tenant\" src (globex) in")),
                 qPrintable(status));
        if (const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(window.grab().save(folder + QStringLiteral("/foreach-instance.png")));

        // The Load button loads the instance chosen, too.
        instances->setCurrentIndex(0);
        QTest::mouseClick(panel->loadButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kTimeout);
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("acme_users")});

        // Another env starts at its first (only) instance; the box goes away.
        panel->envList()->setCurrentRow(0);
        QVERIFY(!instances->isVisible());
        QCOMPARE(window.project()->session()->selectedInstance(), 0);
        panel->envList()->setCurrentRow(3);
        QCOMPARE(instances->currentText(), QStringLiteral("acme"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_database;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestProjectActions)
#include "tst_projectactions.moc"
