#pragma once

#include <QString>

namespace strata {

/// Versions of the client libraries Strata was linked with, for the About box and `--version`.
struct LibraryVersions
{
    QString qt;
    QString sqlite;
    QString libpq;
    QString mariadbClient;

    static LibraryVersions current();
};

} // namespace strata
