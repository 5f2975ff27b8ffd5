// File > Connect… without a server: the URL and the fields agree both ways, the password is
// never on screen nor in Recent Files, what Connect cannot open is refused with a reason, and a
// connection that fails brings the dialog back as it was filled in.
#include "dialogs/connectdialog.h"
#include "dialogs/connectionfields.h"
#include "jobs/loadsource.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "recentfilesmenu.h"
#include "settings/appsettings.h"
#include "widgettestenv.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace strata;

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void selectData(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(combo->findData(data));
}

/// The dialog on screen: an accepted one may linger hidden until deleteLater runs.
ConnectDialog *visibleDialog(MainWindow &window)
{
    const QList<ConnectDialog *> dialogs = window.findChildren<ConnectDialog *>();
    for (ConnectDialog *dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::setUpWidgetTest(); }

    void fieldsBuildTheUrl()
    {
        ConnectDialog dialog;
        dialog.show();
        retype(child<QLineEdit>(&dialog, "hostEdit"), QStringLiteral("db.example.com"));
        child<QSpinBox>(&dialog, "portSpin")->setValue(5433);
        retype(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("app"));
        retype(dialog.passwordEdit(), QStringLiteral("p@ss:w/rd"));
        retype(child<QLineEdit>(&dialog, "databaseEdit"), QStringLiteral("shop"));
        retype(child<QLineEdit>(&dialog, "schemaEdit"), QStringLiteral("sales"));
        selectData(child<QComboBox>(&dialog, "sslModeCombo"), QStringLiteral("require"));

        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(
            dialog.urlEdit()->text(),
            QStringLiteral(
                "postgres://app:****@db.example.com:5433/shop?sslmode=require&search_path=sales"));
        const Expected<DatabaseUrl> url = dialog.url();
        QVERIFY2(url.hasValue(), qPrintable(url.hasValue() ? QString() : url.error().message));
        QCOMPARE(url->password(), QStringLiteral("p@ss:w/rd"));
        QCOMPARE(url->toString(false),
                 QStringLiteral("postgres://app:p%40ss%3Aw%2Frd@db.example.com:5433/"
                                "shop?sslmode=require&search_path=sales"));
    }

    void driverChangesSchemeAndDefaultPort()
    {
        ConnectDialog dialog;
        dialog.show();
        auto *driver = child<QComboBox>(&dialog, "driverCombo");
        auto *schema = child<QLineEdit>(&dialog, "schemaEdit");
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 5432);
        selectData(driver, QStringLiteral("maria"));
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), 3306);
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("maria://localhost:3306"));
        QVERIFY(!schema->isEnabled());
        selectData(child<QComboBox>(&dialog, "sslModeCombo"), QStringLiteral("skip-verify"));
        selectData(driver, QStringLiteral("mysql"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("mysql://localhost:3306"));
        // A port the user chose stays when the driver changes.
        child<QSpinBox>(&dialog, "portSpin")->setValue(13306);
        selectData(driver, QStringLiteral("postgres"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("postgres://localhost:13306"));
        QVERIFY(schema->isEnabled());
    }

    void urlFillsFieldsAndMasksPassword_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("postgres")
            << QStringLiteral("postgres://app:s3cret@db.example.com:5433/"
                              "shop?sslmode=require&search_path=sales")
            << QStringLiteral(
                   "postgres://app:****@db.example.com:5433/shop?sslmode=require&search_path=sales")
            << QStringLiteral("postgres") << QStringLiteral("db.example.com") << 5433
            << QStringLiteral("shop") << QStringLiteral("sales") << QStringLiteral("require");
        QTest::newRow("mysql default port")
            << QStringLiteral("mysql://app:s3cret@10.0.0.7/shop?tls=skip-verify")
            << QStringLiteral("mysql://app:****@10.0.0.7/shop?tls=skip-verify")
            << QStringLiteral("mysql") << QStringLiteral("10.0.0.7") << 3306
            << QStringLiteral("shop") << QString() << QStringLiteral("skip-verify");
        QTest::newRow("mariadb realm")
            << QStringLiteral("maria://root:s3cret@localhost:3307")
            << QStringLiteral("maria://root:****@localhost:3307") << QStringLiteral("maria")
            << QStringLiteral("localhost") << 3307 << QString() << QString() << QString();
    }

    void urlFillsFieldsAndMasksPassword()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(QString, driver);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, schema);
        QFETCH(QString, sslMode);
        ConnectDialog dialog;
        dialog.show();
        // Typed key by key, as a user would: the password disappears as soon as '@' ends it.
        retype(dialog.urlEdit(), typed);
        QCOMPARE(dialog.urlEdit()->text(), shown);
        QVERIFY(!dialog.urlEdit()->text().contains(QLatin1String("s3cret")));
        QCOMPARE(child<QComboBox>(&dialog, "driverCombo")->currentData().toString(), driver);
        QCOMPARE(child<QLineEdit>(&dialog, "hostEdit")->text(), host);
        QCOMPARE(child<QSpinBox>(&dialog, "portSpin")->value(), port);
        QCOMPARE(child<QLineEdit>(&dialog, "databaseEdit")->text(), database);
        QCOMPARE(child<QLineEdit>(&dialog, "schemaEdit")->text(), schema);
        QCOMPARE(child<QComboBox>(&dialog, "sslModeCombo")->currentData().toString(), sslMode);
        QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("s3cret"));
        QCOMPARE(dialog.url()->password(), QStringLiteral("s3cret"));

        // Editing the URL elsewhere keeps the password that `****` stands for.
        dialog.urlEdit()->end(false);
        const bool query = dialog.urlEdit()->text().contains(QLatin1Char('?'));
        QTest::keyClicks(dialog.urlEdit(), (query ? QStringLiteral("&") : QStringLiteral("?")) +
                                               QStringLiteral("connect_timeout=5"));
        QCOMPARE(dialog.url()->password(), QStringLiteral("s3cret"));
        QCOMPARE(dialog.url()->queryValue(QStringLiteral("connect_timeout")), QStringLiteral("5"));
    }

    void pastedPasswordIsMaskedAtOnce()
    {
        ConnectDialog dialog;
        dialog.show();
        dialog.urlEdit()->selectAll();
        dialog.urlEdit()->insert(QStringLiteral("postgres://u:hunter2@h/db?password=hunter3"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("postgres://u:****@h/db?password=****"));
        QCOMPARE(dialog.url()->toString(false),
                 QStringLiteral("postgres://u:hunter2@h:5432/db?password=hunter3"));
    }

    void refusesWhatItCannotConnectTo_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown scheme")
            << QStringLiteral("oracle://scott:tiger@h/db")
            << QStringLiteral("Unknown URL scheme \"oracle\" in \"oracle://scott:****@h/db\"");
        QTest::newRow("sqlite") << QStringLiteral("sqlite://file.db")
                                << QStringLiteral("Connect opens MySQL, MariaDB and PostgreSQL");
        QTest::newRow("not a url")
            << QStringLiteral("localhost:5432") << QStringLiteral("is not a URL");
    }

    void refusesWhatItCannotConnectTo()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        ConnectDialog dialog;
        dialog.show();
        retype(dialog.urlEdit(), typed);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.statusLabel()->isVisible());
        QVERIFY2(dialog.statusLabel()->text().contains(message),
                 qPrintable(dialog.statusLabel()->text()));
        QVERIFY(!dialog.statusLabel()->text().contains(QLatin1String("tiger")));
        QVERIFY(!dialog.url().hasValue());
    }

    void recentFilesKeepNoPassword()
    {
        AppSettings settings;
        settings.clearRecentFiles();
        RecentFilesMenu menu(&settings);
        const Expected<DatabaseUrl> url =
            DatabaseUrl::parse(QStringLiteral("postgres://app:s3cret@h:5432/db?sslmode=disable"));
        menu.add(resolveLoadSource(url.value()).recentEntry);
        QCOMPARE(settings.recentFiles().value(0),
                 QStringLiteral("postgres://app@h:5432/db?sslmode=disable"));
        const QAction *first = menu.actions().value(0);
        QVERIFY(first);
        QVERIFY(!first->text().contains(QLatin1String("s3cret")));
        QVERIFY2(first->toolTip().contains(QLatin1String("without its password")),
                 qPrintable(first->toolTip()));
    }

    void recentUrlAsksForPassword()
    {
        MainWindow window;
        window.show();
        QCOMPARE(window.actions()->connectDatabase->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        window.openRecent(QStringLiteral("postgres://app@h:5432/db?sslmode=disable"));
        auto *dialog = window.findChild<ConnectDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!window.isLoading());
        QCOMPARE(dialog->urlEdit()->text(),
                 QStringLiteral("postgres://app@h:5432/db?sslmode=disable"));
        QCOMPARE(dialog->focusWidget(), dialog->passwordEdit());
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("enter it")),
                 qPrintable(dialog->statusLabel()->text()));
        dialog->reject();
    }

    /// A connection that fails (nothing listens on port 1) brings the dialog back as the user
    /// left it, with the reason; the password stays in memory and out of the settings.
    void failedConnectReopensWithWhatWasTyped()
    {
        MainWindow window;
        window.show();
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.actions()->connectDatabase->trigger();
        ConnectDialog *dialog = visibleDialog(window);
        QVERIFY(dialog);
        retype(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
        child<QSpinBox>(dialog, "portSpin")->setValue(1);
        retype(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("app"));
        retype(dialog->passwordEdit(), QStringLiteral("hunter2"));
        retype(child<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("shop"));
        retype(child<QLineEdit>(dialog, "schemaEdit"), QStringLiteral("sales"));
        selectData(child<QComboBox>(dialog, "sslModeCombo"), QStringLiteral("disable"));
        const QString typedUrl = dialog->urlEdit()->text();
        const QPointer<ConnectDialog> first = dialog;
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(!first || !first->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);

        ConnectDialog *again = nullptr;
        QTRY_VERIFY((again = visibleDialog(window)) != nullptr);
        QVERIFY(again != first);
        QCOMPARE(again->urlEdit()->text(), typedUrl);
        QCOMPARE(again->urlEdit()->text(),
                 QStringLiteral("postgres://app:****@127.0.0.1:1/"
                                "shop?sslmode=disable&search_path=sales"));
        QCOMPARE(child<QLineEdit>(again, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(child<QSpinBox>(again, "portSpin")->value(), 1);
        QCOMPARE(child<QLineEdit>(again, "userEdit")->text(), QStringLiteral("app"));
        QCOMPARE(again->passwordEdit()->text(), QStringLiteral("hunter2"));
        QCOMPARE(again->passwordEdit()->echoMode(), QLineEdit::Password);
        QVERIFY(again->statusLabel()->isVisible());
        const QString status = again->statusLabel()->text();
        QVERIFY2(status.startsWith(QStringLiteral("Connection failed: ")), qPrintable(status));
        QVERIFY2(status.contains(failed.first().first().toString()), qPrintable(status));
        QVERIFY(!status.contains(QStringLiteral("hunter2")));
        if (const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR"); !folder.isEmpty())
            QVERIFY(again->grab().save(folder + QStringLiteral("/connect-failed.png")));

        // Editing a field means a new attempt: the old error goes.
        QTest::keyClicks(child<QLineEdit>(again, "hostEdit"), QStringLiteral("x"));
        QVERIFY(!again->statusLabel()->isVisible());
        again->reject();

        // Never written down: not in Recent Files, not anywhere in the settings file.
        QVERIFY(AppSettings().recentFiles().filter(QStringLiteral("127.0.0.1")).isEmpty());
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("hunter2"));
    }

    void cancelledConnectDoesNotReopen()
    {
        MainWindow window;
        window.show();
        ConnectDialog *dialog = window.showConnectDialog(
            QStringLiteral("postgres://app:hunter2@127.0.0.1:1/shop?connect_timeout=5"));
        dialog->accept();
        QVERIFY(window.isLoading());
        window.cancelLoad();
        QTest::qWait(200);
        QVERIFY(!visibleDialog(window));
    }

    /// STRATA_SCREENSHOT_DIR=folder saves the dialog over the window there, to look at;
    /// STRATA_SCREENSHOT_HOLD_MS keeps it on screen that long (for `import -window root`).
    void screenshot()
    {
        const QString folder = qEnvironmentVariable("STRATA_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectDialog *dialog = window.showConnectDialog(QStringLiteral(
            "postgres://app:s3cret@db.example.com:5432/shop?sslmode=require&search_path=sales"));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(qEnvironmentVariableIntValue("STRATA_SCREENSHOT_HOLD_MS"));
        QVERIFY(dialog->grab().save(folder + QStringLiteral("/connectdialog.png")));
        dialog->reject();
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
