#pragma once

#include "db/database.h"
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
    /// The server's URL scheme, one of serverChoices() ("mysql", "maria", "postgres").
    QString scheme = QStringLiteral("postgres");
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString password;
    /// Distinguishes "no password" from an empty one, as the URL does (user@ vs user:@).
    bool hasPassword = false;
    /// The MySQL schema or the PostgreSQL database; empty means every schema (a realm).
    QString database;
    /// The schema inside the database (PostgreSQL's search_path); unused where the database is
    /// the schema (ServerTraits::schemaKey is empty).
    QString schema;
    /// The transport security value (PostgreSQL sslmode, MySQL tls), under traits().tlsKey.
    QString sslMode;
    /// Query parameters the fields do not show (connect_timeout...), kept as they were.
    QList<QPair<QString, QString>> otherQuery;

    /// What the registry knows about the server `scheme` names: port, TLS key, schema key.
    static ServerTraits traitsFor(const QString &scheme);
    ServerTraits traits() const { return traitsFor(scheme); }

    /// The URL text; with `masked` the password reads `****` (the only form a widget shows).
    QString toUrlText(bool masked) const;
    /// The URL with the real password, for connecting.
    Expected<DatabaseUrl> toUrl() const;
    /// The fields of a server URL (mysql://, maria://, postgres://); any other scheme is an Error
    /// that says what Connect accepts.
    static Expected<ConnectionFields> fromUrl(const DatabaseUrl &url);
};

} // namespace strata
