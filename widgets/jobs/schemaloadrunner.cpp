#include "schemaloadrunner.h"

namespace strata {

namespace {
constexpr JobController::Purpose kLoad = JobController::Purpose::Load;
}

SchemaLoadRunner::SchemaLoadRunner(JobController *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    connect(m_jobs, &JobController::output, this,
            [this](JobController::Purpose purpose, quint64 id, const QString &line) {
                if (purpose == kLoad && id == m_id)
                    Q_EMIT programOutput(line);
            });
    connect(m_jobs, &JobController::failed, this,
            [this](JobController::Purpose purpose, quint64 id, const Error &error) {
                if (const std::optional<LoadSource> source = take(purpose, id))
                    Q_EMIT failed(*source, error, m_origin);
            });
    connect(m_jobs, &JobController::cancelled, this,
            [this](JobController::Purpose purpose, quint64 id) {
                if (const std::optional<LoadSource> source = take(purpose, id))
                    Q_EMIT cancelled(*source);
            });
}

void SchemaLoadRunner::start(const LoadSource &source, Origin origin)
{
    m_loading = source;
    m_origin = origin;
    const LoadRequest request = source.request;
    m_id = m_jobs->start<LoadOutcome>(
        kLoad,
        [request](const JobContext &context) { return loadSchemaForViews(request, context); }, this,
        [this](quint64 id, const LoadOutcome &outcome) {
            if (const std::optional<LoadSource> loaded = take(kLoad, id))
                Q_EMIT succeeded(*loaded, outcome);
        });
}

void SchemaLoadRunner::cancel()
{
    m_jobs->cancel(kLoad);
}

bool SchemaLoadRunner::isRunning() const
{
    return m_jobs->isRunning(kLoad);
}

const LoadSource *SchemaLoadRunner::loadingSource() const
{
    return isRunning() && m_loading ? &*m_loading : nullptr;
}

std::optional<LoadSource> SchemaLoadRunner::take(JobController::Purpose purpose, quint64 id)
{
    if (purpose != kLoad || id != m_id || !m_loading)
        return std::nullopt;
    m_id = 0;
    return std::exchange(m_loading, std::nullopt);
}

} // namespace strata
