#pragma once

#include "job.h"

#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <optional>
#include <utility>

namespace strata {

/// A Job whose work returns a `Result` or the Error that prevented it. The work runs on a
/// pool thread with its own copy of everything it captures; result() is read on the GUI thread.
template<typename Result>
class TypedJob final : public Job
{
public:
    /// Runs on a pool thread: must not touch widgets, and should look at
    /// context.isCancelled() between steps (core functions do, given context.control()).
    using Work = std::function<Expected<Result>(const JobContext &context)>;

    TypedJob(quint64 id, Work work, QObject *parent = nullptr)
        : Job(id, parent)
        , m_work(std::move(work))
    {}

    /// The work's value: valid from succeeded() until the job is deleted.
    const Result &result() const { return m_outcome->value(); }

private:
    QFuture<void> launch() override
    {
        m_future = QtConcurrent::run(m_work, context());
        return QFuture<void>(m_future);
    }

    Status takeOutcome() override
    {
        // Not takeResult(): it resets the future, and waiting for it (~Job) would never end.
        m_outcome.emplace(m_future.result());
        if (!m_outcome->hasValue())
            return m_outcome->error();
        return Ok{};
    }

    Work m_work;
    QFuture<Expected<Result>> m_future;
    std::optional<Expected<Result>> m_outcome;
};

} // namespace strata
