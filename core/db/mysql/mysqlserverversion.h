#pragma once

#include "db/mysql/mysqlflavour.h"

#include <QString>

namespace strata {

/// What `SELECT @@version` says about the server: which product (MySQL or MariaDB) and which
/// release. The inspector asks it which catalog columns exist (index expressions, CHECK
/// constraints), because MySQL 5.7, MySQL 8 and MariaDB 10.x/11.x differ there.
class MysqlServerVersion
{
public:
    using Flavour = MysqlFlavour;

    /// Parses "8.0.36", "5.7.44-log", "10.11.6-MariaDB-0+deb12u1" and the old replication form
    /// "5.5.5-10.4.32-MariaDB". Unparsable text gives version 0.0.0 of the flavour it names.
    static MysqlServerVersion parse(const QString &versionText);

    Flavour flavour() const { return m_flavour; }
    bool isMariaDb() const { return m_flavour == Flavour::MariaDb; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    /// The server's own text, e.g. "10.11.6-MariaDB-0+deb12u1".
    QString text() const { return m_text; }
    /// "MariaDB 10.11.6" or "MySQL 8.0.36".
    QString displayName() const;

    /// Whether the release is at least major.minor.patch (of the same flavour).
    bool isAtLeast(int major, int minor, int patch = 0) const;
    /// information_schema.STATISTICS.EXPRESSION (functional key parts): MySQL >= 8.0.13.
    bool hasIndexExpressions() const;
    /// information_schema.CHECK_CONSTRAINTS: MySQL >= 8.0.16, MariaDB >= 10.2.22.
    bool hasCheckConstraints() const;
    /// Expression defaults flagged DEFAULT_GENERATED in COLUMNS.EXTRA: MySQL >= 8.0.13.
    bool hasDefaultGenerated() const;

private:
    Flavour m_flavour = Flavour::MySql;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_text;
};

} // namespace strata
