#include "loadsource.h"

#include "sqldialects.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strata {
namespace {

const QString kSqliteDialect = QStringLiteral("sqlite");

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

bool hasDatabaseSuffix(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("db") || suffix == QLatin1String("sqlite") ||
           suffix == QLatin1String("sqlite3");
}

/// DatabaseUrl reads everything after the scheme as a percent-decoded path up to '?'.
QString encodePath(QString path)
{
    return path.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('?'), QLatin1String("%3F"));
}

} // namespace

QString urlWithoutPassword(const DatabaseUrl &url)
{
    QString text = url.toString();
    if (url.hasPassword()) {
        // toString() wrote "user:****@": drop ":****" (the user name is percent-encoded, so the
        // first ':' after the scheme starts the password).
        const qsizetype start =
            text.indexOf(QLatin1Char(':'), text.indexOf(QLatin1String("://")) + 3);
        const qsizetype at = text.indexOf(QLatin1Char('@'), start);
        if (start >= 0 && at > start)
            text.remove(start, at - start);
    }
    bool passwordParameter = false;
    for (const auto &item : url.queryItems())
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

LoadSource resolveLoadSource(const DatabaseUrl &url)
{
    LoadSource source;
    source.request.url = url;
    const bool fileLike = url.scheme() == DatabaseUrl::Scheme::File ||
                          (url.scheme() == DatabaseUrl::Scheme::Sqlite && !url.isInMemorySqlite());
    if (url.scheme() == DatabaseUrl::Scheme::File)
        source.request.dialect = kSqliteDialect;
    source.displayName = fileLike ? QFileInfo(url.path()).fileName() : url.toString();
    if (source.displayName.isEmpty())
        source.displayName = url.toString();
    source.recentEntry = urlWithoutPassword(url);
    return source;
}

Expected<LoadSource> resolveLoadSource(const QString &pathOrUrl, const QString &sqlDialect)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty()) {
        return Error{QCoreApplication::translate("strata::LoadSource",
                                                 "Nothing to open: choose a file or give a URL.")};
    }
    if (text.contains(QLatin1String("://"))) {
        auto url = DatabaseUrl::parse(text);
        if (!url)
            return url.error();
        return resolveLoadSource(url.value());
    }

    const QFileInfo info(text);
    const QString path = info.absoluteFilePath();
    const bool database = hasSqliteHeader(path) || (!info.isDir() && hasDatabaseSuffix(info));
    auto url = DatabaseUrl::parse(
        (database ? QStringLiteral("sqlite://") : QStringLiteral("file://")) + encodePath(path));
    if (!url)
        return url.error();
    LoadSource source;
    source.request.url = url.value();
    if (!database) {
        source.request.dialect = sqlDialect.isEmpty() ? kSqliteDialect : sqlDialect;
        source.sqlDialect = source.request.dialect;
    }
    // SQLite is what a .sql file means unless the user chose otherwise: only name the others.
    source.displayName = database || source.request.dialect == kSqliteDialect
                             ? info.fileName()
                             : QCoreApplication::translate("strata::LoadSource", "%1 (%2)")
                                   .arg(info.fileName(), sqlDialectName(source.request.dialect));
    source.recentEntry = path;
    return source;
}

} // namespace strata
