#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::lint {

/// How a finding weighs: an Error fails `migrate lint` (exit 1); a Warning is reported only.
enum class Severity
{
    Warning,
    Error,
};

/// One diagnostic of an analyzer, as Atlas's `migrate lint` reports it
/// (`-- L1: Dropping table "t" https://atlasgo.io/lint/analyzers#DS102`).
struct Finding
{
    /// The analyzer's name, as `atlas:nolint` and `lint { <name> { error = true } }` spell it:
    /// destructive, data_depend, incompatible, condrop, ...
    QString analyzer;
    /// Atlas's code: DS102, MF103, BC102, CD101...
    QString code;
    /// Atlas's text without the code link: `Dropping table "t"`.
    QString message;
    /// The index of the statement the finding is about, in the plan or the file analyzed.
    int statement = -1;
    /// 1-based line of that statement in the text analyzed (the plan's text or the file).
    int line = 0;
    Severity severity = Severity::Warning;
    /// Atlas's "suggested fix" lines, if any.
    QStringList suggestedFixes;
};

/// The findings of one analyzed text, in statement order.
using Findings = QList<Finding>;

} // namespace strata::lint
