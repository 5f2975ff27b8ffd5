#pragma once

#include "settings/appsettings.h"

#include <QObject>
#include <QPalette>

namespace strata {

/// Applies Follow System / Light / Dark to the whole application. Light and Dark use the
/// Fusion style with Strata's palettes; Follow System restores the style and palette the
/// application started with.
class ThemeManager : public QObject
{
    Q_OBJECT

public:
    explicit ThemeManager(QObject *parent = nullptr);

    void apply(ThemeChoice theme);
    ThemeChoice current() const { return m_current; }

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QString m_systemStyle;
    QPalette m_systemPalette;
    ThemeChoice m_current = ThemeChoice::FollowSystem;
};

} // namespace strata
