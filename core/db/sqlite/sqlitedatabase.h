#pragma once

#include "db/database.h"

namespace strata {

/// SQLite through Qt Sql; DDL is executed in a private in-memory SQLite, so the engine parses it.
class SqliteDatabase final : public Database
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
    Expected<std::unique_ptr<Connection>> open(const DatabaseUrl &url) const override;
    bool holdsFile(const QString &path) const override;
    QStringList fileSuffixes() const override;
    Expected<DatabaseUrl> fileUrl(const QString &absolutePath) const override;
    Expected<DdlLoad> loadDdl(const DdlSource &source, const TaskControl &control) const override;
};

} // namespace strata
