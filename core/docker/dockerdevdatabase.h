#pragma once

#include "url/databaseurl.h"
#include "util/expected.h"
#include "util/taskcontrol.h"

#include <QString>

#include <memory>

namespace strata {

/// What a docker:// URL stands for in the request, so a failure names the setting to change.
enum class DockerUrlUse
{
    /// `dev = "docker://..."` or --dev-url: a scratch database for normalizing DDL.
    DevDatabase,
    /// --url / src: the database to inspect (Atlas inspects the fresh container, too).
    Source
};

/// A database in a docker container started for the length of one load, the way Atlas starts
/// docker:// URLs: `docker run --rm --detach` with Atlas's image and settings, wait until the
/// server accepts connections, create the database the URL names. Destroying the object
/// removes the container (`docker rm -f`), on success, error and cancel alike.
class DockerDevDatabase
{
public:
    /// Starts the container for `dockerUrl` on the calling thread (any thread). Without a docker
    /// client in PATH, or when no docker engine answers within a few seconds, it fails at once
    /// with dockerUnavailableMessage(use) and starts nothing. Honours cancel and reports stages.
    static Expected<std::unique_ptr<DockerDevDatabase>>
    start(const DatabaseUrl &dockerUrl, DockerUrlUse use, const TaskControl &control);
    ~DockerDevDatabase();

    DockerDevDatabase(const DockerDevDatabase &) = delete;
    DockerDevDatabase &operator=(const DockerDevDatabase &) = delete;

    /// The mysql://, mariadb:// or postgres:// URL of the database in the container; its
    /// password is a fresh random one, masked by toString() like any other.
    const DatabaseUrl &url() const { return m_url; }
    /// `strata-dev-<random hex>`, what `docker ps` shows while a load runs.
    QString containerName() const { return m_containerName; }

private:
    DockerDevDatabase(QString program, QString containerName);

    QString m_program;
    QString m_containerName;
    /// Set once `docker run` reported the container: a failure to remove it is worth a warning.
    bool m_created = false;
    DatabaseUrl m_url;
};

/// "docker is not available: set dev to a mysql:// or postgres:// URL of a scratch database",
/// or the same for a source URL.
QString dockerUnavailableMessage(DockerUrlUse use);

} // namespace strata
