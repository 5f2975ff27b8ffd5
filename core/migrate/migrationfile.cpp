#include "migrationfile.h"

namespace strata {
namespace {

const QLatin1String kSqlSuffix(".sql");

QString withoutSqlSuffix(const QString &name)
{
    return name.endsWith(kSqlSuffix) ? name.chopped(kSqlSuffix.size()) : name;
}

} // namespace

QString MigrationFile::version() const
{
    return withoutSqlSuffix(name).section(QLatin1Char('_'), 0, 0);
}

QString MigrationFile::description() const
{
    const qsizetype underscore = name.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return {};
    return withoutSqlSuffix(name.mid(underscore + 1));
}

bool migrationNameLess(const QString &left, const QString &right)
{
    return left.toUtf8() < right.toUtf8();
}

} // namespace strata
