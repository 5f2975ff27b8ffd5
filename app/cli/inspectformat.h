#pragma once

#include "dialect/dialect.h"
#include "model/schema.h"
#include "util/expected.h"

#include <QString>
#include <QStringList>

namespace strata::cli {

/// A `--format` Go template of `schema inspect`, as far as Strata evaluates them: one action
/// calling Atlas's template functions `sql`, `json` or `mermaid` on `.` (or `$.MarshalHCL`,
/// `$.MarshalSQL`), with text around it; a template without actions prints its text.
struct InspectFormat
{
    enum class Kind
    {
        Hcl,
        Sql,
        Json,
        Mermaid,
        Text
    };
    Kind kind = Kind::Hcl;
    /// The action's string arguments: `{{ sql . "  " }}` indents columns by them,
    /// `{{ json . "  " }}` indents like json.MarshalIndent (a second one is the indent, the
    /// first the prefix).
    QStringList arguments;
    /// Template text before and after the action, `{{-` / `-}}` trimming applied.
    QString before;
    QString after;

    /// Parses the template ("" is Atlas's default, HCL). A function Atlas does not define
    /// fails with Go's own words (`parse log format: template: format:1: function "x" not
    /// defined`); anything else Strata cannot evaluate gets a sentence naming what works.
    static Expected<InspectFormat> parse(const QString &text);

    /// The text the template prints for `realm`.
    QString render(const Realm &realm, const Dialect &dialect) const;
};

} // namespace strata::cli
