// File > Connect… and Open SQL File… end to end: a real PostgreSQL and MariaDB
// ($STRATA_TEST_POSTGRES_URL, $STRATA_TEST_MYSQL_URL from packaging/testservers/start-all.sh)
// load into the tree through the dialog, and a MySQL .sql file parses as MariaDB without one.
#include "db/registry.h"
#include "dialogs/connectdialog.h"
#include "dialogs/connectionfields.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messages/messagemodel.h"
#include "messages/messagepanel.h"
#include "recentfilesmenu.h"
#include "schema/schemabrowser.h"
#include "settings/appsettings.h"
#include "widgettestenv.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace strata;

namespace {

using strata::test::childNames;

constexpr int kTimeout = 20000;
const QString kSchema = QStringLiteral("connect_gui");

QStringList allMessages(MainWindow &window)
{
    QStringList texts;
    const MessageModel *model = window.messagePanel()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(
            model->index(row, MessageModel::TextColumn).data(MessageModel::TextRole).toString());
    return texts;
}

bool runAll(const DatabaseUrl &url, const QStringList &statements, QString *error)
{
    Expected<std::unique_ptr<Connection>> connection = openConnection(url);
    if (!connection) {
        *error = connection.error().message;
        return false;
    }
    for (const QString &statement : statements) {
        const Status done = connection.value()->execute(statement);
        if (!done) {
            *error = done.error().message;
            return false;
        }
    }
    return true;
}

/// The dialog on screen: an accepted one may linger hidden until deleteLater runs.
ConnectDialog *visibleConnectDialog(MainWindow &window)
{
    const QList<ConnectDialog *> dialogs = window.findChildren<ConnectDialog *>();
    for (ConnectDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

/// Skips without the server, except under CI=true where a missing server is a failure.
#define REQUIRE_SERVER(variable)                                                                   \
    do {                                                                                           \
        if (qEnvironmentVariableIsEmpty(variable)) {                                               \
            const QByteArray reason = variable " is not set: start the test servers with "         \
                                               "eval \"$(packaging/testservers/start-all.sh)\"";   \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL(reason.constData());                                                         \
            QSKIP(reason.constData());                                                             \
        }                                                                                          \
    } while (false)

class TestConnectServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void init() { AppSettings().clearRecentFiles(); }

    void postgresLoadsThroughTheDialog()
    {
        REQUIRE_SERVER("STRATA_TEST_POSTGRES_URL");
        const DatabaseUrl server =
            DatabaseUrl::parse(qEnvironmentVariable("STRATA_TEST_POSTGRES_URL")).value();
        QString error;
        QVERIFY2(runAll(server,
                        {QStringLiteral("DROP SCHEMA IF EXISTS connect_gui CASCADE"),
                         QStringLiteral("CREATE SCHEMA connect_gui"),
                         QStringLiteral("CREATE TABLE connect_gui.customers (id int PRIMARY KEY, "
                                        "name text NOT NULL)"),
                         QStringLiteral("CREATE TABLE connect_gui.orders (id int PRIMARY KEY, "
                                        "customer_id int REFERENCES connect_gui.customers(id))")},
                        &error),
                 qPrintable(error));
        loadThroughDialog(server, QStringLiteral("postgres"));
    }

    void mariadbLoadsThroughTheDialog()
    {
        REQUIRE_SERVER("STRATA_TEST_MYSQL_URL");
        const DatabaseUrl server =
            DatabaseUrl::parse(qEnvironmentVariable("STRATA_TEST_MYSQL_URL")).value();
        QString error;
        QVERIFY2(runAll(server,
                        {QStringLiteral("DROP DATABASE IF EXISTS connect_gui"),
                         QStringLiteral("CREATE DATABASE connect_gui"),
                         QStringLiteral("CREATE TABLE connect_gui.customers (id int PRIMARY KEY, "
                                        "name text NOT NULL)"),
                         QStringLiteral("CREATE TABLE connect_gui.orders (id int PRIMARY KEY, "
                                        "customer_id int, FOREIGN KEY (customer_id) REFERENCES "
                                        "connect_gui.customers(id))")},
                        &error),
                 qPrintable(error));
        loadThroughDialog(server, QStringLiteral("maria"));
    }

    void wrongPasswordReopensTheDialog_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::newRow("postgres") << QByteArray("STRATA_TEST_POSTGRES_URL");
        QTest::newRow("mariadb") << QByteArray("STRATA_TEST_MYSQL_URL");
    }

    /// The server says no: the dialog comes back with what was typed, the wrong password
    /// still in its field to correct, and the server's message.
    void wrongPasswordReopensTheDialog()
    {
        QFETCH(QByteArray, variable);
        if (qEnvironmentVariableIsEmpty(variable.constData())) {
            const QByteArray reason = variable + " is not set: start the test servers with "
                                                 "eval \"$(packaging/testservers/start-all.sh)\"";
            if (qgetenv("CI") == "true")
                QFAIL(reason.constData());
            QSKIP(reason.constData());
        }
        const DatabaseUrl server =
            DatabaseUrl::parse(qEnvironmentVariable(variable.constData())).value();
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.actions()->connectDatabase->trigger();
        ConnectDialog *dialog = visibleConnectDialog(window);
        QVERIFY(dialog);
        dialog->setUrl(server);
        auto *password = dialog->passwordEdit();
        password->selectAll();
        QTest::keyClicks(password, QStringLiteral("not-the-password"));
        const QString typedUrl = dialog->urlEdit()->text();
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);

        ConnectDialog *again = nullptr;
        QTRY_VERIFY((again = visibleConnectDialog(window)) != nullptr);
        QCOMPARE(again->urlEdit()->text(), typedUrl);
        QCOMPARE(again->passwordEdit()->text(), QStringLiteral("not-the-password"));
        const QString status = again->statusLabel()->text();
        QVERIFY2(status.startsWith(QLatin1String("Connection failed: ")), qPrintable(status));
        QVERIFY2(status.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                     status.contains(QLatin1String("denied"), Qt::CaseInsensitive),
                 qPrintable(status));
        QVERIFY(!status.contains(QLatin1String("not-the-password")));
        QVERIFY(AppSettings().recentFiles().isEmpty());
        again->reject();
    }

