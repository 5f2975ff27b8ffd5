#include "libraryversions.h"

#include <libpq-fe.h>
#include <mysql.h>
#include <sqlite3.h>

namespace strata {

LibraryVersions LibraryVersions::current()
{
    LibraryVersions v;
    v.qt = QString::fromLatin1(qVersion());
    v.sqlite = QString::fromLatin1(sqlite3_libversion());
    // PQlibVersion() is major * 10000 + minor for PostgreSQL 10 and later.
    const int pq = PQlibVersion();
    v.libpq = QString::number(pq / 10000) + QLatin1Char('.') + QString::number(pq % 10000);
    v.mariadbClient = QString::fromLatin1(mysql_get_client_info());
    return v;
}

} // namespace strata
