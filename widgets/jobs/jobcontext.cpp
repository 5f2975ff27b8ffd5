#include "jobcontext.h"

namespace strata {

JobContext::JobContext(TaskControl control, OutputCallback onOutput)
    : m_control(std::move(control))
    , m_onOutput(std::move(onOutput))
{}

void JobContext::output(const QString &line) const
{
    if (m_onOutput)
        m_onOutput(line);
}

} // namespace strata