    void mysqlSqlFileOpensAsMariaDb()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openSqlFile(QStringLiteral(STRATA_TEST_DATA "/mysql/constructs.sql"),
                           QStringLiteral("mariadb"));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, kTimeout);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(tree->rowCount(), 1);
        const QStringList tables = childNames(tree, tree->index(0, 0));
        for (const char *name : {"users", "teams", "memberships", "places", "audit log"})
            QVERIFY2(tables.contains(QString::fromLatin1(name)), qPrintable(tables.join(u',')));
        QVERIFY2(window.windowTitle().contains(QLatin1String("constructs.sql (MariaDB)")),
                 qPrintable(window.windowTitle()));
    }

private:
    void loadThroughDialog(const DatabaseUrl &server, const QString &driver)
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::schemaShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);

        window.actions()->connectDatabase->trigger();
        ConnectDialog *dialog = visibleConnectDialog(window);
        QVERIFY(dialog);
        dialog->setUrl(server);
        auto *driverCombo = dialog->findChild<QComboBox *>(QStringLiteral("driverCombo"));
        driverCombo->setCurrentIndex(driverCombo->findData(driver));
        // The server URL names the test database; the dialog narrows it to connect_gui.
        auto *field = dialog->findChild<QLineEdit *>(driver == QStringLiteral("postgres")
                                                         ? QStringLiteral("schemaEdit")
                                                         : QStringLiteral("databaseEdit"));
        field->selectAll();
        QTest::keyClicks(field, kSchema);
        const QString password = server.password();
        QVERIFY(
            !dialog->urlEdit()->text().contains(QLatin1Char(':') + password + QLatin1Char('@')));
        QCOMPARE(dialog->passwordEdit()->text(), password);

        // Test Connection reports the server's version.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnection")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->statusLabel()->text().startsWith(QLatin1String("Connected to")), kTimeout);

        dialog->accept();
        QVERIFY(window.isLoading());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() + failed.count() > 0, kTimeout);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));

        const QAbstractItemModel *tree = window.schemaBrowser()->treeView()->model();
        QCOMPARE(childNames(tree, {}), QStringList{kSchema});
        QCOMPARE(childNames(tree, tree->index(0, 0)),
                 (QStringList{QStringLiteral("customers"), QStringLiteral("orders")}));

        // The password reached the driver and nothing else: not the title, the messages, the
        // status bar or Recent Files.
        const QString secret = QLatin1Char(':') + password + QLatin1Char('@');
        QVERIFY(!window.windowTitle().contains(secret));
        QVERIFY(!window.statusBar()->currentMessage().contains(secret));
        for (const QString &text : allMessages(window))
            QVERIFY2(!text.contains(secret), qPrintable(text));
        const QString recent = AppSettings().recentFiles().value(0);
        QVERIFY2(
            recent.startsWith(driver + QStringLiteral("://") + server.user() + QLatin1Char('@')),
            qPrintable(recent));
        auto *menu = window.findChild<RecentFilesMenu *>();
        QVERIFY(menu);
        QVERIFY(!menu->actions().value(0)->text().contains(secret));

        // Reopening the remembered URL asks for the password instead of connecting.
        Q_EMIT menu->openRequested(recent);
        ConnectDialog *again = nullptr;
        QTRY_VERIFY((again = visibleConnectDialog(window)) != nullptr);
        QVERIFY(again->passwordEdit()->text().isEmpty());
        QCOMPARE(again->focusWidget(), again->passwordEdit());
        again->reject();
    }
};

QTEST_MAIN(TestConnectServers)
#include "tst_connectservers.moc"
