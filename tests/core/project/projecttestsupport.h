#pragma once

// Helpers shared by the atlas.hcl tests: HCL parsing and edits, the project model and its
// rewrites.

#include "project/project.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace projecttest {

// STRATA_TEST_DATA is relative to the calling CMakeLists.txt, one level too deep here.
inline const QString kData = QStringLiteral(STRATA_SOURCE_DIR "/tests/data/project");

inline QString fixture(const QString &name)
{
    return kData + QLatin1Char('/') + name;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline QStringList lines(const QByteArray &text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

inline strata::ProjectOptions withVars(const strata::VariableOverrides &vars,
                                       const QString &env = {})
{
    return strata::ProjectOptions{env, vars};
}

inline const strata::VariableOverrides kToken{{QStringLiteral("token"), QStringLiteral("t0")}};

} // namespace projecttest
