#pragma once

#include "load/schemaloader.h"
#include "util/error.h"
#include "util/taskcontrol.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace strata {

/// What a finished load hands the window: the result (or the error) and the texts to show.
struct LoadOutcome
{
    std::optional<LoadResult> result;
    Error error;
    QString hcl;
    QString sql;
    qint64 elapsedMs = 0;
};

/// One schema load off the GUI thread: loads, writes the HCL and SQL views, reports stages and
/// the external schema program's stderr.
/// Carries an id so the window can drop results of a load it no longer waits for; after
/// cancel() the job reports nothing but finished(). Deleting a running job cancels it and waits.
class SchemaLoadJob : public QObject
{
    Q_OBJECT

public:
    SchemaLoadJob(quint64 id, LoadRequest request, QObject *parent = nullptr);
    ~SchemaLoadJob() override;

    quint64 id() const { return m_id; }
    void start();
    void cancel();
    bool isCancelled() const { return m_control.isCancelled(); }
    bool isRunning() const { return m_watcher.isRunning(); }

    /// The work itself, on the calling thread; what start() runs in the thread pool.
    static LoadOutcome run(const LoadRequest &request, const TaskControl &control);

Q_SIGNALS:
    /// A stage of the load began or advanced (total 0 = unknown amount). Queued from the worker.
    void progress(quint64 id, const QString &stage, int done, int total);
    /// One stderr line of the env's external schema program. Queued from the worker.
    void programOutput(quint64 id, const QString &line);
    void succeeded(quint64 id, const strata::LoadOutcome &outcome);
    void failed(quint64 id, const strata::Error &error);
    /// Always last, also after cancel(): the job may be deleted now.
    void finished(quint64 id);

private:
    void onFinished();

    quint64 m_id;
    LoadRequest m_request;
    TaskControl m_control;
    QFutureWatcher<LoadOutcome> m_watcher;
};

} // namespace strata
