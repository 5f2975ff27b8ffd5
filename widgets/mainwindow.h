#pragma once

#include "jobs/loadsource.h"
#include "jobs/schemaloadrunner.h"
#include "model/schema.h"
#include "settings/appsettings.h"

#include <QMainWindow>

#include <optional>

class QDockWidget;

namespace strata {

class ConnectDialog;
class DatabaseUrl;
class LoadProgressWidget;
class MainActions;
class MessagePanel;
class ProjectController;
class RecentFilesMenu;
class SchemaBrowser;
class SchemaTextTabs;
class ThemeManager;

/// Strata's main window. It only assembles the parts: the Schema dock, the HCL/SQL tabs, the
/// Messages dock, menus and the status bar. The JobController owns the running jobs; the window
/// wires their progress and outcomes to the docks and pages (mainwindowload.cpp). The File menu's
/// ways of opening something (dialogs, Recent Files, Connect…, projects) are in
/// mainwindowopen.cpp.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an SQLite database file, a .sql file of SQLite DDL, or any URL ("sqlite://...").
    /// Loads in the background; schemaShown() or loadFailed() follows. A folder with an
    /// atlas.hcl, or an .hcl file, opens as a project and loads its selected env.
    void openPath(const QString &pathOrUrl);
    /// Opens the project file `configPath` into the Project dock; loads its selected env when
    /// `load` is set. False (reported in Messages) when it does not load.
    bool openProject(const QString &configPath, bool load = false);
    bool isLoading() const;
    /// File > Close Project: cancels the project's running load, stops watching atlas.hcl and
    /// empties the Project dock; a schema loaded from the project leaves the views too.
    void closeProject();
    /// Loads a .sql file of DDL in `dialect` ("sqlite", "mysql", "mariadb", "postgres").
    void openSqlFile(const QString &path, const QString &dialect);
    /// Loads a server URL (its password stays in memory; Recent Files gets it without).
    void connectTo(const DatabaseUrl &url);
    /// File > Connect…: opens the (window-modal) dialog, filled from `urlText` when given, and
    /// asks for the password when `askForPassword`. Its Connect button calls connectTo(); when
    /// that load fails, the dialog opens again with the values typed and the error.
    ConnectDialog *showConnectDialog(const QString &urlText = QString(),
                                     bool askForPassword = false);
    /// A Recent Files entry: a server URL (stored without its password) reopens the Connect
    /// dialog; a .sql file opens in the dialect it was read in (asked for when an entry from an
    /// older version has none); anything else opens with openPath().
    void openRecent(const QString &entry);

    SchemaBrowser *schemaBrowser() const { return m_schema; }
    SchemaTextTabs *textTabs() const { return m_tabs; }
    MessagePanel *messagePanel() const { return m_messages; }
    LoadProgressWidget *loadProgress() const { return m_progress; }
    ProjectController *project() const { return m_project; }
    MainActions *actions() const { return m_actions; }

public Q_SLOTS:
    /// F5: loads the database, .sql file or connection opened last again; with a project open
    /// and nothing opened since, the env selected in the Project dock. The action's text says
    /// which (see ReloadTarget).
    void reload();
    /// Stops the running load; its result, if it still arrives, is dropped (Escape).
    void cancelLoad();

Q_SIGNALS:
    /// A load finished and its tree, HCL and SQL are on screen.
    void schemaShown();
    /// A load failed; `message` is the error as the core reported it.
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void connectActions();
    void connectLoads();
    void startLoad(const LoadSource &source,
                   SchemaLoadRunner::Origin origin = SchemaLoadRunner::Origin::Open);
    void loadSelectedEnv();
    void openTableSource(const QString &schema, const QString &table);
    void updateProjectActions();
    void updateReloadAction();
    /// A load ended: a database, file or connection becomes what F5 loads; an env clears it.
    void setReloadSource(const LoadSource &source);
    void clearShownSchema();
    ConnectDialog *newConnectDialog();
    /// Connect… failed: the dialog again, with `url` (password in memory) and `message`.
    void reopenConnectDialog(const DatabaseUrl &url, const QString &message);
    /// A .sql file from Recent Files remembered without a dialect: asks which one it is in.
    void askSqlDialect(const QString &path);
    void openProjectWithDialog();
    /// The status bar's progress, Cancel Loading and the Load button follow the Load job.
    void showLoadRunning(bool running);
    void showLoaded(const LoadSource &source, const LoadOutcome &outcome);
    void showLoadFailed(const LoadSource &source, const Error &error,
                        SchemaLoadRunner::Origin origin);
    void showLoadCancelled(const LoadSource &source);
    void reportFailure(const QString &name, const QString &message);
    void openWithDialog(const QString &title, const QString &filters);
    void openSqlFileWithDialog();
    void setTheme(ThemeChoice theme);
    void updateTitle();

    AppSettings m_settings;
    ThemeManager *m_theme;
    MainActions *m_actions;
    SchemaTextTabs *m_tabs;
    SchemaBrowser *m_schema;
    MessagePanel *m_messages;
    QDockWidget *m_schemaDock = nullptr;
    QDockWidget *m_messagesDock = nullptr;
    QDockWidget *m_projectDock = nullptr;
    QDockWidget *m_outputDock = nullptr;
    LoadProgressWidget *m_progress;
    ProjectController *m_project;
    JobController *m_jobs;
    SchemaLoadRunner *m_loads;
    RecentFilesMenu *m_recent = nullptr;

    /// What the views show.
    std::optional<LoadSource> m_source;
    /// What F5 loads again: the database, .sql file or connection that last finished loading
    /// (or failed to, so that F5 retries it). Opening a project or loading an env clears it,
    /// and F5 loads the selected env instead.
    std::optional<LoadSource> m_reloadSource;
    /// What the tree shows, for the model file positions of its tables.
    Realm m_realm;
};

} // namespace strata
