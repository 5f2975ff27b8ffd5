#pragma once

#include <QString>
#include <QStringList>

// STRATA_TEST_DATA is relative to the calling CMakeLists.txt, which is one level too deep here.
#define SQLITE_TEST_DATA STRATA_SOURCE_DIR "/tests/data/sqlite"

namespace strata::test {

/// Fixture names: the files under tests/data/sqlite plus the Sequelize seed outputs.
QStringList sqliteFixtureNames();
QString sqliteFixturePath(const QString &fixture);
QString readText(const QString &path);
/// Builds a database file with the SQLite library alone, the way another tool would.
bool writeSqliteDatabaseFile(const QString &path, const QString &sql, QString *error);

} // namespace strata::test
