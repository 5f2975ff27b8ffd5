#pragma once

#include "db/mysql/mysqlconnection.h"
#include "model/schema.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

// STRATA_TEST_DATA is relative to the calling CMakeLists.txt, which is one level too deep here.
#define MYSQL_TEST_DATA STRATA_SOURCE_DIR "/tests/data/mysql"

namespace strata::test {

/// The server under test: $STRATA_TEST_MYSQL_URL (e.g. mysql://app:app@127.0.0.1:33306/app, as
/// packaging/testservers/start-all.sh prints it). Empty when unset.
QString mysqlServerUrlText();
/// Why there is no server, for QSKIP/QFAIL.
QString missingMysqlServerReason();
/// The server URL with `database` as its path ("" for a server-wide URL).
DatabaseUrl mysqlUrl(const QString &database);
/// A server-wide connection; nullptr (and a qWarning) when it fails.
std::unique_ptr<MysqlConnection> connectToMysqlServer();
QString readText(const QString &path);
/// Recreates `database` (dropped first) and runs the script in it statement by statement.
bool recreateDatabaseWithScript(MysqlConnection &connection, const QString &database,
                                const QString &script, QString *error);
/// Names of the schemas on the server that start with `prefix`.
QStringList schemasWithPrefix(MysqlConnection &connection, const QString &prefix);
/// SHOW CREATE TABLE of every table of `database`, by table name; the text names no database,
/// so two databases built alike give equal maps.
QMap<QString, QString> showCreateTables(MysqlConnection &connection, const QString &database);
/// A SHOW CREATE TABLE text with its column, key and constraint lines sorted and their commas
/// dropped: the model keeps indexes in name order, not the order they were declared in, so
/// only the order of those lines may differ between a table and one rebuilt from its model.
QString withSortedDefinitions(const QString &showCreateTable);
/// Compares with the golden file, or rewrites it when STRATA_UPDATE_GOLDEN=1.
bool matchesGolden(const QString &actual, const QString &goldenPath, QString *expected);

} // namespace strata::test

/// Skips the test without a server, except under CI=true where a missing server is a failure.
#define STRATA_REQUIRE_MYSQL()                                                                     \
    do {                                                                                           \
        if (strata::test::mysqlServerUrlText().isEmpty()) {                                        \
            if (qgetenv("CI") == "true")                                                           \
                QFAIL(qPrintable(strata::test::missingMysqlServerReason()));                       \
            QSKIP(qPrintable(strata::test::missingMysqlServerReason()));                           \
        }                                                                                          \
    } while (false)
