#include "migrationversion.h"

namespace strata {

QString newMigrationVersion(const QDateTime &now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
}

QString migrationFileName(const QString &version, const QString &name)
{
    QString fileName = version;
    if (!name.isEmpty())
        fileName += QLatin1Char('_') + name;
    return fileName + QLatin1String(".sql");
}

} // namespace strata
