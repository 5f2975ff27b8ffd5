#pragma once

#include "model/schema.h"
#include "url/databaseurl.h"

#include <QString>
#include <QStringList>

#include <optional>

#define POSTGRES_TEST_DATA STRATA_SOURCE_DIR "/tests/data/postgres"

namespace strata::test {

/// The server the tests run against: STRATA_TEST_POSTGRES_URL, checked by connecting once.
class PostgresTestServer
{
public:
    /// Connects to the server named by the environment; remembers why not when it fails.
    PostgresTestServer();

    bool isAvailable() const { return m_url.has_value(); }
    /// Why the server cannot be used (unset variable, connect error), for QSKIP/QFAIL.
    QString unavailableReason() const { return m_reason; }
    /// Under CI=true a missing server fails the test instead of skipping it.
    static bool isRequired();

    const DatabaseUrl &url() const { return *m_url; }
    /// Creates (or re-creates) database `name` on the server and returns its URL, with
    /// `search_path` set when `schema` is not empty.
    std::optional<DatabaseUrl> createDatabase(const QString &name,
                                              const QString &schema = {}) const;
    /// Drops database `name` (FORCE: closes stray sessions).
    void dropDatabase(const QString &name) const;

private:
    std::optional<DatabaseUrl> m_url;
    QString m_reason;
};

/// `url` with another database path and search_path (none when `schema` is empty).
DatabaseUrl withDatabase(const DatabaseUrl &url, const QString &database, const QString &schema);
/// `url` logging in as another user.
DatabaseUrl withUser(const DatabaseUrl &url, const QString &user, const QString &password);
QString readText(const QString &path);
/// Compares with a golden file; STRATA_UPDATE_GOLDEN=1 rewrites it instead.
bool matchesGolden(const QString &actual, const QString &goldenPath);
/// Names of schemas on the database of `url` that start with the scratch prefix.
QStringList scratchSchemas(const DatabaseUrl &url);
/// Names of databases on the server of `url` that start with the scratch prefix.
QStringList scratchDatabases(const DatabaseUrl &url);

} // namespace strata::test

/// Skips (locally) or fails (CI=true) the test when the server is missing, saying why.
#define STRATA_REQUIRE_POSTGRES(server)                                                            \
    do {                                                                                           \
        if (!(server).isAvailable()) {                                                             \
            if (strata::test::PostgresTestServer::isRequired())                                    \
                QFAIL(qPrintable((server).unavailableReason()));                                   \
            QSKIP(qPrintable((server).unavailableReason()));                                       \
        }                                                                                          \
    } while (false)
