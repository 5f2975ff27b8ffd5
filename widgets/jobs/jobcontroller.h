#pragma once

#include "typedjob.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <map>

namespace strata {

/// Owns the current job of each purpose, so that no window or page tracks ids, cancels or drops
/// stale results itself. Starting a job supersedes the running one of the same purpose: that one
/// is cancelled and everything it still reports is dropped, silently. Only the current job of a
/// purpose reaches the signals below, all on the GUI thread.
class JobController : public QObject
{
    Q_OBJECT

public:
    /// What a job is for: one current job each. Only Load runs yet.
    enum class Purpose
    {
        Load,
        Diff,
        Replay,
        Apply,
        Layout
    };
    Q_ENUM(Purpose)

    explicit JobController(QObject *parent = nullptr);
    /// Cancels every job without a signal (whoever listens may be half destroyed) and waits for
    /// their work.
    ~JobController() override;

    /// Starts `work` as the current job of `purpose` and returns its id. `onSucceeded` gets the
    /// typed result on the GUI thread, unless `context` is gone by then; it runs after stopped()
    /// and before succeeded().
    template<typename Result>
    quint64 start(Purpose purpose, typename TypedJob<Result>::Work work, QObject *context,
                  std::function<void(quint64 id, const Result &result)> onSucceeded)
    {
        auto *job = new TypedJob<Result>(++m_lastId, std::move(work), this);
        return adopt(purpose, job, [job, guard = QPointer<QObject>(context), onSucceeded] {
            if (guard)
                onSucceeded(job->id(), job->result());
        });
    }

    bool isRunning(Purpose purpose) const;
    /// The id of `purpose`'s running job; 0 when none runs.
    quint64 currentId(Purpose purpose) const;
    /// Cancels `purpose`'s running job: stopped() and cancelled() follow before this returns.
    /// False when none was running.
    bool cancel(Purpose purpose);

Q_SIGNALS:
    void started(strata::JobController::Purpose purpose, quint64 id);
    void progress(strata::JobController::Purpose purpose, quint64 id, const QString &label,
                  int done, int total);
    void output(strata::JobController::Purpose purpose, quint64 id, const QString &line);
    /// `purpose` has no running job now. Comes before the outcome (succeeded, failed, cancelled),
    /// so that a receiver of the outcome may start the next job; not sent for a superseded job.
    void stopped(strata::JobController::Purpose purpose, quint64 id);
    void succeeded(strata::JobController::Purpose purpose, quint64 id);
    /// `error.message` is the sentence to show.
    void failed(strata::JobController::Purpose purpose, quint64 id, const strata::Error &error);
    /// The user's Cancel: nothing to report as a failure.
    void cancelled(strata::JobController::Purpose purpose, quint64 id);

private:
    /// Makes `job` current for `purpose`, superseding the running one, and starts it;
    /// `deliver` hands its typed result on.
    quint64 adopt(Purpose purpose, Job *job, std::function<void()> deliver);
    /// The current job of `purpose` has ended: forget it and emit stopped(). False, and no
    /// signal, for a job that is not current (superseded: its outcome is stale).
    bool release(Purpose purpose, quint64 id);
    Job *current(Purpose purpose) const;

    quint64 m_lastId = 0;
    std::map<Purpose, QPointer<Job>> m_current;
};

} // namespace strata
