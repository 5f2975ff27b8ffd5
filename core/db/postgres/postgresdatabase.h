#pragma once

#include "db/database.h"

namespace strata {

/// PostgreSQL: libpq for connections, libpg_query for DDL read without a server.
class PostgresDatabase final : public Database
{
public:
    QString name() const override;
    QString displayName(const QString &flavour) const override;
    const Dialect &dialect(const QString &flavour) const override;
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
    Expected<DdlLoad> loadDdl(const DdlSource &source, const TaskControl &control) const override;
};

} // namespace strata
