#pragma once

#include "util/expected.h"

#include <QString>

namespace strata::cli {

/// The `--format` templates `schema inspect` understands, as Atlas spells them.
struct InspectFormat
{
    enum class Kind
    {
        Hcl,
        Sql
    };
    Kind kind = Kind::Hcl;
    /// For `{{ sql . "  " }}`: one column per line, indented by this.
    QString indent;

    /// Parses "" (HCL), `{{ sql . }}` or `{{ sql . "<indent>" }}`; anything else is an Error.
    static Expected<InspectFormat> parse(const QString &text);
};

} // namespace strata::cli
