#include "jobcontroller.h"

namespace strata {

JobController::JobController(QObject *parent)
    : QObject(parent)
{}

JobController::~JobController()
{
    // The jobs are children: deleting them, after this body, waits for their work.
    for (Job *job : findChildren<Job *>(Qt::FindDirectChildrenOnly)) {
        job->disconnect(this);
        job->cancel();
    }
}

bool JobController::isRunning(Purpose purpose) const
{
    return current(purpose) != nullptr;
}

quint64 JobController::currentId(Purpose purpose) const
{
    const Job *job = current(purpose);
    return job ? job->id() : 0;
}

bool JobController::cancel(Purpose purpose)
{
    Job *job = current(purpose);
    if (!job)
        return false;
    job->cancel();
    return true;
}

quint64 JobController::adopt(Purpose purpose, Job *job, std::function<void()> deliver)
{
    const quint64 id = job->id();
    const QPointer<Job> previous = current(purpose);
    m_current[purpose] = job;
    // Not current any more, so its cancelled() is dropped like the rest of it.
    if (previous)
        previous->cancel();

    connect(job, &Job::progress, this,
            [this, purpose](quint64 jobId, const QString &label, int done, int total) {
                if (currentId(purpose) == jobId)
                    Q_EMIT progress(purpose, jobId, label, done, total);
            });
    connect(job, &Job::output, this, [this, purpose](quint64 jobId, const QString &line) {
        if (currentId(purpose) == jobId)
            Q_EMIT output(purpose, jobId, line);
    });
    connect(job, &Job::succeeded, this, [this, purpose, deliver](quint64 jobId) {
        if (!release(purpose, jobId))
            return;
        deliver();
        Q_EMIT succeeded(purpose, jobId);
    });
    connect(job, &Job::failed, this, [this, purpose](quint64 jobId, const Error &error) {
        if (release(purpose, jobId))
            Q_EMIT failed(purpose, jobId, error);
    });
    connect(job, &Job::cancelled, this, [this, purpose](quint64 jobId) {
        if (release(purpose, jobId))
            Q_EMIT cancelled(purpose, jobId);
    });
    connect(job, &Job::finished, job, &QObject::deleteLater);

    Q_EMIT started(purpose, id);
    job->start();
    return id;
}

bool JobController::release(Purpose purpose, quint64 id)
{
    if (id == 0 || currentId(purpose) != id)
        return false;
    m_current.erase(purpose);
    Q_EMIT stopped(purpose, id);
    return true;
}

Job *JobController::current(Purpose purpose) const
{
    const auto found = m_current.find(purpose);
    return found == m_current.end() ? nullptr : found->second.data();
}

} // namespace strata
