#include "migrationdirurl.h"

#include "hcl/gostring.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrationDirUrlTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MigrationDirUrl)
};

const QLatin1String kSchemeSeparator("://");
const QStringList kOtherFormats{QStringLiteral("golang-migrate"), QStringLiteral("goose"),
                                QStringLiteral("flyway"), QStringLiteral("liquibase"),
                                QStringLiteral("dbmate")};

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

/// The first `format` value of the query, as Go's url.Values.Get.
QString queryFormat(const QString &query)
{
    for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(equals < 0 ? pair : pair.left(equals));
        if (key == QLatin1String("format"))
            return equals < 0 ? QString() : decoded(pair.mid(equals + 1));
    }
    return {};
}

} // namespace

Expected<MigrationDirLocation> parseMigrationDirUrl(const QString &url, const QString &dirFormat)
{
    const qsizetype separator = url.indexOf(kSchemeSeparator);
    QString rest = separator < 0 ? url : url.mid(separator + kSchemeSeparator.size());
    QString query;
    if (const qsizetype hash = rest.indexOf(QLatin1Char('#')); hash >= 0)
        rest.truncate(hash);
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    if (separator < 0) {
        return Error{MigrationDirUrlTr::tr("missing scheme for dir url. Did you mean %1? ")
                         .arg(goQuoted(QLatin1String("file://") + decoded(rest)))};
    }
    const QString scheme = url.left(separator);
    if (scheme == QLatin1String("atlas") || scheme == QLatin1String("mem")) {
        return Error{MigrationDirUrlTr::tr("%1:// migration directories are not supported: Strata "
                                           "works on local directories (file://).")
                         .arg(scheme)};
    }
    if (scheme != QLatin1String("file"))
        return Error{MigrationDirUrlTr::tr("unsupported driver %1").arg(goQuoted(scheme))};

    QString format = queryFormat(query);
    if (format.isEmpty())
        format = dirFormat;
    if (kOtherFormats.contains(format)) {
        return Error{MigrationDirUrlTr::tr("migration directories in the %1 format are not "
                                           "supported: Strata reads and writes Atlas's format "
                                           "(format=atlas).")
                         .arg(format)};
    }
    if (!format.isEmpty() && format != QLatin1String("atlas"))
        return Error{MigrationDirUrlTr::tr("unknown dir format %1").arg(goQuoted(format))};

    // filepath.Join(u.Host, u.Path): the host is the first path element of a relative URL.
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString host = decoded(slash < 0 ? rest : rest.left(slash));
    const QString path = slash < 0 ? QString() : decoded(rest.mid(slash));
    QString joined;
    if (host.isEmpty())
        joined = path;
    else if (path.isEmpty())
        joined = host;
    else
        joined = host + QLatin1Char('/') + path;
    joined = joined.isEmpty() ? QStringLiteral("migrations") : QDir::cleanPath(joined);
    return MigrationDirLocation{joined};
}

} // namespace strata
