#pragma once

#include <QDebug>
#include <QFile>
#include <QString>

/// The text of tests/data/hcl/<name>; a marker text when missing, so the comparison fails.
inline QString readGolden(const QString &name)
{
    QFile file(QString::fromUtf8(STRATA_SOURCE_DIR) + QLatin1String("/tests/data/hcl/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return QLatin1String("<missing golden file ") + name + QLatin1Char('>');
    return QString::fromUtf8(file.readAll());
}

/// Prints the writer's output when it differs, so a failing golden test shows the whole text.
inline void showIfDifferent(const QString &actual, const QString &expected)
{
    if (actual != expected)
        qWarning().noquote() << "actual output:\n" << actual;
}
