#pragma once

#include <QObject>

class QAction;
class QActionGroup;

namespace strata {

/// Every menu action of the main window with its text, shortcut and tip, in one place.
/// Plain creation: MainWindow connects them and lays out the menus.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QObject *parent = nullptr);

    QAction *openDatabase;
    QAction *connectDatabase;
    QAction *openSqlFile;
    QAction *openProject;
    QAction *closeProject;
    QAction *editEnvironment;
    QAction *reload;
    QAction *cancelLoad;
    QAction *quit;
    QAction *find;
    QAction *findNext;
    QAction *findPrevious;
    QAction *filterSchema;
    QAction *themeSystem;
    QAction *themeLight;
    QAction *themeDark;
    QActionGroup *themeGroup;
    QAction *about;
    QAction *aboutQt;

private:
    QAction *make(const QString &name, const QString &text, const QKeySequence &shortcut,
                  const QString &tip);
};

} // namespace strata
