#pragma once

#include <QString>

namespace strata {

struct Check
{
    /// Empty for an unnamed check.
    QString name;
    /// The expression with its enclosing parentheses, as the catalog reports it: "(x > 0)".
    QString expression;
    bool enforced = true;

    bool operator==(const Check &) const = default;
};

} // namespace strata
