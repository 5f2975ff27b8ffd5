#include "databaseurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace strata {
namespace {

const QString kMask = QStringLiteral("****");

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class DatabaseUrlTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::DatabaseUrl)
};

struct SchemeInfo
{
    const char *text;
    DatabaseUrl::Scheme scheme;
};

constexpr SchemeInfo kSchemes[] = {
    {"sqlite", DatabaseUrl::Scheme::Sqlite},
    {"sqlite3", DatabaseUrl::Scheme::Sqlite},
    {"mysql", DatabaseUrl::Scheme::MySql},
    {"maria", DatabaseUrl::Scheme::MariaDb},
    {"mariadb", DatabaseUrl::Scheme::MariaDb},
    {"postgres", DatabaseUrl::Scheme::Postgres},
    {"postgresql", DatabaseUrl::Scheme::Postgres},
    {"file", DatabaseUrl::Scheme::File},
    {"env", DatabaseUrl::Scheme::Env},
    {"docker", DatabaseUrl::Scheme::Docker},
};

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encodeUserInfo(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QList<QPair<QString, QString>> parseQuery(const QString &query)
{
    QList<QPair<QString, QString>> items;
    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq < 0)
            items.append({decode(pair), QString()});
        else
            items.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return items;
}

/// The "file:" of an SQLite URI filename (https://sqlite.org/uri.html), with its empty or
/// "localhost" authority; empty when `dsn` is a plain path.
QString sqliteUriPrefix(const QString &dsn)
{
    const QLatin1String file("file:");
    if (!dsn.startsWith(file))
        return QString();
    for (const QLatin1String authority :
         {QLatin1String("file:///"), QLatin1String("file://localhost/")}) {
        if (dsn.startsWith(authority))
            return authority.chopped(1);
    }
    return file;
}

/// Masks the password of a URL we could not parse, so even the error text is safe to show.
QString maskRaw(const QString &text)
{
    return maskPasswordsIn(text);
}

} // namespace

std::optional<DatabaseUrl::Scheme> DatabaseUrl::schemeNamed(const QString &text)
{
    const QString key = text.trimmed().toLower();
    for (const SchemeInfo &info : kSchemes) {
        if (key == QLatin1String(info.text))
            return info.scheme;
    }
    return std::nullopt;
}

QStringList DatabaseUrl::schemeNames(Scheme scheme)
{
    QStringList names;
    for (const SchemeInfo &info : kSchemes) {
        if (info.scheme == scheme)
            names.append(QLatin1String(info.text));
    }
    return names;
}

Expected<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    const qsizetype sep = text.indexOf(QLatin1String("://"));
    if (text.isEmpty())
        return Error{DatabaseUrlTr::tr(
            "The URL is empty: give one such as sqlite://file.db or file://schema.sql.")};
    if (sep <= 0) {
        return Error{DatabaseUrlTr::tr(
                         "\"%1\" is not a URL: expected scheme://..., for example sqlite://file.db "
                         "or file://schema.sql.")
                         .arg(maskRaw(text))};
    }
    DatabaseUrl url;
    url.m_schemeText = text.left(sep).toLower();
    const std::optional<Scheme> scheme = schemeNamed(url.m_schemeText);
    if (!scheme) {
        return Error{DatabaseUrlTr::tr(
                         "Unknown URL scheme \"%1\" in \"%2\": use sqlite://, mysql://, maria://, "
                         "postgres://, file:// or env://.")
                         .arg(url.m_schemeText, maskRaw(text))};
    }
    url.m_scheme = *scheme;

    QString rest = text.mid(sep + 3);
    const qsizetype questionMark = rest.indexOf(QLatin1Char('?'));
    if (questionMark >= 0) {
        url.m_query = parseQuery(rest.mid(questionMark + 1));
        rest.truncate(questionMark);
    }

    if (url.m_scheme == Scheme::Sqlite) {
        // Atlas hands everything after the scheme to go-sqlite3 as the DSN, so the DSN's own
        // "file:" URI form names the same file: sqlite://file:/abs.db, sqlite://file:rel.db.
        url.m_sqliteUriPrefix = sqliteUriPrefix(rest);
        url.m_path = decode(rest.mid(url.m_sqliteUriPrefix.size()));
        return url;
    }
    if (!url.isDatabase()) {
        // Everything after the scheme is a path, relative unless it starts with '/'. Docker URLs
        // keep "driver/tag/db" as their path.
        url.m_path = decode(rest);
        return url;
    }

    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    url.m_path = slash >= 0 ? decode(rest.mid(slash + 1)) : QString();

    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        if (colon >= 0) {
            url.m_user = decode(userInfo.left(colon));
            url.m_password = decode(userInfo.mid(colon + 1));
            url.m_hasPassword = true;
        } else {
            url.m_user = decode(userInfo);
        }
    }

    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return Error{DatabaseUrlTr::tr("The host in \"%1\" opens '[' without closing it.")
                             .arg(maskRaw(text))};
        }
        url.m_host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            portText = after.mid(1);
    } else {
        const qsizetype colon = authority.lastIndexOf(QLatin1Char(':'));
        url.m_host = colon >= 0 ? authority.left(colon) : authority;
        if (colon >= 0)
            portText = authority.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port <= 0 || port > 65535) {
            return Error{
                DatabaseUrlTr::tr("The port \"%1\" in \"%2\" is not a number between 1 and 65535.")
                    .arg(portText, maskRaw(text))};
        }
        url.m_port = port;
    }
    return url;
}

