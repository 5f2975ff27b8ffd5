#include "migrationdir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MigrationDirTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MigrationDir)
};

const QLatin1String kSqlSuffix(".sql");

} // namespace

MigrationDir::MigrationDir(QString path)
    : m_path(std::move(path))
{}

Expected<MigrationDir> MigrationDir::open(const QString &path, IfMissing ifMissing)
{
    const QFileInfo info(path);
    if (!info.exists() && ifMissing == IfMissing::Create && !QDir().mkpath(path)) {
        return Error{MigrationDirTr::tr("Cannot create the migration directory %1: check that "
                                        "its parent folder is writable.")
                         .arg(QDir::toNativeSeparators(path))};
    }
    const QFileInfo created(path);
    if (!created.exists()) {
        // Atlas's words (os.Stat's error), which scripts around the CLI may look for.
        return Error{
            MigrationDirTr::tr("sql/migrate: stat %1: no such file or directory").arg(path)};
    }
    if (!created.isDir())
        return Error{MigrationDirTr::tr("sql/migrate: \"%1\" is not a dir").arg(path)};
    return MigrationDir(path);
}

QString MigrationDir::filePath(const QString &name) const
{
    return QDir(m_path).filePath(name);
}

Expected<QList<MigrationFile>> MigrationDir::files() const
{
    // fs.Glob("*.sql"): hidden names too, directories too (reading one then fails), and the
    // suffix is case-sensitive, which QDir's name filters are not.
    QStringList names;
    const QDir dir(m_path);
    for (const QString &name :
         dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        if (name.endsWith(kSqlSuffix))
            names.append(name);
    }
    std::sort(names.begin(), names.end(), migrationNameLess);
    QList<MigrationFile> files;
    for (const QString &name : std::as_const(names)) {
        QFile file(filePath(name));
        if (QFileInfo(file).isDir() || !file.open(QIODevice::ReadOnly)) {
            return Error{MigrationDirTr::tr("sql/migrate: read file \"%1\": %2")
                             .arg(name, QFileInfo(file).isDir()
                                            ? MigrationDirTr::tr("is a directory")
                                            : file.errorString())};
        }
        files.append({name, file.readAll()});
    }
    return files;
}

Expected<std::optional<QByteArray>> MigrationDir::readSumFile() const
{
    QFile file(filePath(kSumFileName));
    if (!file.exists())
        return std::optional<QByteArray>();
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{MigrationDirTr::tr("Cannot read %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    }
    return std::optional<QByteArray>(file.readAll());
}

Expected<HashFile> MigrationDir::checksum() const
{
    auto all = files();
    if (!all)
        return all.error();
    return HashFile::compute(all.value());
}

Status MigrationDir::write(const QString &name, const QByteArray &bytes) const
{
    QSaveFile file(filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{MigrationDirTr::tr("Cannot write %1: %2. Check that the migration directory "
                                        "is writable.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    }
    return Ok{};
}

Status MigrationDir::writeSumFile() const
{
    auto sum = checksum();
    if (!sum)
        return sum.error();
    return write(kSumFileName, sum->serialize());
}

} // namespace strata
