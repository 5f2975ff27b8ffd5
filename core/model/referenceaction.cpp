#include "referenceaction.h"

namespace strata {

QString referenceActionSql(ReferenceAction action)
{
    switch (action) {
    case ReferenceAction::NoAction:
        return QStringLiteral("NO ACTION");
    case ReferenceAction::Restrict:
        return QStringLiteral("RESTRICT");
    case ReferenceAction::Cascade:
        return QStringLiteral("CASCADE");
    case ReferenceAction::SetNull:
        return QStringLiteral("SET NULL");
    case ReferenceAction::SetDefault:
        return QStringLiteral("SET DEFAULT");
    }
    return QStringLiteral("NO ACTION");
}

QString referenceActionHcl(ReferenceAction action)
{
    return referenceActionSql(action).replace(QLatin1Char(' '), QLatin1Char('_'));
}

ReferenceAction referenceActionFromSql(const QString &text)
{
    const QString normalized = text.simplified().toUpper();
    if (normalized == QLatin1String("RESTRICT"))
        return ReferenceAction::Restrict;
    if (normalized == QLatin1String("CASCADE"))
        return ReferenceAction::Cascade;
    if (normalized == QLatin1String("SET NULL"))
        return ReferenceAction::SetNull;
    if (normalized == QLatin1String("SET DEFAULT"))
        return ReferenceAction::SetDefault;
    return ReferenceAction::NoAction;
}

} // namespace strata
