#include "loadsource.h"

#include "sqldialects.h"

#include "db/registry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace strata {
namespace {} // namespace

LoadSource resolveLoadSource(const DatabaseUrl &url)
{
    LoadSource source;
    source.request.url = url;
    const bool fileLike = url.isLocalFile();
    if (url.scheme() == DatabaseUrl::Scheme::File)
        source.request.dialect = defaultSqlDialect();
    source.displayName = fileLike ? QFileInfo(url.path()).fileName() : url.toString();
    if (source.displayName.isEmpty())
        source.displayName = url.toString();
    source.recentEntry = url.toStringWithoutPassword();
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
    // A database file by its content, or a new one by its name (app.db); anything else is DDL.
    const std::optional<DatabaseUrl> databaseUrl = databaseUrlForFile(path, true);
    const bool database = databaseUrl.has_value();
    auto url = database
                   ? Expected<DatabaseUrl>(*databaseUrl)
                   : DatabaseUrl::parse(QStringLiteral("file://") + DatabaseUrl::encodedPath(path));
    if (!url)
        return url.error();
    LoadSource source;
    source.request.url = url.value();
    if (!database) {
        source.request.dialect = sqlDialect.isEmpty() ? defaultSqlDialect() : sqlDialect;
        source.sqlDialect = source.request.dialect;
    }
    // The default dialect is what a .sql file means unless the user chose otherwise: only name
    // the others.
    source.displayName = database || source.request.dialect == defaultSqlDialect()
                             ? info.fileName()
                             : QCoreApplication::translate("strata::LoadSource", "%1 (%2)")
                                   .arg(info.fileName(), sqlDialectName(source.request.dialect));
    source.recentEntry = path;
    return source;
}

} // namespace strata
