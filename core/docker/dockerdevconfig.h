#pragma once

#include "db/database.h"
#include "url/databaseurl.h"
#include "util/expected.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace strata {

/// What a docker:// URL asks for, read the way Atlas reads it (cmd/atlas/internal/docker):
/// `docker://<driver>[/<tag>[/<database>]][?params]`, for example docker://mysql/8/dev or
/// docker://postgres/16/dev?search_path=public. Pure: building it starts nothing, so the
/// mapping is tested without a docker engine.
struct DockerDevConfig
{
    /// Atlas's driver name: "mysql", "mariadb" (also written "maria") or "postgres".
    QString driver;
    /// The image to run, Atlas's choice per driver: arigaio/mysql:<tag>, arigaio/mariadb:<tag>,
    /// postgres:<tag>, postgis/postgis:<tag>. Without a tag, docker's default (latest).
    QString image;
    /// The port the database listens on inside the container.
    int containerPort = 0;
    /// `-e` settings of `docker run`, in Atlas's order: the root password first.
    QStringList environment;
    /// The database the URL names, created in the container; for PostgreSQL "postgres" when the
    /// URL names none. Empty for a MySQL server-wide URL.
    QString database;
    /// Statements run on the server once it answers, before the database URL is handed out.
    QStringList setupStatements;
    /// The URL's query parameters minus Atlas's docker-only ones (v, verbose): they go on to
    /// the database URL, e.g. search_path.
    QList<QPair<QString, QString>> query;
    /// The superuser's password set in the container.
    QString password;
    /// How the database reaches the running server (scheme, user, fixed parameters).
    DevContainer container;
    /// The registry's name for the database the container runs ("mysql", "postgres").
    QString databaseName;

    /// Reads a docker:// URL. An unknown driver or a malformed path is an Error naming the
    /// URL. `password` is the one the container gets; callers pass a fresh random one.
    static Expected<DockerDevConfig> fromUrl(const DatabaseUrl &url, const QString &password);

    /// The SQL dialect DDL for this database is written in: "mysql" or "postgres".
    QString dialect() const { return databaseName; }
    /// The schema the dev URL binds (its database segment, or search_path=); empty: a realm.
    QString boundSchema() const;

    /// The arguments of `docker run` (without "docker" itself). The container is removed when
    /// it stops (--rm), is called `containerName` so it can be removed even before docker
    /// printed its id, and publishes the database port on `publishHost` (127.0.0.1 for a local
    /// engine) at a port docker picks; empty `publishHost` publishes on every interface.
    QStringList runArguments(const QString &containerName, const QString &publishHost) const;

    /// Where the loader connects once the container answers: mysql://root:...@host:port/db,
    /// mariadb://... or postgres://postgres:...@host:port/db?sslmode=disable plus the URL's own
    /// query parameters.
    Expected<DatabaseUrl> databaseUrl(const QString &host, int port) const;
    /// The same server without the URL's database, for waiting until it answers and for the
    /// setup statements (the database may not exist yet), with a connect timeout of 2 s.
    Expected<DatabaseUrl> serverUrl(const QString &host, int port) const;
};

/// Where a container's published port is bound and reached, from the DOCKER_HOST setting.
struct DockerEndpoint
{
    /// Passed to `docker run -p`; empty publishes on every interface of the engine's machine.
    QString publishHost;
    /// The host the database URL names.
    QString connectHost;

    /// A local engine (DOCKER_HOST unset, unix:// or npipe://) publishes on 127.0.0.1 only; a
    /// remote one (tcp://host:2376, ssh://user@host) is reached at its host name, as Atlas does.
    static DockerEndpoint forDockerHost(const QString &dockerHost);
};

/// The dialect of the database a docker:// URL starts ("mysql" or "postgres"), without
/// starting it; an unknown driver is an Error.
Expected<QString> dockerUrlDialect(const DatabaseUrl &url);

/// The host port in the output of `docker port <container> <port>/tcp`, e.g.
/// "127.0.0.1:49153" or "0.0.0.0:49153\n[::]:49153".
Expected<int> parseDockerPortOutput(const QString &output);

} // namespace strata
