#include "jobs/jobcontroller.h"
#include "jobs/loadsource.h"
#include "jobs/schemaload.h"
#include "jobs/schemaloadrunner.h"
#include "jobs/typedjob.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace strata;

namespace {

using Purpose = JobController::Purpose;

constexpr int kTimeout = 10000;

/// Held by a test until it lets the work go on: the work is then surely still running.
using Gate = std::shared_ptr<QSemaphore>;

Gate newGate()
{
    return std::make_shared<QSemaphore>();
}

/// Waits at `gate`, at most kTimeout, so that a failing test cannot hang the thread pool.
bool passGate(const Gate &gate)
{
    return gate->tryAcquire(1, kTimeout);
}

/// Every queued report and result of the pool's work has reached the GUI thread.
void drainWork()
{
    QThreadPool::globalInstance()->waitForDone();
    QTest::qWait(50);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

class TestJobController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jobEmitsOneOutcomeThenFinished()
    {
        TypedJob<QString> job(
            7, [](const JobContext &) -> Expected<QString> { return QStringLiteral("done"); });
        QStringList order;
        connect(&job, &Job::succeeded, this, [&order] { order.append(QStringLiteral("ok")); });
        connect(&job, &Job::failed, this, [&order] { order.append(QStringLiteral("failed")); });
        connect(&job, &Job::cancelled, this, [&order] { order.append(QStringLiteral("cancel")); });
        connect(&job, &Job::finished, this, [&order] { order.append(QStringLiteral("end")); });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeout);
        QCOMPARE(finished.first().first().toULongLong(), 7u);
        QCOMPARE(order, (QStringList{QStringLiteral("ok"), QStringLiteral("end")}));
        QCOMPARE(job.result(), QStringLiteral("done"));
        // Its outcome is in: a late Cancel changes nothing.
        job.cancel();
        QCOMPARE(order.size(), 2);
    }

    void cancelledJobDropsItsQueuedResult()
    {
        TypedJob<int> job(8, [](const JobContext &) -> Expected<int> { return 3; });
        QStringList order;
        connect(&job, &Job::succeeded, this, [&order] { order.append(QStringLiteral("ok")); });
        connect(&job, &Job::cancelled, this, [&order] { order.append(QStringLiteral("cancel")); });
        connect(&job, &Job::finished, this, [&order] { order.append(QStringLiteral("end")); });
        job.start();
        // The work has returned; its result waits in this thread's queue when Cancel comes.
        QThreadPool::globalInstance()->waitForDone();
        job.cancel();
        QCOMPARE(order, QStringList{QStringLiteral("cancel")});
        QTRY_COMPARE_WITH_TIMEOUT(
            order, (QStringList{QStringLiteral("cancel"), QStringLiteral("end")}), kTimeout);
    }

