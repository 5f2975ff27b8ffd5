#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace strata {

/// Passed to long-running core functions: lets them report progress in stages and notice Cancel.
/// Cheap to copy; copies share the cancel flag. Thread-safe.
class TaskControl
{
public:
    using ProgressCallback = std::function<void(const QString &stage, int done, int total)>;

    TaskControl();
    explicit TaskControl(ProgressCallback onProgress);

    void cancel() const;
    bool isCancelled() const;

    /// Reports `done` of `total` steps of `stage`; total 0 means "unknown amount".
    void report(const QString &stage, int done = 0, int total = 0) const;

private:
    std::shared_ptr<std::atomic_bool> m_cancelled;
    ProgressCallback m_onProgress;
};

} // namespace strata
