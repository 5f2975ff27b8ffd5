#include "taskcontrol.h"

namespace strata {

TaskControl::TaskControl()
    : m_cancelled(std::make_shared<std::atomic_bool>(false))
{}

TaskControl::TaskControl(ProgressCallback onProgress)
    : m_cancelled(std::make_shared<std::atomic_bool>(false))
    , m_onProgress(std::move(onProgress))
{}

void TaskControl::cancel() const
{
    m_cancelled->store(true);
}

bool TaskControl::isCancelled() const
{
    return m_cancelled->load();
}

void TaskControl::report(const QString &stage, int done, int total) const
{
    if (m_onProgress)
        m_onProgress(stage, done, total);
}

} // namespace strata
