#include "mysqlserverversion.h"

#include <QRegularExpression>

#include <tuple>

namespace strata {

MysqlServerVersion MysqlServerVersion::parse(const QString &versionText)
{
    MysqlServerVersion version;
    version.m_text = versionText.trimmed();
    QString text = version.m_text;
    if (text.contains(QLatin1String("mariadb"), Qt::CaseInsensitive)) {
        version.m_flavour = Flavour::MariaDb;
        // MariaDB 10.x used to pretend to be 5.5.5 for old replication clients.
        if (text.startsWith(QLatin1String("5.5.5-")))
            text = text.mid(6);
    }
    static const QRegularExpression numbers(QStringLiteral("^(\\d+)\\.(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = numbers.match(text);
    if (match.hasMatch()) {
        version.m_major = match.captured(1).toInt();
        version.m_minor = match.captured(2).toInt();
        version.m_patch = match.captured(3).toInt();
    }
    return version;
}

QString MysqlServerVersion::displayName() const
{
    return (isMariaDb() ? QLatin1String("MariaDB ") : QLatin1String("MySQL ")) +
           QString::number(m_major) + QLatin1Char('.') + QString::number(m_minor) +
           QLatin1Char('.') + QString::number(m_patch);
}

bool MysqlServerVersion::isAtLeast(int major, int minor, int patch) const
{
    return std::tie(m_major, m_minor, m_patch) >= std::tie(major, minor, patch);
}

bool MysqlServerVersion::hasIndexExpressions() const
{
    return !isMariaDb() && isAtLeast(8, 0, 13);
}

bool MysqlServerVersion::hasCheckConstraints() const
{
    return isMariaDb() ? isAtLeast(10, 2, 22) : isAtLeast(8, 0, 16);
}

bool MysqlServerVersion::hasDefaultGenerated() const
{
    return !isMariaDb() && isAtLeast(8, 0, 13);
}

} // namespace strata
