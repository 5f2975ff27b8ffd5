// The README's main job, offscreen: open the bundled example project, load its default env
// (node load.js sqlite through the in-memory SQLite dev database), read the tree and the HCL.

#include "editor/codeeditor.h"
#include "mainwindow.h"
#include "pages/schematexttabs.h"
#include "schema/schemabrowser.h"
#include "widgettestenv.h"

#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace strata;

namespace {

using strata::test::childNames;

const QString kExample = QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize");

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExampleProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void opensAndLoadsTheDefaultEnv()
    {
        if (!QFile::exists(kExample + QLatin1String("/node_modules/sequelize/package.json"))) {
            const char *reason =
                "the example's node packages are missing: run packaging/example-deps.sh";
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(reason);
            QSKIP(reason);
        }
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openPath(kExample);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, 60'000);
        QCOMPARE(failed.count(), 0);

        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, {}), QStringList{QStringLiteral("main")});
        QCOMPARE(childNames(tree, tree->index(0, 0)),
                 (QStringList{QStringLiteral("Tasks"), QStringLiteral("Users")}));
        QCOMPARE(window.textTabs()->hclEditor()->text(),
                 readText(QStringLiteral(STRATA_TEST_DATA "/hcl/seed_sqlite.hcl")));
        const QString status = window.statusBar()->currentMessage();
        QVERIFY2(status.startsWith(QStringLiteral("Loaded 2 tables from env \"sqlite\" src")),
                 qPrintable(status));
    }
};

QTEST_MAIN(TestExampleProject)
#include "tst_exampleproject.moc"
