#include "projectpath.h"

#include <QDir>
#include <QFileInfo>

namespace strata {

QString projectConfigPath(const QString &path)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1String("://")))
        return {};
    const QFileInfo info(trimmed);
    if (info.isDir()) {
        const QFileInfo config(QDir(info.absoluteFilePath()).filePath(QStringLiteral("atlas.hcl")));
        return config.isFile() ? config.absoluteFilePath() : QString();
    }
    if (info.suffix().compare(QLatin1String("hcl"), Qt::CaseInsensitive) == 0)
        return info.absoluteFilePath();
    return {};
}

} // namespace strata
