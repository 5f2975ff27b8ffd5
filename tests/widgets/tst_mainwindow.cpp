#include "dialogs/aboutdialog.h"
#include "editor/codeeditor.h"
#include "editor/editortheme.h"
#include "editor/qsciincludes.h"
#include "jobs/loadsource.h"
#include "mainwindow.h"
#include "mainwindowtestsupport.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "recentfilesmenu.h"
#include "schema/schemabrowser.h"
#include "schema/schematreemodel.h"
#include "settings/appsettings.h"
#include "status/loadprogresswidget.h"
#include "util/libraryversions.h"
#include "widgettestenv.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace strata;

namespace {

using strata::test::childNames;
using strata::test::messages;

constexpr int kTimeout = 10000;

/// Pixels of `image` inside `rect` within `tolerance` of `colour` (per channel).
int pixelsNear(const QImage &image, const QRect &rect, const QColor &colour, int tolerance)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - colour.red()) <= tolerance &&
                qAbs(pixel.green() - colour.green()) <= tolerance &&
                qAbs(pixel.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

bool createDatabase(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
    }
    QSqlDatabase::removeDatabase(path);
    return ok;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::setUpWidgetTest();
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("seed.db"));
        QVERIFY(createDatabase(
            m_dbPath,
            {QStringLiteral(
                 "CREATE TABLE Users(id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, "
                 "name TEXT DEFAULT 'anon')"),
             QStringLiteral("CREATE TABLE Tasks(id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL "
                            "REFERENCES Users(id) ON DELETE CASCADE, title TEXT NOT NULL, "
                            "CHECK (length(title) > 0))")}));
    }

    void init()
    {
        if (qEnvironmentVariableIsSet("STRATA_SCREENSHOT_DARK"))
            AppSettings().setTheme(ThemeChoice::Dark);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void opensDatabase()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_dbPath);
        QVERIFY(window.isLoading());
        QVERIFY(window.loadProgress()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QVERIFY(!window.isLoading());
        QVERIFY(!window.loadProgress()->isVisible());

        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, {}), QStringList{QStringLiteral("main")});
        QCOMPARE(childNames(tree, tree->index(0, 0)),
                 (QStringList{QStringLiteral("Tasks"), QStringLiteral("Users")}));
        QVERIFY(
            window.textTabs()->hclEditor()->text().contains(QStringLiteral("table \"Users\" {")));
        QVERIFY(window.textTabs()->sqlEditor()->text().contains(QStringLiteral("CREATE TABLE")));
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.contains(QStringLiteral("Loaded 2 tables from seed.db in ")),
                 qPrintable(status));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("seed.db")),
                 qPrintable(window.windowTitle()));
        QCOMPARE(window.schemaBrowser()->countLabel()->text(), QStringLiteral("2 tables"));
        QVERIFY(messages(window, MessageModel::Severity::Info)
                    .last()
                    .startsWith(QStringLiteral("Loaded 2 tables")));
        QCOMPARE(AppSettings().recentFiles().value(0), m_dbPath);
    }

    void selectingTableHighlightsHcl()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QTreeView *tree = window.schemaBrowser()->treeView();
        const QModelIndex main = tree->model()->index(0, 0);
        const QModelIndex users = tree->model()->index(1, 0, main);
        QCOMPARE(users.data().toString(), QStringLiteral("Users"));
        tree->setCurrentIndex(users);
        QsciScintilla *hcl = window.textTabs()->hclEditor()->textEdit();
        const int tableLine =
            int(hcl->text()
                    .left(hcl->text().indexOf(QStringLiteral("table \"Users\" {")))
                    .count(QLatin1Char('\n')));
        QVERIFY(hcl->markersAtLine(tableLine) != 0);
        QCOMPARE(hcl->markersAtLine(tableLine - 2), 0u);
        QCOMPARE(window.textTabs()->currentWidget(), window.textTabs()->hclEditor());
    }

    void missingFileReportsCoreError()
    {
        MainWindow &window = *m_window;
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const Expected<LoadSource> source = resolveLoadSource(missing);
        QVERIFY(source.hasValue());
        const Expected<LoadResult> direct = loadSchema(source->request, TaskControl());
        QVERIFY(!direct.hasValue());
        const QString expected = direct.error().message;
        QVERIFY(!expected.isEmpty());

        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openPath(missing);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().first().toString(), expected);
        QCOMPARE(messages(window, MessageModel::Severity::Error), QStringList{expected});
        QVERIFY(window.statusBar()->currentMessage().contains(expected));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!window.isLoading());
    }

    void findBarFindsUsers()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        CodeEditor *hcl = window.textTabs()->hclEditor();
        QCOMPARE(window.textTabs()->currentEditor(), hcl);
        QVERIFY(!hcl->findBar()->isVisible());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(hcl->findBar()->isVisible());
        QLineEdit *field = hcl->findBar()->lineEdit();
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("Users"));
        QCOMPARE(hcl->textEdit()->selectedText(), QStringLiteral("Users"));
        int firstLine = -1, index = -1;
        hcl->textEdit()->getCursorPosition(&firstLine, &index);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(hcl->textEdit()->selectedText(), QStringLiteral("Users"));
        int secondLine = -1;
        hcl->textEdit()->getCursorPosition(&secondLine, &index);
        QVERIFY2(secondLine != firstLine, qPrintable(QString::number(secondLine)));

        QTest::keyClicks(field, QStringLiteral("zzz"));
        QCOMPARE(hcl->findBar()->result(), FindBar::Result::NotFound);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!hcl->findBar()->isVisible());
    }

    void escapeCancelsLoadAndWindowStaysUsable()
    {
        MainWindow &window = *m_window;
        const QString bigPath = m_dir.filePath(QStringLiteral("big.sql"));
        QFile big(bigPath);
        QVERIFY(big.open(QIODevice::WriteOnly));
        for (int i = 0; i < 400; ++i) {
            big.write(QStringLiteral("CREATE TABLE t%1(id INTEGER PRIMARY KEY, a TEXT, b INT, "
                                     "c REAL, d BLOB);\n")
                          .arg(i)
                          .toUtf8());
        }
        big.close();

        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openPath(bigPath);
        QVERIFY(window.isLoading());
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isLoading());
        QVERIFY(!window.loadProgress()->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

        // A load that already finished in the worker but whose result is still queued: after
        // Escape its result must not reach the window.
        window.openPath(bigPath);
        QThreadPool::globalInstance()->waitForDone();
        QTest::keyClick(&window, Qt::Key_Escape);
        QTest::qWait(100);
        QCOMPARE(shown.count(), 0);
        QCOMPARE(window.schemaBrowser()->model()->tableCount(), 0);

        window.openPath(m_dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(window.schemaBrowser()->model()->tableCount(), 2);
        QVERIFY(window.windowTitle().contains(QStringLiteral("seed.db")));

        // The Cancel button does the same as Escape.
        window.openPath(bigPath);
        QVERIFY(window.isLoading());
        QTest::mouseClick(window.loadProgress()->cancelButton(), Qt::LeftButton);
        QVERIFY(!window.isLoading());
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50);
        QCOMPARE(window.schemaBrowser()->model()->tableCount(), 2);
    }

    void reloadAndDrop()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dbPath)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QTest::keyClick(&window, Qt::Key_F5);
        QVERIFY(window.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kTimeout);
    }

    void filterShortcutFocusesFilter()
    {
        MainWindow &window = *m_window;
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(m_dbPath);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QLineEdit *filter = window.schemaBrowser()->filterEdit();
        QTRY_VERIFY(filter->hasFocus());
        QCOMPARE(filter->placeholderText(), QStringLiteral("Filter tables and columns…"));
        QTest::keyClicks(filter, QStringLiteral("email"));
        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, tree->index(0, 0)), QStringList{QStringLiteral("Users")});
        QCOMPARE(window.schemaBrowser()->countLabel()->text(),
                 QStringLiteral("2 tables, filtered"));
    }

    void darkThemeRecolorsEditors()
    {
        MainWindow &window = *m_window;
        auto *dark = window.findChild<QAction *>(QStringLiteral("themeDark"));
        auto *system = window.findChild<QAction *>(QStringLiteral("themeSystem"));
        QVERIFY(dark && system);
        dark->trigger();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
        QsciLexer *lexer = window.textTabs()->hclEditor()->textEdit()->lexer();
        QTRY_VERIFY(lexer->paper(0).lightness() < 128);
        QCOMPARE(AppSettings().theme(), ThemeChoice::Dark);
        system->trigger();
        QCOMPARE(AppSettings().theme(), ThemeChoice::FollowSystem);
    }

    /// Renders a richer schema the way a user sees it; STRATA_SCREENSHOT=file.png saves it.
    void rendersLoadedSchema()
    {
        MainWindow &window = *m_window;
        const QString path = m_dir.filePath(QStringLiteral("studio.db"));
        QVERIFY(createDatabase(
            path,
            {QStringLiteral(
                 "CREATE TABLE Users(id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT "
                 "NULL UNIQUE, name TEXT NOT NULL DEFAULT 'anon', created_at TEXT NOT "
                 "NULL DEFAULT CURRENT_TIMESTAMP)"),
             QStringLiteral(
                 "CREATE TABLE Projects(id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL "
                 "REFERENCES Users(id) ON DELETE CASCADE, name TEXT NOT NULL, archived "
                 "BOOLEAN NOT NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE Tasks(id INTEGER PRIMARY KEY, project_id INTEGER NOT NULL "
                 "REFERENCES Projects(id) ON DELETE CASCADE, user_id INTEGER REFERENCES "
                 "Users(id), title TEXT NOT NULL, priority INTEGER NOT NULL DEFAULT 2, "
                 "CHECK (priority BETWEEN 1 AND 5))"),
             QStringLiteral("CREATE INDEX tasks_by_project ON Tasks(project_id, priority DESC)"),
             QStringLiteral(
                 "CREATE TABLE Tags(id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE)"),
             QStringLiteral("CREATE TABLE TaskTags(task_id INTEGER NOT NULL REFERENCES Tasks(id), "
                            "tag_id INTEGER NOT NULL REFERENCES Tags(id), PRIMARY KEY (task_id, "
                            "tag_id)) WITHOUT ROWID")}));
        window.resize(1280, 800);
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        window.openPath(path);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeout);
        QTreeView *tree = window.schemaBrowser()->treeView();
        const QModelIndex main = tree->model()->index(0, 0);
        const QModelIndex projects = tree->model()->index(0, 0, main);
        QCOMPARE(projects.data().toString(), QStringLiteral("Projects"));
        tree->setCurrentIndex(projects);
        QTest::qWait(100);

        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * image.devicePixelRatio());
        QWidget *hcl = window.textTabs()->hclEditor()->textEdit()->viewport();
        const QRect editorRect(hcl->mapTo(&window, QPoint(0, 0)), hcl->size());
        const QColor keyword = EditorTheme::forPalette(hcl->palette()).keyword;
        QVERIFY2(pixelsNear(image, editorRect, keyword, 40) > 50, "no highlighted keywords drawn");
        if (const QString out = qEnvironmentVariable("STRATA_SCREENSHOT"); !out.isEmpty())
            QVERIFY(image.save(out));
    }

    void aboutShowsVersions()
    {
        AboutDialog about;
        QStringList texts;
        for (const QLabel *label : about.findChildren<QLabel *>())
            texts.append(label->text());
        const QString all = texts.join(QLatin1Char('\n'));
        const LibraryVersions versions = LibraryVersions::current();
        QVERIFY(all.contains(QStringLiteral(STRATA_VERSION)));
        for (const QString &version :
             {versions.qt, versions.sqlite, versions.libpq, versions.mariadbClient})
            QVERIFY2(all.contains(version), qPrintable(version));
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
