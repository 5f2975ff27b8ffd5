#include "project/envedits.h"
#include "project/maskedexpression.h"
#include "project/projectpath.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

class TestEnvEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksPasswords_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("shown");
        QTest::newRow("literal") << QStringLiteral("\"mysql://root:pass@localhost:3306/app\"")
                                 << QStringLiteral("\"mysql://root:****@localhost:3306/app\"");
        QTest::newRow("getenv") << QStringLiteral("getenv(\"DB_URL\")")
                                << QStringLiteral("getenv(\"DB_URL\")");
        QTest::newRow("no password") << QStringLiteral("\"postgres://u@h/db?sslmode=disable\"")
                                     << QStringLiteral("\"postgres://u@h/db?sslmode=disable\"");
        QTest::newRow("template") << QStringLiteral("\"postgres://app:pw@${var.host}:5432/db\"")
                                  << QStringLiteral("\"postgres://app:****@${var.host}:5432/db\"");
        QTest::newRow("sqlite") << QStringLiteral("\"sqlite://dev?mode=memory\"")
                                << QStringLiteral("\"sqlite://dev?mode=memory\"");
    }

    void masksPasswords()
    {
        QFETCH(QString, written);
        QFETCH(QString, shown);
        QCOMPARE(maskedExpression(written), shown);
        QCOMPARE(unmaskedExpression(shown, written), written);
    }

    void unmasksKeptMasks_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("edited");
        QTest::addColumn<QString>("result");
        const QString written = QStringLiteral("\"mysql://root:p@ss@db:3306/app\"");
        QTest::newRow("host changed")
            << written << QStringLiteral("\"mysql://root:****@db2:3306/app\"")
            << QStringLiteral("\"mysql://root:p@ss@db2:3306/app\"");
        QTest::newRow("new password")
            << written << QStringLiteral("\"mysql://root:new@db:3306/app\"")
            << QStringLiteral("\"mysql://root:new@db:3306/app\"");
        QTest::newRow("replaced by getenv")
            << written << QStringLiteral("getenv(\"URL\")") << QStringLiteral("getenv(\"URL\")");
        QTest::newRow("two urls")
            << QStringLiteral("[\"mysql://a:one@h/x\", \"mysql://b:two@h/y\"]")
            << QStringLiteral("[\"mysql://a:****@h/x\", \"mysql://b:****@k/y\"]")
            << QStringLiteral("[\"mysql://a:one@h/x\", \"mysql://b:two@k/y\"]");
    }

    void unmasksKeptMasks()
    {
        QFETCH(QString, written);
        QFETCH(QString, edited);
        QFETCH(QString, result);
        QCOMPARE(unmaskedExpression(edited, written), result);
    }

    void quotesBareUrls_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expression");
        QTest::newRow("bare") << QStringLiteral(" sqlite://file.db ")
                              << QStringLiteral("\"sqlite://file.db\"");
        QTest::newRow("query") << QStringLiteral("sqlite://dev?mode=memory")
                               << QStringLiteral("\"sqlite://dev?mode=memory\"");
        QTest::newRow("quoted") << QStringLiteral("\"file://schema.sql\"")
                                << QStringLiteral("\"file://schema.sql\"");
        QTest::newRow("function") << QStringLiteral("getenv(\"X\")")
                                  << QStringLiteral("getenv(\"X\")");
        QTest::newRow("traversal") << QStringLiteral("data.external_schema.app.url")
                                   << QStringLiteral("data.external_schema.app.url");
        QTest::newRow("list") << QStringLiteral("[\"public\"]") << QStringLiteral("[\"public\"]");
    }

    void quotesBareUrls()
    {
        QFETCH(QString, input);
        QFETCH(QString, expression);
        QCOMPARE(expressionFromInput(input), expression);
    }

    void appliesEditsOneByOne()
    {
        const QString text = QStringLiteral("env \"a\" {\n  url = \"sqlite://a.db\" # keep\n"
                                            "  dev = \"sqlite://dev?mode=memory\"\n}\n");
        int failed = -1;
        const Expected<QString> edited =
            applyEnvEdits(text, QStringLiteral("a"),
                          {{QStringLiteral("url"), QStringLiteral("\"sqlite://b.db\"")},
                           {QStringLiteral("schemas"), QStringLiteral("[\"main\"]")}},
                          &failed);
        QVERIFY2(edited.hasValue(), edited.hasValue() ? "" : qPrintable(edited.error().message));
        QCOMPARE(*edited, QStringLiteral("env \"a\" {\n  url = \"sqlite://b.db\" # keep\n"
                                         "  dev = \"sqlite://dev?mode=memory\"\n"
                                         "  schemas = [\"main\"]\n}\n"));
        const Expected<QString> bad =
            applyEnvEdits(text, QStringLiteral("a"),
                          {{QStringLiteral("dev"), QStringLiteral("\"x\"")},
                           {QStringLiteral("url"), QStringLiteral("\"unterminated")}},
                          &failed);
        QVERIFY(!bad.hasValue());
        QCOMPARE(failed, 1);
    }

    void detectsProjects()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("empty")));
        QFile config(dir.filePath(QStringLiteral("atlas.hcl")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        QCOMPARE(projectConfigPath(dir.path()), dir.filePath(QStringLiteral("atlas.hcl")));
        QCOMPARE(projectConfigPath(dir.filePath(QStringLiteral("atlas.hcl"))),
                 dir.filePath(QStringLiteral("atlas.hcl")));
        QCOMPARE(projectConfigPath(dir.filePath(QStringLiteral("empty"))), QString());
        QCOMPARE(projectConfigPath(dir.filePath(QStringLiteral("schema.sql"))), QString());
        QCOMPARE(projectConfigPath(QStringLiteral("sqlite://x.hcl")), QString());
    }
};

QTEST_MAIN(TestEnvEdits)
#include "tst_envedits.moc"
