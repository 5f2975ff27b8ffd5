#pragma once

#include "resourceinit.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
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

/// The first-column texts of `parent`'s children: what a tree shows one level down.
inline QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row)
        names.append(model->index(row, 0, parent).data().toString());
    return names;
}

} // namespace strata::test
