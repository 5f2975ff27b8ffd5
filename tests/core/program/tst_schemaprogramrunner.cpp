// The external schema program runner against real programs (sh, sleep, head): what a user
// reads when a program fails, and that Cancel and the timeout stop the whole process tree.

#include "program/schemaprogramrunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace strata;

namespace {

ProgramInvocation shell(const QString &script, const QString &directory)
{
    ProgramInvocation invocation;
    invocation.program = {QStringLiteral("sh"), QStringLiteral("-c"), script};
    invocation.workingDirectory = directory;
    return invocation;
}

/// Alive and not a zombie: in a container whose PID 1 does not reap, a killed orphan stays a
/// zombie, which is dead for our purpose.
bool processExists(qint64 pid)
{
    if (::kill(static_cast<pid_t>(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
}

} // namespace

class TestSchemaProgramRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void returnsStdoutAndStderr();
    void streamsStderrLines();
    void runsInTheWorkingDirectory();
    void reportsFailures_data();
    void reportsFailures();
    void stopsAfterTheTimeout();
    void stopsRunawayOutput();
    void cancelKillsTheProcessTree();

private:
    QTemporaryDir m_dir;
};

void TestSchemaProgramRunner::returnsStdoutAndStderr()
{
    const auto output = runSchemaProgram(
        shell(QStringLiteral("echo 'CREATE TABLE t (a int);'; echo 'careful' >&2"), m_dir.path()),
        TaskControl());
    QVERIFY2(output.hasValue(), output ? "" : qPrintable(output.error().message));
    QCOMPARE(output->sql, QStringLiteral("CREATE TABLE t (a int);\n"));
    QCOMPARE(output->stderrText, QStringLiteral("careful\n"));
}

void TestSchemaProgramRunner::streamsStderrLines()
{
    QStringList lines;
    const auto output = runSchemaProgram(
        shell(QStringLiteral("printf 'one\\ntwo\\r\\n' >&2; echo 'SELECT 1;'; printf 'three' >&2"),
              m_dir.path()),
        TaskControl(), [&lines](const QString &line) { lines.append(line); });
    QVERIFY(output.hasValue());
    QCOMPARE(lines,
             (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
}

void TestSchemaProgramRunner::runsInTheWorkingDirectory()
{
    QFile script(m_dir.filePath(QStringLiteral("print.sh")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"-- $(basename \"$PWD\")\"\necho 'CREATE TABLE x (a int);'\n");
    script.close();
    QVERIFY(script.setPermissions(script.permissions() | QFileDevice::ExeOwner));

    ProgramInvocation invocation;
    invocation.program = {QStringLiteral("./print.sh")};
    invocation.workingDirectory = m_dir.path();
    const auto output = runSchemaProgram(invocation, TaskControl());
    QVERIFY2(output.hasValue(), output ? "" : qPrintable(output.error().message));
    QVERIFY(output->sql.startsWith(QLatin1String("-- ") + QFileInfo(m_dir.path()).fileName()));
}

void TestSchemaProgramRunner::reportsFailures_data()
{
    QTest::addColumn<QStringList>("program");
    QTest::addColumn<QString>("message");

    const QString sh = QStringLiteral("sh");
    const QString c = QStringLiteral("-c");
    QTest::newRow("exit 1 with stderr")
        << QStringList{sh, c,
                       QStringLiteral("echo 'Error: cannot find module ./models' >&2; "
                                      "echo 'at load.js:3' >&2; exit 1")}
        << QStringLiteral("sh -c \"echo 'Error: cannot find module ./models' >&2; echo 'at "
                          "load.js:3' >&2; exit 1\" failed with exit code 1.\nstderr:\n"
                          "Error: cannot find module ./models\nat load.js:3");
    QTest::newRow("exit 0 with empty stdout")
        << QStringList{sh, c, QStringLiteral("echo 'path does not exist' >&2")}
        << QStringLiteral("sh -c \"echo 'path does not exist' >&2\" printed no SQL (it exited "
                          "with code 0 but its output is empty).\nstderr:\npath does not exist");
    QTest::newRow("only whitespace")
        << QStringList{sh, c, QStringLiteral("printf '\\n \\n'")}
        << QStringLiteral("sh -c \"printf '\\n \\n'\" printed no SQL (it exited with code 0 but "
                          "its output is empty).");
    QTest::newRow("invalid UTF-8")
        << QStringList{sh, c, QStringLiteral("printf 'CREATE TABLE \\377\\376 (a int);'")}
        << QStringLiteral("sh -c \"printf 'CREATE TABLE \\377\\376 (a int);'\" printed output that "
                          "is not UTF-8 text; the schema must be SQL in UTF-8.");
    QTest::newRow("missing binary")
        << QStringList{QStringLiteral("strata-no-such-program"), QStringLiteral("load.js")}
        << QStringLiteral("strata-no-such-program: program not found in PATH");
    QTest::newRow("missing relative program") << QStringList{QStringLiteral("./nope.sh")}
                                              << QStringLiteral("%1/nope.sh: program not found");
    QTest::newRow("empty program") << QStringList{}
                                   << QStringLiteral("The external schema program is empty: set "
                                                     "program to a command such as [\"node\", "
                                                     "\"load.js\"].");
    QTest::newRow("killed by a signal")
        << QStringList{sh, c, QStringLiteral("kill -9 $$")}
        << QStringLiteral("sh -c \"kill -9 $$\" crashed (Process crashed).");
}

void TestSchemaProgramRunner::reportsFailures()
{
    QFETCH(QStringList, program);
    QFETCH(QString, message);
    ProgramInvocation invocation;
    invocation.program = program;
    invocation.workingDirectory = m_dir.path();
    const auto output = runSchemaProgram(invocation, TaskControl());
    QVERIFY(!output.hasValue());
    QCOMPARE(output.error().message,
             message.contains(QLatin1String("%1")) ? message.arg(m_dir.path()) : message);
    QVERIFY(!output.error().cancelled);
}

void TestSchemaProgramRunner::stopsAfterTheTimeout()
{
    ProgramInvocation invocation =
        shell(QStringLiteral("echo 'loading models' >&2; sleep 30"), m_dir.path());
    invocation.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    const auto output = runSchemaProgram(invocation, TaskControl());
    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!output.hasValue());
    QCOMPARE(output.error().message,
             QStringLiteral("sh -c \"echo 'loading models' >&2; sleep 30\" did not finish within "
                            "0.5 s and was stopped. Raise the timeout if it needs more time.\n"
                            "stderr:\nloading models"));
}

void TestSchemaProgramRunner::stopsRunawayOutput()
{
    // 300 MiB against the default 256 MiB cap: the runner stops reading and kills the program.
    const ProgramInvocation invocation =
        shell(QStringLiteral("yes 'CREATE TABLE t (a int);' | head -c 314572800"), m_dir.path());
    QCOMPARE(invocation.maxOutputBytes, qint64(256) * 1024 * 1024);
    const auto output = runSchemaProgram(invocation, TaskControl());
    QVERIFY(!output.hasValue());
    QCOMPARE(output.error().message,
             QStringLiteral("sh -c \"yes 'CREATE TABLE t (a int);' | head -c 314572800\" printed "
                            "more than 256 MiB of SQL and was stopped. Check that it prints only "
                            "the schema."));
}

void TestSchemaProgramRunner::cancelKillsTheProcessTree()
{
    const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
    const ProgramInvocation invocation =
        shell(QStringLiteral("sleep 60 & echo $! > child.pid; wait"), m_dir.path());
    TaskControl control;
    QThread *canceller = QThread::create([control, pidFile] {
        for (int i = 0; i < 100 && !QFile::exists(pidFile); ++i)
            QThread::msleep(20);
        QThread::msleep(100);
        control.cancel();
    });
    canceller->start();
    QElapsedTimer clock;
    clock.start();
    const auto output = runSchemaProgram(invocation, control);
    canceller->wait();
    delete canceller;

    QVERIFY(clock.elapsed() < 5000);
    QVERIFY(!output.hasValue());
    QVERIFY(output.error().cancelled);
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 childPid = file.readAll().trimmed().toLongLong();
    QVERIFY(childPid > 0);
    // The grandchild is reparented to init and reaped there; give that a moment.
    for (int i = 0; i < 50 && processExists(childPid); ++i)
        QThread::msleep(20);
    QVERIFY2(!processExists(childPid), "the program's child process survived Cancel");
}

QTEST_GUILESS_MAIN(TestSchemaProgramRunner)
#include "tst_schemaprogramrunner.moc"
