// File > Recent Files reopens a .sql file in the dialect it was read in: a MySQL file must not
// come back as SQLite. Entries from before dialects were stored ask for one.
#include "jobs/loadsource.h"
#include "mainwindow.h"
#include "mainwindowtestsupport.h"
#include "recentfilesmenu.h"
#include "schema/schemabrowser.h"
#include "settings/appsettings.h"
#include "widgettestenv.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace strata;

namespace {

using strata::test::childNames;
using strata::test::tableNames;
using strata::test::writeFile;

constexpr int kTimeout = 15000;

/// Valid MySQL, a syntax error for SQLite (ENGINE=...): read in the wrong dialect, it fails.
const char kMysqlDdl[] = "CREATE TABLE accounts (\n"
                         "  id INT UNSIGNED NOT NULL AUTO_INCREMENT,\n"
                         "  email VARCHAR(190) NOT NULL,\n"
                         "  PRIMARY KEY (id)\n"
                         ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n";

RecentFilesMenu *recentMenu(MainWindow &window)
{
    return window.findChild<RecentFilesMenu *>(QStringLiteral("recentFilesMenu"));
}

/// STRATA_SCREENSHOT_DIR=folder saves what a test shows there, to look at.
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

} // namespace

class TestRecentFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpWidgetTest();
        QVERIFY(m_dir.isValid());
        m_sqlPath = m_dir.filePath(QStringLiteral("accounts.sql"));
        QVERIFY(writeFile(m_sqlPath, kMysqlDdl));
    }

    void init()
    {
        AppSettings settings;
        settings.clearRecentFiles();
        settings.setSqlDialect(QStringLiteral("sqlite"));
    }

    void reopensSqlFileInItsDialect()
    {
        {
            MainWindow window;
            window.show();
            QSignalSpy shown(&window, &MainWindow::schemaShown);
            window.openSqlFile(m_sqlPath, QStringLiteral("mysql"));
            QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
            QCOMPARE(AppSettings().recentFiles().value(0), m_sqlPath);
            QCOMPARE(AppSettings().recentSqlDialect(m_sqlPath), QStringLiteral("mysql"));
        }

        // A new session, as after restarting Strata: the menu names the dialect and uses it.
        MainWindow window;
        window.show();
        RecentFilesMenu *menu = recentMenu(window);
        QVERIFY(menu);
        QAction *entry = menu->actions().value(0);
        QCOMPARE(entry->text(), QStringLiteral("&1 accounts.sql (MySQL 8)"));
        QVERIFY2(entry->statusTip().endsWith(QStringLiteral("read as MySQL 8 DDL")),
                 qPrintable(entry->statusTip()));
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        entry->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, kTimeout);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("accounts")});
        QVERIFY2(window.windowTitle().startsWith(QStringLiteral("accounts.sql (MySQL 8)")),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.findChildren<QInputDialog *>().isEmpty());
        menu->popup(window.mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        saveScreenshot(menu, QStringLiteral("recentfiles-dialect.png"));
        menu->hide();
    }

    void sqliteStaysSqliteAndDatabasesHaveNoDialect()
    {
        const QString sqlite = m_dir.filePath(QStringLiteral("plain.sql"));
        QVERIFY(writeFile(sqlite, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\n"));
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(sqlite);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QCOMPARE(AppSettings().recentSqlDialect(sqlite), QStringLiteral("sqlite"));
        QCOMPARE(recentMenu(window)->actions().value(0)->text(), QStringLiteral("&1 plain.sql"));

        // The same path read again in another dialect remembers the new one.
        window.openSqlFile(m_sqlPath, QStringLiteral("mariadb"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kTimeout);
        QCOMPARE(recentMenu(window)->actions().value(0)->text(),
                 QStringLiteral("&1 accounts.sql (MariaDB)"));
    }

    void oldEntryAsksForTheDialect()
    {
        // What an older Strata stored: the path alone. Open SQL File… last used MySQL.
        AppSettings settings;
        settings.addRecentFile(m_sqlPath);
        settings.setSqlDialect(QStringLiteral("mysql"));
        MainWindow window;
        window.show();
        QCOMPARE(recentMenu(window)->actions().value(0)->text(), QStringLiteral("&1 accounts.sql"));
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        recentMenu(window)->actions().value(0)->trigger();

        auto *question = window.findChild<QInputDialog *>(QStringLiteral("sqlDialectQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY(!window.isLoading());
        const QLabel *label = question->findChild<QLabel *>();
        QVERIFY2(label->text().contains(QStringLiteral("accounts.sql")), qPrintable(label->text()));
        auto *combo = question->findChild<QComboBox *>();
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("MySQL 8"));
        QCOMPARE(combo->count(), 4);
        saveScreenshot(question, QStringLiteral("recentfiles-question.png"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("PostgreSQL")));
        combo->setCurrentIndex(combo->findText(QStringLiteral("MySQL 8")));
        auto *buttons = question->findChild<QDialogButtonBox *>();
        QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text(), QStringLiteral("&Open"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, kTimeout);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(tableNames(window), QStringList{QStringLiteral("accounts")});
        QCOMPARE(AppSettings().recentSqlDialect(m_sqlPath), QStringLiteral("mysql"));
        QCOMPARE(recentMenu(window)->actions().value(0)->text(),
                 QStringLiteral("&1 accounts.sql (MySQL 8)"));
    }

    void cancellingTheQuestionOpensNothing()
    {
        AppSettings().addRecentFile(m_sqlPath);
        MainWindow window;
        window.show();
        recentMenu(window)->actions().value(0)->trigger();
        auto *question = window.findChild<QInputDialog *>(QStringLiteral("sqlDialectQuestion"));
        QVERIFY(question);
        question->reject();
        QTest::qWait(50);
        QVERIFY(!window.isLoading());
        QCOMPARE(AppSettings().recentSqlDialect(m_sqlPath), QString());
    }

    void droppedEntriesForgetTheirDialect()
    {
        AppSettings settings;
        settings.addRecentFile(m_sqlPath, QStringLiteral("postgres"));
        for (int i = 0; i < AppSettings::MaxRecentFiles; ++i)
            settings.addRecentFile(m_dir.filePath(QStringLiteral("other%1.db").arg(i)));
        QVERIFY(!settings.recentFiles().contains(m_sqlPath));
        QCOMPARE(settings.recentSqlDialect(m_sqlPath), QString());

        settings.addRecentFile(m_sqlPath, QStringLiteral("postgres"));
        QCOMPARE(settings.recentSqlDialect(m_sqlPath), QStringLiteral("postgres"));
        settings.clearRecentFiles();
        QCOMPARE(settings.recentSqlDialect(m_sqlPath), QString());
    }

private:
    QTemporaryDir m_dir;
    QString m_sqlPath;
};

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
