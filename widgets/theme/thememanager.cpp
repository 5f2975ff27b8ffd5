#include "thememanager.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace strata {

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{}

void ThemeManager::apply(ThemeChoice theme)
{
    if (theme == m_current)
        return;
    m_current = theme;
    switch (theme) {
    case ThemeChoice::FollowSystem:
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        QApplication::setPalette(m_systemPalette);
        break;
    case ThemeChoice::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QPalette ThemeManager::lightPalette()
{
    QPalette p(QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf6, 0xf8));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x6e, 0x77, 0x81));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    return p;
}

QPalette ThemeManager::darkPalette()
{
    const QColor window(0x2b, 0x2f, 0x35);
    const QColor text(0xdc, 0xe1, 0xe7);
    QPalette p(window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x22, 0x27));
    p.setColor(QPalette::AlternateBase, QColor(0x25, 0x29, 0x2f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x3a, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xdb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x3a, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x45, 0x4b, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Mid, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1d, 0x21));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x12, 0x14));
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x82, 0x8c));
    return p;
}

} // namespace strata
