#include "sqlitetestsupport.h"

#include <QFile>

#include <sqlite3.h>

namespace strata::test {

QStringList sqliteFixtureNames()
{
    return {QStringLiteral("constraints"), QStringLiteral("indexes"), QStringLiteral("defaults"),
            QStringLiteral("quoting"),     QStringLiteral("options"), QStringLiteral("sequelize"),
            QStringLiteral("ts-sequelize")};
}

QString sqliteFixturePath(const QString &fixture)
{
    if (fixture == QLatin1String("sequelize"))
        return QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/sqlite.sql");
    if (fixture == QLatin1String("ts-sequelize"))
        return QStringLiteral(STRATA_SHARED_DIR "/reference/sequelize-output/ts-sqlite.sql");
    return QStringLiteral(SQLITE_TEST_DATA "/") + fixture + QLatin1String(".sql");
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

bool writeSqliteDatabaseFile(const QString &path, const QString &sql, QString *error)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK)
        *error = QString::fromUtf8(message);
    sqlite3_free(message);
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace strata::test
