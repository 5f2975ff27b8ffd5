#pragma once

#include "util/taskcontrol.h"

#include <QString>

#include <functional>

namespace strata {

/// What a job's work receives on its worker thread: the TaskControl to hand to core functions
/// (stages of progress, the cancel flag) and a channel for lines of text the work produces as it
/// runs (an external program's stderr, later an apply log). Both reach the GUI thread queued, and
/// stop once the job is cancelled. Cheap to copy; copies report to the same job.
class JobContext
{
public:
    using OutputCallback = std::function<void(const QString &line)>;

    JobContext(TaskControl control, OutputCallback onOutput);

    const TaskControl &control() const { return m_control; }
    bool isCancelled() const { return m_control.isCancelled(); }
    /// Passes one line of the work's own output on; callable from any thread.
    void output(const QString &line) const;

private:
    TaskControl m_control;
    OutputCallback m_onOutput;
};

} // namespace strata
