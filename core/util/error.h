#pragma once

#include <QString>

namespace strata {

/// A failure as the user reads it: one sentence that says what failed, where, and what to do.
struct Error
{
    QString message;
    /// Set when the failure was the user's Cancel, so callers can stay quiet about it.
    bool cancelled = false;

    static Error cancellation();
};

} // namespace strata
