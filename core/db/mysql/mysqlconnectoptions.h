#pragma once

#include "url/databaseurl.h"
#include "util/expected.h"

#include <QString>

namespace strata {

/// How to reach a MySQL/MariaDB server, read from a mysql:// or maria:// URL. Query parameters
/// follow Atlas (go-sql-driver DSN): `timeout=5s`, `tls=true|skip-verify|preferred|false`, plus
/// the client's own `ssl-mode`, `ssl-ca`, `ssl-cert`, `ssl-key`, `ssl-capath`, `ssl-cipher`.
struct MysqlConnectOptions
{
    QString host;
    int port = 3306;
    QString user;
    QString password;
    /// Empty for a server-wide (realm) URL.
    QString database;
    int connectTimeoutSeconds = 10;

    /// Encrypt the connection; fail when the server cannot.
    bool tlsRequired = false;
    /// Check the server certificate and host name.
    bool tlsVerifyServer = false;
    QString tlsCa;
    QString tlsCaPath;
    QString tlsCert;
    QString tlsKey;
    QString tlsCipher;

    /// Reads the URL; an unknown tls/ssl-mode value or a bad timeout is an Error naming the masked
    /// URL.
    static Expected<MysqlConnectOptions> fromUrl(const DatabaseUrl &url);
};

} // namespace strata
