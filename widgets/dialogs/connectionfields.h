#pragma once

#include "url/databaseurl.h"
#include "util/expected.h"

#include <QList>
#include <QPair>
#include <QString>

namespace strata {

/// The separate fields of File > Connect…, and their translation to and from an Atlas URL.
/// Plain data with no widgets, so the URL rules are testable on their own.
struct ConnectionFields
{
    enum class Driver
    {
        MySql,
        MariaDb,
        Postgres
    };

    Driver driver = Driver::Postgres;
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    /// Distinguishes "no password" from an empty one, as the URL does (user@ vs user:@).
    bool hasPassword = false;
    /// The MySQL schema or the PostgreSQL database; empty means every schema (a realm).
    QString database;
    /// PostgreSQL search_path; MySQL has no schema apart from the database.
    QString schema;
    /// PostgreSQL sslmode (disable, require...) or MySQL tls (false, true, skip-verify...).
    QString sslMode;
    /// Query parameters the fields do not show (connect_timeout...), kept as they were.
    QList<QPair<QString, QString>> otherQuery;

    static int defaultPort(Driver driver);
    /// "mysql", "maria" or "postgres", as Atlas spells the schemes.
    static QString scheme(Driver driver);
    /// The query key sslMode is written under: "sslmode" for PostgreSQL, "tls" for MySQL.
    static QString sslModeKey(Driver driver);

    /// The URL text; with `masked` the password reads `****` (the only form a widget shows).
    QString toUrlText(bool masked) const;
    /// The URL with the real password, for connecting.
    Expected<DatabaseUrl> toUrl() const;
    /// The fields of a mysql://, maria:// or postgres:// URL; any other scheme is an Error
    /// that says what Connect accepts.
    static Expected<ConnectionFields> fromUrl(const DatabaseUrl &url);
};

} // namespace strata
