#pragma once

#include "jobcontroller.h"
#include "loadsource.h"
#include "schemaload.h"

#include <QObject>

#include <optional>

namespace strata {

/// Runs the window's schema loads as the JobController's Load job, one at a time, and remembers
/// what the running one reads, so that its outcome arrives with the LoadSource it belongs to.
class SchemaLoadRunner : public QObject
{
    Q_OBJECT

public:
    /// Who asked for a load: a failed load File > Connect… started brings the dialog back.
    enum class Origin
    {
        Open,
        ConnectDialog
    };
    Q_ENUM(Origin)

    explicit SchemaLoadRunner(JobController *jobs, QObject *parent = nullptr);

    /// Loads `source` off the GUI thread. A load still running is superseded: it stops, and
    /// nothing more is heard of it.
    void start(const LoadSource &source, Origin origin = Origin::Open);
    /// Stops the running load; cancelled() follows before this returns.
    void cancel();
    bool isRunning() const;
    /// What the running load reads; nullptr while none runs.
    const LoadSource *loadingSource() const;

Q_SIGNALS:
    /// A line of the env's external schema program's stderr.
    void programOutput(const QString &line);
    void succeeded(const strata::LoadSource &source, const strata::LoadOutcome &outcome);
    void failed(const strata::LoadSource &source, const strata::Error &error,
                strata::SchemaLoadRunner::Origin origin);
    void cancelled(const strata::LoadSource &source);

private:
    /// The running load's source, if `id` is the running load; it runs no more.
    std::optional<LoadSource> take(JobController::Purpose purpose, quint64 id);

    JobController *m_jobs;
    quint64 m_id = 0;
    std::optional<LoadSource> m_loading;
    Origin m_origin = Origin::Open;
};

} // namespace strata
