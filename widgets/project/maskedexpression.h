#pragma once

#include <QString>

namespace strata {

/// What the env form shows for an attribute expression as written in atlas.hcl: the same text
/// with the password of every URL in it replaced by `****` (`getenv("DB_URL")` stays as is).
QString maskedExpression(const QString &written);

/// What to write back for `edited`, the text the user left in a field that showed
/// maskedExpression(`written`): each `****` the user kept becomes the written password again,
/// so changing the host of a masked URL does not replace its password with the mask. When the
/// number of masks changed, `edited` is returned as typed.
QString unmaskedExpression(const QString &edited, const QString &written);

} // namespace strata
