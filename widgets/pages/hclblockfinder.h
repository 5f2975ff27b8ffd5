#pragma once

#include <QString>

namespace strata {

/// A range of 0-based lines, both ends included.
struct LineRange
{
    int first = -1;
    int last = -1;

    bool isValid() const { return first >= 0 && last >= first; }
};

/// Finds a table's block in HCL written by writeAtlasHcl (`table "Users" {` to its `}`), or,
/// with `column`, that column's block inside it. Invalid when not found.
LineRange findHclTableBlock(const QString &hcl, const QString &schema, const QString &table,
                            const QString &column = QString());

} // namespace strata