    void progressArrivesWhileWorkRunsOnAnotherThread()
    {
        JobController jobs;
        QSignalSpy progress(&jobs, &JobController::progress);
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        QList<int> results;
        auto workThread = std::make_shared<std::atomic<QThread *>>(nullptr);
        const Gate gate = newGate();
        const quint64 id = jobs.start<int>(
            Purpose::Load,
            [gate, workThread](const JobContext &context) -> Expected<int> {
                workThread->store(QThread::currentThread());
                for (int step = 1; step <= 3; ++step)
                    context.control().report(QStringLiteral("Counting"), step, 3);
                if (!passGate(gate))
                    return Error{QStringLiteral("The test never opened the gate.")};
                return 42;
            },
            this, [&results](quint64, const int &value) { results.append(value); });
        QVERIFY(id != 0);
        QVERIFY(jobs.isRunning(Purpose::Load));
        QCOMPARE(jobs.currentId(Purpose::Load), id);

        // The work waits at the gate, and its stages still reach this thread as they happen.
        QTRY_COMPARE_WITH_TIMEOUT(progress.count(), 3, kTimeout);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).value<Purpose>(), Purpose::Load);
        QCOMPARE(last.at(1).toULongLong(), id);
        QCOMPARE(last.at(2).toString(), QStringLiteral("Counting"));
        QCOMPARE(last.at(3).toInt(), 3);
        QCOMPARE(last.at(4).toInt(), 3);
        QCOMPARE(progress.first().at(3).toInt(), 1);
        QVERIFY(workThread->load() != nullptr);
        QVERIFY(workThread->load() != QThread::currentThread());
        QCOMPARE(succeeded.count(), 0);

        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeout);
        QCOMPARE(results, QList<int>{42});
        QCOMPARE(succeeded.first().at(1).toULongLong(), id);
        QVERIFY(!jobs.isRunning(Purpose::Load));
        QCOMPARE(jobs.currentId(Purpose::Load), 0u);
    }

    void guiThreadIsNeverBlocked()
    {
        JobController jobs;
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        auto entered = std::make_shared<std::atomic_bool>(false);
        const Gate gate = newGate();
        jobs.start<int>(
            Purpose::Load,
            [gate, entered](const JobContext &) -> Expected<int> {
                entered->store(true);
                return passGate(gate) ? 1 : 0;
            },
            this, [](quint64, const int &) {});
        // start() returned although the work cannot end before the gate opens, and while it
        // waits, this thread's timers run and its events are handled.
        QTRY_VERIFY_WITH_TIMEOUT(entered->load(), kTimeout);
        bool timerRan = false;
        QTimer::singleShot(0, this, [&timerRan] { timerRan = true; });
        QTRY_VERIFY_WITH_TIMEOUT(timerRan, kTimeout);
        QVERIFY(jobs.isRunning(Purpose::Load));
        QCOMPARE(succeeded.count(), 0);
        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeout);
    }

    void cancelStopsTheWorkAndIsNoError()
    {
        JobController jobs;
        QSignalSpy stopped(&jobs, &JobController::stopped);
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        QSignalSpy failed(&jobs, &JobController::failed);
        QSignalSpy cancelled(&jobs, &JobController::cancelled);
        auto entered = std::make_shared<std::atomic_bool>(false);
        auto sawCancel = std::make_shared<std::atomic_bool>(false);
        bool delivered = false;
        const quint64 id = jobs.start<int>(
            Purpose::Load,
            [entered, sawCancel](const JobContext &context) -> Expected<int> {
                entered->store(true);
                const QDeadlineTimer deadline(kTimeout);
                while (!context.isCancelled() && !deadline.hasExpired())
                    QThread::msleep(5);
                if (!context.isCancelled())
                    return 0;
                sawCancel->store(true);
                return Error::cancellation();
            },
            this, [&delivered](quint64, const int &) { delivered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(entered->load(), kTimeout);

        QVERIFY(jobs.cancel(Purpose::Load));
        // Reported at once, before the work has even noticed.
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().at(1).toULongLong(), id);
        QCOMPARE(stopped.count(), 1);
        QVERIFY(!jobs.isRunning(Purpose::Load));
        QVERIFY(!jobs.cancel(Purpose::Load));

        // The work itself stops, and nothing more comes of it: no error, no result.
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel->load(), kTimeout);
        drainWork();
        QCOMPARE(failed.count(), 0);
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!delivered);
        QTRY_VERIFY_WITH_TIMEOUT(jobs.findChildren<Job *>().isEmpty(), kTimeout);
    }

    void resultQueuedBeforeCancelIsDropped()
    {
        JobController jobs;
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        QSignalSpy cancelled(&jobs, &JobController::cancelled);
        QSignalSpy progress(&jobs, &JobController::progress);
        bool delivered = false;
        jobs.start<int>(
            Purpose::Load,
            [](const JobContext &context) -> Expected<int> {
                context.control().report(QStringLiteral("Almost"), 1, 1);
                return 5;
            },
            this, [&delivered](quint64, const int &) { delivered = true; });
        // The work has returned; its progress and result wait in this thread's queue.
        QThreadPool::globalInstance()->waitForDone();
        QVERIFY(jobs.cancel(Purpose::Load));
        QTest::qWait(50);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(progress.count(), 0);
        QVERIFY(!delivered);
    }

    void staleResultOfSupersededJobIsDropped()
    {
        JobController jobs;
        QSignalSpy started(&jobs, &JobController::started);
        QSignalSpy stopped(&jobs, &JobController::stopped);
        QSignalSpy progress(&jobs, &JobController::progress);
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        QSignalSpy cancelled(&jobs, &JobController::cancelled);
        QList<QPair<quint64, int>> results;
        const auto keep = [&results](quint64 id, const int &value) {
            results.append({id, value});
        };
        const Gate gate = newGate();
        // The older job ignores Cancel and finishes last, after the newer one.
        const quint64 older = jobs.start<int>(
            Purpose::Load,
            [gate](const JobContext &context) -> Expected<int> {
                passGate(gate);
                context.control().report(QStringLiteral("Stale"), 1, 1);
                return 1;
            },
            this, keep);
        const quint64 newer = jobs.start<int>(
            Purpose::Load, [](const JobContext &) -> Expected<int> { return 2; }, this, keep);
        QVERIFY(newer != older);
        QCOMPARE(jobs.currentId(Purpose::Load), newer);
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeout);

        gate->release();
        drainWork();
        QCOMPARE(results, (QList<QPair<quint64, int>>{{newer, 2}}));
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(succeeded.first().at(1).toULongLong(), newer);
        QCOMPARE(progress.count(), 0);
        QCOMPARE(started.count(), 2);
        // Superseding is no Cancel of the user's: the older job just goes quiet.
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(stopped.count(), 1);
        QCOMPARE(stopped.first().at(1).toULongLong(), newer);
    }

    void purposesDoNotSupersedeEachOther()
    {
        JobController jobs;
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        const Gate gate = newGate();
        QStringList results;
        const auto keep = [&results](quint64, const QString &value) {
            results.append(value);
        };
        jobs.start<QString>(
            Purpose::Load,
            [gate](const JobContext &) -> Expected<QString> {
                passGate(gate);
                return QStringLiteral("load");
            },
            this, keep);
        jobs.start<QString>(
            Purpose::Diff,
            [](const JobContext &) -> Expected<QString> { return QStringLiteral("diff"); }, this,
            keep);
        QVERIFY(jobs.isRunning(Purpose::Load));
        QTRY_COMPARE_WITH_TIMEOUT(results, QStringList{QStringLiteral("diff")}, kTimeout);
        gate->release();
        QTRY_COMPARE_WITH_TIMEOUT(
            results, (QStringList{QStringLiteral("diff"), QStringLiteral("load")}), kTimeout);
        QCOMPARE(succeeded.at(0).at(0).value<Purpose>(), Purpose::Diff);
        QCOMPARE(succeeded.at(1).at(0).value<Purpose>(), Purpose::Load);
    }

    void errorPathDeliversTheErrorText()
    {
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        const Expected<LoadSource> source = resolveLoadSource(missing);
        QVERIFY(source.hasValue());
        const Expected<LoadResult> direct = loadSchema(source->request, TaskControl());
        QVERIFY(!direct.hasValue());
        const QString expected = direct.error().message;
        QVERIFY(!expected.isEmpty());

        JobController jobs;
        QStringList order;
        connect(&jobs, &JobController::stopped, this,
                [&order] { order.append(QStringLiteral("stopped")); });
        connect(&jobs, &JobController::failed, this,
                [&order] { order.append(QStringLiteral("failed")); });
        QSignalSpy failed(&jobs, &JobController::failed);
        QSignalSpy succeeded(&jobs, &JobController::succeeded);
        QSignalSpy cancelled(&jobs, &JobController::cancelled);
        const LoadRequest request = source->request;
        const quint64 id = jobs.start<LoadOutcome>(
            Purpose::Load,
            [request](const JobContext &context) { return loadSchemaForViews(request, context); },
            this, [](quint64, const LoadOutcome &) {});
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().at(1).toULongLong(), id);
        const Error error = failed.first().at(2).value<Error>();
        QCOMPARE(error.message, expected);
        QVERIFY(!error.cancelled);
        // The purpose is free before the error is shown, so that its receiver may retry.
        QCOMPARE(order, (QStringList{QStringLiteral("stopped"), QStringLiteral("failed")}));
        drainWork();
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(cancelled.count(), 0);
    }

    void runnerHandsOutcomesWithTheirSource()
    {
        const QString path = m_dir.filePath(QStringLiteral("shop.sql"));
        QVERIFY(writeFile(path, "CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT);\n"
                                "CREATE TABLE orders(id INTEGER PRIMARY KEY, user_id INTEGER "
                                "REFERENCES users(id));\n"));
        const Expected<LoadSource> source = resolveLoadSource(path, QStringLiteral("sqlite"));
        QVERIFY(source.hasValue());

        JobController jobs;
        SchemaLoadRunner loads(&jobs);
        QSignalSpy succeeded(&loads, &SchemaLoadRunner::succeeded);
        QSignalSpy failed(&loads, &SchemaLoadRunner::failed);
        QSignalSpy cancelled(&loads, &SchemaLoadRunner::cancelled);
        QVERIFY(!loads.loadingSource());
        loads.start(*source);
        QVERIFY(loads.isRunning());
        QVERIFY(loads.loadingSource());
        QCOMPARE(loads.loadingSource()->displayName, QStringLiteral("shop.sql"));
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count(), 1, kTimeout);
        QVERIFY(!loads.loadingSource());
        QCOMPARE(succeeded.first().at(0).value<LoadSource>().displayName,
                 QStringLiteral("shop.sql"));
        const LoadOutcome outcome = succeeded.first().at(1).value<LoadOutcome>();
        QCOMPARE(outcome.result.realm.tableCount(), 2);
        QVERIFY2(outcome.hcl.contains(QStringLiteral("table \"users\" {")),
                 qPrintable(outcome.hcl));
        QVERIFY(outcome.sql.contains(QStringLiteral("CREATE TABLE")));

        // A load Connect… started fails with its origin, so that the dialog can come back.
        const Expected<LoadSource> missing =
            resolveLoadSource(m_dir.filePath(QStringLiteral("gone.db")));
        QVERIFY(missing.hasValue());
        loads.start(*missing, SchemaLoadRunner::Origin::ConnectDialog);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeout);
        QCOMPARE(failed.first().at(0).value<LoadSource>().displayName, QStringLiteral("gone.db"));
        QCOMPARE(failed.first().at(2).value<SchemaLoadRunner::Origin>(),
                 SchemaLoadRunner::Origin::ConnectDialog);

        loads.start(*source);
        loads.cancel();
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.first().at(0).value<LoadSource>().displayName,
                 QStringLiteral("shop.sql"));
        QVERIFY(!loads.isRunning());
        drainWork();
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(failed.count(), 1);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestJobController)
#include "tst_jobcontroller.moc"
