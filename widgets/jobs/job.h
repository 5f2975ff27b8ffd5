#pragma once

#include "jobcontext.h"
#include "util/error.h"
#include "util/expected.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace strata {

/// One piece of long work off the GUI thread (a load now; diff, replay, apply and layout later),
/// as the GUI thread sees it: an id, progress, one outcome and the end. The work runs in the global
/// thread pool; everything it reports arrives here queued. Every job emits exactly one of
/// succeeded(), failed() or cancelled(), then finished(). After cancel() nothing but finished()
/// follows, so a result that was on its way is dropped. Deleting a running job cancels it and
/// waits for the work. TypedJob adds the typed result.
class Job : public QObject
{
    Q_OBJECT

public:
    ~Job() override;

    quint64 id() const { return m_id; }
    /// Starts the work in the global thread pool; once per job.
    void start();
    /// Stops the job: cancelled() at once unless it already had its outcome. The work sees the
    /// flag on its TaskControl and stops when it next looks.
    void cancel();
    bool isCancelled() const { return m_control.isCancelled(); }
    /// From start() until the work has returned.
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// A stage of the work began or advanced; total 0 means "unknown amount".
    void progress(quint64 id, const QString &label, int done, int total);
    /// A line of the work's own output (JobContext::output()).
    void output(quint64 id, const QString &line);
    /// The work returned a result: TypedJob::result() holds it.
    void succeeded(quint64 id);
    void failed(quint64 id, const strata::Error &error);
    /// The user's Cancel (or the work's own report of it): not a failure to show as one.
    void cancelled(quint64 id);
    /// Always last: the work has returned, and the job may be deleted now.
    void finished(quint64 id);

protected:
    Job(quint64 id, QObject *parent);
    /// What the work gets: its reports go to this job's signals.
    const JobContext &context() const { return m_context; }

private:
    /// Runs the work in the pool and hands back its future.
    virtual QFuture<void> launch() = 0;
    /// The work has returned and the job was not cancelled: keeps the result, returns the error.
    virtual Status takeOutcome() = 0;
    void onWorkFinished();
    /// Posts `call` to the GUI thread, where it runs unless the job was cancelled meanwhile.
    /// Called on the worker thread; safe because the job outlives its work (see ~Job).
    void postUnlessCancelled(std::function<void()> call);

    quint64 m_id;
    TaskControl m_control;
    JobContext m_context;
    QFutureWatcher<void> m_watcher;
    /// succeeded(), failed() or cancelled() was emitted.
    bool m_hasOutcome = false;
};

} // namespace strata
