#pragma once

#include "db/connection.h"
#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace strata {

class Dialect;

/// DDL text to turn into a model, as one database reads it.
struct DdlSource
{
    QString text;
    /// What the text is called in messages (a file name, `node load.js`).
    QString sourceName;
    /// The flavour the text is written for ("mysql" or "mariadb" for the MySQL family; the
    /// database's own name otherwise).
    QString flavour;
    /// Atlas's dev database of this database kind, when the project names one: the DDL runs
    /// there in a scratch schema and is inspected back, as Atlas normalizes it.
    std::optional<DatabaseUrl> devUrl;
};

/// The model DDL became, and what the user should read about how.
struct DdlLoad
{
    Realm realm;
    /// The flavour that spells the result ("mariadb" when a MariaDB dev server normalized it).
    QString flavour;
    QStringList warnings;
};

/// One supported database: its driver, its dialects, and how DDL written for it becomes a model.
/// Each folder under core/db/ defines one; db/registry.cpp lists them, and generic code reaches
/// them only through the registry, so it never asks which database it runs on.
class Database
{
public:
    virtual ~Database() = default;

    /// The canonical name: "mysql", "postgres", "sqlite".
    virtual QString name() const = 0;
    /// The flavours this database comes in, the canonical one first ("mysql", "mariadb").
    virtual QStringList flavours() const { return {name()}; }
    /// What users call `flavour` in lists and titles ("MySQL 8", "MariaDB"), translated.
    virtual QString displayName(const QString &flavour) const = 0;
    /// The dialect that spells schemas of `flavour` (one of flavours()).
    virtual const Dialect &dialect(const QString &flavour) const = 0;
    /// Whether this database's driver opens `url` (by its scheme).
    virtual bool opens(const DatabaseUrl &url) const = 0;
    /// Opens `url` and selects the database or schema it names.
    virtual Expected<std::unique_ptr<Connection>> open(const DatabaseUrl &url) const = 0;
    /// Opens the server at `url` without selecting a database, for setup statements on a server
    /// that was just started (a docker:// dev database).
    virtual Expected<std::unique_ptr<Connection>> openServer(const DatabaseUrl &url) const
    {
        return open(url);
    }
    /// Whether the file at `path` is a database file of this kind, by its content (SQLite's
    /// 16-byte header); false for databases that are not files.
    virtual bool holdsFile(const QString &path) const
    {
        Q_UNUSED(path);
        return false;
    }
    /// File name suffixes of this database's files ("db", "sqlite"), lower case.
    virtual QStringList fileSuffixes() const { return {}; }
    /// The URL that opens the database file at `absolutePath`; only for holdsFile() databases.
    virtual Expected<DatabaseUrl> fileUrl(const QString &absolutePath) const
    {
        Q_UNUSED(absolutePath);
        return Error{QCoreApplication::translate("strata::Database", "%1 keeps no database files.")
                         .arg(name())};
    }
    /// Turns DDL into a model: through `source.devUrl` when it is set, else with this
    /// database's own parser. Honours cancel and reports stages.
    virtual Expected<DdlLoad> loadDdl(const DdlSource &source,
                                      const TaskControl &control) const = 0;
};

} // namespace strata
