#pragma once

#include "db/database.h"

namespace strata {

/// MySQL and MariaDB: one database in two flavours, "mysql" (MySQL 8) and "mariadb".
class MysqlDatabase final : public Database
{
public:
    QString name() const override;
    QStringList flavours() const override;
    QString displayName(const QString &flavour) const override;
    const Dialect &dialect(const QString &flavour) const override;
    /// MySQL 8 and MariaDB plans differ where the servers do (DROP CHECK, MariaDB's json).
    const Planner *planner(const QString &flavour) const override;
    bool opens(const DatabaseUrl &url) const override;
    Expected<std::unique_ptr<DevSession>> openDevSession(const DatabaseUrl &devUrl,
                                                         const TaskControl &control) const override;
    QString boundSchema(const DatabaseUrl &url) const override;
    std::optional<DevContainer> devContainer(const QString &driver, const QString &tag,
                                             const QString &database,
                                             const QString &password) const override;
    std::optional<ServerTraits> serverTraits(const QString &flavour) const override;
    Expected<std::unique_ptr<Connection>> open(const DatabaseUrl &url) const override;
    Expected<std::unique_ptr<Connection>> openServer(const DatabaseUrl &url) const override;
    Expected<DdlLoad> loadDdl(const DdlSource &source, const TaskControl &control) const override;
};

} // namespace strata
