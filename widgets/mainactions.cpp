#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace strata {

MainActions::MainActions(QObject *parent)
    : QObject(parent)
{
    openDatabase = make(QStringLiteral("openDatabase"), tr("&Open Database…"),
                        QKeySequence(Qt::CTRL | Qt::Key_O), tr("Open an SQLite database file"));
    openDatabase->setIcon(QIcon(QStringLiteral(":/icons/schema.svg")));
    connectDatabase = make(QStringLiteral("connectDatabase"), tr("Co&nnect…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                           tr("Connect to a MySQL, MariaDB or PostgreSQL server"));
    connectDatabase->setIcon(QIcon(QStringLiteral(":/icons/schema.svg")));
    openSqlFile = make(QStringLiteral("openSqlFile"), tr("Open &SQL File…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                       tr("Open a .sql file of SQLite, MySQL, MariaDB or PostgreSQL DDL"));
    openSqlFile->setIcon(QIcon(QStringLiteral(":/icons/sqlfile.svg")));
    openProject = make(QStringLiteral("openProject"), tr("Open &Project…"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                       tr("Open a folder with an atlas.hcl, or an atlas.hcl file"));
    openProject->setIcon(QApplication::style()->standardIcon(QStyle::SP_DirOpenIcon));
    // Ctrl+W is left free: it is the usual shortcut for closing a tab or a document.
    closeProject = make(QStringLiteral("closeProject"), tr("C&lose Project"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                        tr("Close the open project and stop watching its atlas.hcl"));
    editEnvironment =
        make(QStringLiteral("editEnvironment"), tr("&Edit Environment…"),
             QKeySequence(Qt::CTRL | Qt::Key_E), tr("Edit the selected environment of atlas.hcl"));
    // MainWindow names what F5 loads in the text as it changes (see ReloadTarget).
    reload = make(QStringLiteral("reload"), tr("&Reload"), QKeySequence(Qt::Key_F5),
                  tr("Load the current database or file again"));
    reload->setIcon(QApplication::style()->standardIcon(QStyle::SP_BrowserReload));
    cancelLoad = make(QStringLiteral("cancelLoad"), tr("&Cancel Loading"),
                      QKeySequence(Qt::Key_Escape), tr("Stop the running load"));
    quit = make(QStringLiteral("quit"), tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                tr("Quit Strata"));
    quit->setMenuRole(QAction::QuitRole);

    find = make(QStringLiteral("find"), tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F),
                tr("Find text in the HCL or SQL view"));
    findNext = make(QStringLiteral("findNext"), tr("Find &Next"), QKeySequence(Qt::Key_F3),
                    tr("Go to the next match"));
    findPrevious = make(QStringLiteral("findPrevious"), tr("Find &Previous"),
                        QKeySequence(Qt::SHIFT | Qt::Key_F3), tr("Go to the previous match"));
    filterSchema =
        make(QStringLiteral("filterSchema"), tr("Filter &Schema…"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), tr("Filter the schema tree by name"));

    themeGroup = new QActionGroup(this);
    themeSystem = make(QStringLiteral("themeSystem"), tr("Follow &System"), {},
                       tr("Use the colours of the desktop"));
    themeLight = make(QStringLiteral("themeLight"), tr("&Light"), {}, tr("Use light colours"));
    themeDark = make(QStringLiteral("themeDark"), tr("&Dark"), {}, tr("Use dark colours"));
    for (QAction *action : {themeSystem, themeLight, themeDark}) {
        action->setCheckable(true);
        themeGroup->addAction(action);
    }

    about = make(QStringLiteral("about"), tr("&About Strata"), {},
                 tr("Show Strata's version and the versions of its libraries"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(QStringLiteral("aboutQt"), tr("About &Qt"), {}, tr("Show Qt's version"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QAction *MainActions::make(const QString &name, const QString &text, const QKeySequence &shortcut,
                           const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setStatusTip(tip);
    action->setToolTip(tip);
    return action;
}

} // namespace strata
