#include "loadsource.h"

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

Expected<LoadSource> fromUrl(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    LoadSource source;
    source.request.url = url.value();
    const bool fileLike =
        url->scheme() == DatabaseUrl::Scheme::File ||
        (url->scheme() == DatabaseUrl::Scheme::Sqlite && !url->isInMemorySqlite());
    if (url->scheme() == DatabaseUrl::Scheme::File)
        source.request.dialect = kSqliteDialect;
    source.displayName = fileLike ? QFileInfo(url->path()).fileName() : url->toString();
    if (source.displayName.isEmpty())
        source.displayName = url->toString();
    source.recentEntry = url->hasPassword() ? QString() : url->toString();
    return source;
}

} // namespace

Expected<LoadSource> resolveLoadSource(const QString &pathOrUrl)
{
    const QString text = pathOrUrl.trimmed();
    if (text.isEmpty()) {
        return Error{QCoreApplication::translate("strata::LoadSource",
                                                 "Nothing to open: choose a file or give a URL.")};
    }
    if (text.contains(QLatin1String("://")))
        return fromUrl(text);

    const QFileInfo info(text);
    const QString path = info.absoluteFilePath();
    const bool database = hasSqliteHeader(path) || (!info.isDir() && hasDatabaseSuffix(info));
    auto url = DatabaseUrl::parse(
        (database ? QStringLiteral("sqlite://") : QStringLiteral("file://")) + encodePath(path));
    if (!url)
        return url.error();
    LoadSource source;
    source.request.url = url.value();
    if (!database)
        source.request.dialect = kSqliteDialect;
    source.displayName = info.fileName();
    source.recentEntry = path;
    return source;
}

} // namespace strata
