#pragma once

#include "db/connection.h"
#include "db/devsession.h"
#include "diff/planner.h"
#include "model/schema.h"
#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
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

/// How a server of one flavour is reached, for a form that builds its URL (File > Connect…):
/// each server database fills it in, so the form never asks which database it shows.
struct ServerTraits
{
    /// The URL scheme Atlas spells this flavour with ("mysql", "maria", "postgres").
    QString scheme;
    /// What users call the server in a driver list ("MySQL", "MariaDB"), translated.
    QString serverName;
    int defaultPort = 0;
    /// The query key that sets transport security ("sslmode", "tls") and the values it takes.
    QString tlsKey;
    QStringList tlsValues;
    /// The query key naming the schema inside the database ("search_path"); empty where the
    /// database is the schema (MySQL).
    QString schemaKey;
    /// A URL to show as an example of the form.
    QString exampleUrl;
};

/// How Atlas starts a throwaway server of one database in docker (cmd/atlas/internal/docker),
/// for a docker://<driver>/<tag>/<database> dev URL: the image, its settings, and how to reach
/// the server once it runs. Each server database fills it in; core/docker runs it.
struct DevContainer
{
    /// Atlas's driver name as it ends up: "mysql", "mariadb", "postgres" (also for PostGIS).
    QString driver;
    /// The flavour of this database the server speaks.
    QString flavour;
    QString image;
    /// The port the server listens on inside the container.
    int containerPort = 0;
    /// `-e` settings of `docker run`, in Atlas's order: the root password first.
    QStringList environment;
    /// The database the URL names, created in the container.
    QString database;
    /// Statements run on the server once it answers, before the database URL is handed out.
    QStringList setupStatements;
    /// The URL that reaches the server: scheme, the image's superuser, the database to connect
    /// to before `database` exists (empty: none), the container's own query parameters (they win
    /// over the URL's) and the parameter that bounds a connect attempt.
    QString urlScheme;
    QString user;
    QString serverDatabase;
    QList<QPair<QString, QString>> fixedQuery;
    QPair<QString, QString> connectTimeout;
    /// Where the schema a dev URL binds sits: the database (MySQL) or a query key (search_path).
    QString schemaQueryKey;
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
    /// The planner that turns changes into SQL for `flavour`; nullptr while a database has
    /// none, which callers report as "cannot plan migrations for ...".
    virtual const Planner *planner(const QString &flavour) const
    {
        Q_UNUSED(flavour);
        return nullptr;
    }
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
    /// How a server of `flavour` is reached; nothing for databases that are files.
    virtual std::optional<ServerTraits> serverTraits(const QString &flavour) const
    {
        Q_UNUSED(flavour);
        return std::nullopt;
    }
    /// The container Atlas starts for docker://`driver`/`tag`/`database` when `driver` is one
    /// of this database's docker images ("mysql", "maria", "postgis"...); nothing otherwise.
    virtual std::optional<DevContainer> devContainer(const QString &driver, const QString &tag,
                                                     const QString &database,
                                                     const QString &password) const
    {
        Q_UNUSED(driver);
        Q_UNUSED(tag);
        Q_UNUSED(database);
        Q_UNUSED(password);
        return std::nullopt;
    }
    /// The schema `url` (one this database opens) is bound to; empty for a realm.
    virtual QString boundSchema(const DatabaseUrl &url) const = 0;
    /// Opens a scratch session on the dev database at `devUrl` (Atlas's --dev-url) for running
    /// statements and reading back what they made.
    virtual Expected<std::unique_ptr<DevSession>>
    openDevSession(const DatabaseUrl &devUrl, const TaskControl &control) const = 0;
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
