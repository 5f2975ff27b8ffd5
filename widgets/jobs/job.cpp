#include "job.h"

namespace strata {

Job::Job(quint64 id, QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_control([this](const QString &label, int done, int total) {
        postUnlessCancelled(
            [this, label, done, total] { Q_EMIT progress(m_id, label, done, total); });
    })
    , m_context(m_control, [this](const QString &line) {
        postUnlessCancelled([this, line] { Q_EMIT output(m_id, line); });
    })
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &Job::onWorkFinished);
}

Job::~Job()
{
    m_control.cancel();
    m_watcher.waitForFinished();
}

void Job::start()
{
    m_watcher.setFuture(launch());
}

void Job::cancel()
{
    if (m_hasOutcome)
        return;
    m_control.cancel();
    m_hasOutcome = true;
    Q_EMIT cancelled(m_id);
}

void Job::onWorkFinished()
{
    if (!m_hasOutcome) {
        m_hasOutcome = true;
        const Status status = takeOutcome();
        if (status)
            Q_EMIT succeeded(m_id);
        else if (status.error().cancelled)
            Q_EMIT cancelled(m_id);
        else
            Q_EMIT failed(m_id, status.error());
    }
    Q_EMIT finished(m_id);
}

void Job::postUnlessCancelled(std::function<void()> call)
{
    QMetaObject::invokeMethod(
        this,
        [this, call = std::move(call)] {
            if (!isCancelled())
                call();
        },
        Qt::QueuedConnection);
}

} // namespace strata
