#pragma once

#include "util/expected.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace strata {

/// A parsed Atlas-style URL: sqlite://, mysql://, maria://, postgres://, file://, env://,
/// docker://. Value type. Shows itself masked by default: a password never reaches a log or a
/// window.
class DatabaseUrl
{
public:
    enum class Scheme
    {
        Sqlite,
        MySql,
        MariaDb,
        Postgres,
        File,
        Env,
        Docker
    };

    /// Parses `text`; an unknown scheme or a malformed authority gives an Error naming the masked
    /// URL.
    static Expected<DatabaseUrl> parse(const QString &text);
    /// The one table of scheme spellings ("sqlite3" and "sqlite" are both Sqlite): the database
    /// aliases of db/registry come from here. Case and surrounding blanks are ignored.
    static std::optional<Scheme> schemeNamed(const QString &text);
    /// Every spelling of `scheme`, the canonical one first.
    static QStringList schemeNames(Scheme scheme);

    Scheme scheme() const { return m_scheme; }
    /// The scheme as written ("sqlite3", "postgresql", ...).
    QString schemeText() const { return m_schemeText; }
    bool isDatabase() const;
    /// A database served over a connection (MySQL, MariaDB, PostgreSQL), which may need a
    /// password; not an SQLite file.
    bool isServer() const { return isDatabase() && m_scheme != Scheme::Sqlite; }
    /// A file on this machine: a file:// URL or an SQLite database file (not in memory). Its
    /// path is relative to the project folder in atlas.hcl.
    bool isLocalFile() const
    {
        return m_scheme == Scheme::File || (m_scheme == Scheme::Sqlite && !isInMemorySqlite());
    }

    QString user() const { return m_user; }
    QString password() const { return m_password; }
    bool hasPassword() const { return m_hasPassword; }
    QString host() const { return m_host; }
    int port(int defaultPort = 0) const { return m_port > 0 ? m_port : defaultPort; }
    /// sqlite/file/env: the path after the scheme (percent-decoded; for SQLite without the
    /// "file:" of go-sqlite3's URI form); network schemes: the database name (MySQL schema,
    /// PostgreSQL database), without the leading slash.
    QString path() const { return m_path; }
    /// The same URL with another path: for a server URL, another database on the same server
    /// with the same credentials and options.
    DatabaseUrl withPath(const QString &path) const;

    QList<QPair<QString, QString>> queryItems() const { return m_query; }
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const;

    /// SQLite only: `mode=memory` or the path `:memory:` (`sqlite://file::memory:?cache=shared`):
    /// the database lives in memory and is never written to disk.
    bool isInMemorySqlite() const;

    /// The URL as text; the password is replaced by `****` unless `masked` is false.
    /// Only a driver may ask for the unmasked form, to connect.
    QString toString(bool masked = true) const;
    /// The URL with no password at all (neither `user:pass@` nor a `password=` parameter), for
    /// what is kept on disk: Recent Files, settings. Reopening it asks for the password.
    QString toStringWithoutPassword() const;
    /// `path` as the path of a URL: parse() reads everything after the scheme as a
    /// percent-decoded path up to '?', so '%' and '?' in file names are encoded.
    static QString encodedPath(QString path);

    bool operator==(const DatabaseUrl &) const = default;

private:
    Scheme m_scheme = Scheme::File;
    QString m_schemeText;
    QString m_user;
    QString m_password;
    bool m_hasPassword = false;
    QString m_host;
    int m_port = 0;
    QString m_path;
    /// SQLite: "file:" (or "file://") as written before the path, so toString() gives it back.
    QString m_sqliteUriPrefix;
    QList<QPair<QString, QString>> m_query;
};

/// Replaces the password of anything that looks like a URL inside free text (server errors,
/// program output) with `****`. Used before showing or logging text we did not write.
QString maskPasswordsIn(const QString &text);

} // namespace strata
