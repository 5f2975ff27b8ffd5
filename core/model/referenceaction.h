#pragma once

#include <QString>

namespace strata {

/// What a foreign key does when the referenced row is updated or deleted.
enum class ReferenceAction
{
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault
};

/// SQL spelling: "NO ACTION", "CASCADE", ...
QString referenceActionSql(ReferenceAction action);
/// Atlas HCL spelling: NO_ACTION, CASCADE, ...
QString referenceActionHcl(ReferenceAction action);
/// Parses the SQL spelling (case-insensitive, any whitespace); unknown text gives NoAction.
ReferenceAction referenceActionFromSql(const QString &text);

} // namespace strata