bool DatabaseUrl::isDatabase() const
{
    return m_scheme == Scheme::Sqlite || m_scheme == Scheme::MySql || m_scheme == Scheme::MariaDb ||
           m_scheme == Scheme::Postgres;
}

DatabaseUrl DatabaseUrl::withPath(const QString &path) const
{
    DatabaseUrl url = *this;
    url.m_path = path;
    return url;
}

QString DatabaseUrl::queryValue(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return item.second;
    }
    return QString();
}

bool DatabaseUrl::hasQueryItem(const QString &key) const
{
    for (const auto &item : m_query) {
        if (item.first == key)
            return true;
    }
    return false;
}

bool DatabaseUrl::isInMemorySqlite() const
{
    return m_scheme == Scheme::Sqlite &&
           (queryValue(QStringLiteral("mode")) == QLatin1String("memory") ||
            m_path == QLatin1String(":memory:"));
}

QString DatabaseUrl::toString(bool masked) const
{
    QString out = m_schemeText + QLatin1String("://");
    if (isServer()) {
        if (!m_user.isEmpty() || m_hasPassword) {
            out += encodeUserInfo(m_user);
            if (m_hasPassword)
                out += QLatin1Char(':') + (masked ? kMask : encodeUserInfo(m_password));
            out += QLatin1Char('@');
        }
        out += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']')
                                                 : m_host;
        if (m_port > 0)
            out += QLatin1Char(':') + QString::number(m_port);
        if (!m_path.isEmpty())
            out += QLatin1Char('/') + m_path;
    } else {
        out += m_sqliteUriPrefix + m_path;
    }
    if (!m_query.isEmpty()) {
        QStringList pairs;
        for (const auto &item : m_query) {
            const bool secret =
                masked && item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
            pairs.append(item.second.isNull() && !secret
                             ? item.first
                             : item.first + QLatin1Char('=') + (secret ? kMask : item.second));
        }
        out += QLatin1Char('?') + pairs.join(QLatin1Char('&'));
    }
    return out;
}

QString maskPasswordsIn(const QString &text)
{
    // scheme://user:password@  ->  scheme://user:****@
    static const QRegularExpression userInfo(
        QStringLiteral("([A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*):([^/\\s]*)@"));
    static const QRegularExpression passwordParam(QStringLiteral("([?&]password=)[^&\\s]*"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1:") + kMask + QStringLiteral("@"));
    out.replace(passwordParam, QStringLiteral("\\1") + kMask);
    return out;
}

QString DatabaseUrl::toStringWithoutPassword() const
{
    QString text = toString();
    if (hasPassword()) {
        // toString() wrote "user:****@": drop ":****" (the user name is percent-encoded, so the
        // first ':' after the scheme starts the password).
        const qsizetype start =
            text.indexOf(QLatin1Char(':'), text.indexOf(QLatin1String("://")) + 3);
        const qsizetype at = text.indexOf(QLatin1Char('@'), start);
        if (start >= 0 && at > start)
            text.remove(start, at - start);
    }
    bool passwordParameter = false;
    for (const auto &item : queryItems())
        passwordParameter |=
            item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
    // A file path may hold a '?' of its own: only touch the query when it has a password.
    const qsizetype question = text.lastIndexOf(QLatin1Char('?'));
    if (!passwordParameter || question < 0)
        return text;
    QStringList kept;
    const QStringList items = text.mid(question + 1).split(QLatin1Char('&'));
    for (const QString &item : items) {
        const QString key = item.section(QLatin1Char('='), 0, 0);
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) != 0)
            kept.append(item);
    }
    text.truncate(question);
    return kept.isEmpty() ? text : text + QLatin1Char('?') + kept.join(QLatin1Char('&'));
}

QString DatabaseUrl::encodedPath(QString path)
{
    return path.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('?'), QLatin1String("%3F"));
}

} // namespace strata
