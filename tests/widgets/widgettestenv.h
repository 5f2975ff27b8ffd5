#pragma once

#include "resourceinit.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace strata::test {

/// Keeps widget tests away from the user's settings: settings go to a fresh temporary folder
/// that lives as long as the test, and the widgets' icons are registered.
inline void setUpWidgetTest()
{
    static QTemporaryDir settingsDir;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("StrataTests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    strata::initWidgetResources();
}

} // namespace strata::test
