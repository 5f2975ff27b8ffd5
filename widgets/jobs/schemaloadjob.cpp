#include "schemaloadjob.h"

#include "db/registry.h"
#include "dialect/dialect.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace strata {

SchemaLoadJob::SchemaLoadJob(quint64 id, LoadRequest request, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_request(std::move(request))
    , m_control([this](const QString &stage, int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, stage, done, total] {
                if (!isCancelled())
                    Q_EMIT progress(m_id, stage, done, total);
            },
            Qt::QueuedConnection);
    })
{
    connect(&m_watcher, &QFutureWatcher<LoadOutcome>::finished, this, &SchemaLoadJob::onFinished);
    // Called on the worker thread; the job outlives the worker (its destructor waits), so
    // posting to `this` is safe, and a cancelled job's late lines are dropped like its progress.
    m_request.onProgramOutput = [this](const QString &line) {
        QMetaObject::invokeMethod(
            this,
            [this, line] {
                if (!isCancelled())
                    Q_EMIT programOutput(m_id, line);
            },
            Qt::QueuedConnection);
    };
}

SchemaLoadJob::~SchemaLoadJob()
{
    m_control.cancel();
    m_watcher.waitForFinished();
}

void SchemaLoadJob::start()
{
    m_watcher.setFuture(QtConcurrent::run(&SchemaLoadJob::run, m_request, m_control));
}

void SchemaLoadJob::cancel()
{
    m_control.cancel();
}

LoadOutcome SchemaLoadJob::run(const LoadRequest &request, const TaskControl &control)
{
    QElapsedTimer timer;
    timer.start();
    LoadOutcome outcome;
    Expected<LoadResult> loaded = loadSchema(request, control);
    if (!loaded) {
        outcome.error = loaded.error();
        return outcome;
    }
    if (control.isCancelled()) {
        outcome.error = Error::cancellation();
        return outcome;
    }
    control.report(tr("Writing HCL and SQL"));
    // Every load names the database that spells it, so both views can always be written.
    const Dialect &dialect = loaded->database.dialect();
    outcome.hcl = writeAtlasHcl(loaded->realm, dialect);
    outcome.sql = writeSchemaSql(loaded->realm, dialect);
    outcome.result = std::move(loaded.value());
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

void SchemaLoadJob::onFinished()
{
    if (!isCancelled() && m_watcher.future().resultCount() > 0) {
        const LoadOutcome outcome = m_watcher.result();
        if (outcome.result)
            Q_EMIT succeeded(m_id, outcome);
        else if (!outcome.error.cancelled)
            Q_EMIT failed(m_id, outcome.error);
    }
    Q_EMIT finished(m_id);
}

} // namespace strata
