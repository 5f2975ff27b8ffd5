#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/connectdialog.h"
#include "editor/codeeditor.h"
#include "jobs/jobcontroller.h"
#include "jobs/reloadtarget.h"
#include "mainactions.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/programoutputpanel.h"
#include "project/projectcontroller.h"
#include "project/projectpanel.h"
#include "project/projectsession.h"
#include "recentfilesmenu.h"
#include "schema/schemabrowser.h"
#include "status/loadprogresswidget.h"
#include "theme/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>

namespace strata {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_theme(new ThemeManager(this))
    , m_actions(new MainActions(this))
    , m_tabs(new SchemaTextTabs(this))
    , m_schema(new SchemaBrowser(this))
    , m_messages(new MessagePanel(this))
    , m_progress(new LoadProgressWidget(this))
    , m_project(new ProjectController(&m_settings, m_messages, this))
    , m_jobs(new JobController(this))
    , m_loads(new SchemaLoadRunner(m_jobs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/strata.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_progress);
    createDocks();
    createMenus();
    connectActions();
    connectLoads();

    connect(m_schema, &SchemaBrowser::tableSelected, m_tabs, &SchemaTextTabs::showTable);
    connect(m_schema, &SchemaBrowser::tableActivated, this, &MainWindow::openTableSource);
    connect(m_project, &ProjectController::loadRequested, this, &MainWindow::loadSelectedEnv);
    connect(m_project, &ProjectController::projectChanged, this, [this] {
        updateProjectActions();
        updateTitle();
    });
    connect(m_project, &ProjectController::programStarted, this, [this] {
        m_outputDock->show();
        m_outputDock->raise();
    });

    setTheme(m_settings.theme());
    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
    updateProjectActions();
    updateReloadAction();
    statusBar()->showMessage(
        tr("Open a project (File > Open Project…), connect to a server (File > Connect…), or "
           "open an SQLite database or a .sql file."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_schemaDock = new QDockWidget(tr("Schema"), this);
    m_schemaDock->setObjectName(QStringLiteral("schemaDock"));
    m_schemaDock->setWidget(m_schema);
    addDockWidget(Qt::LeftDockWidgetArea, m_schemaDock);

    m_messagesDock = new QDockWidget(tr("Messages"), this);
    m_messagesDock->setObjectName(QStringLiteral("messagesDock"));
    m_messagesDock->setWidget(m_messages);
    addDockWidget(Qt::BottomDockWidgetArea, m_messagesDock);

    m_projectDock = new QDockWidget(tr("Project"), this);
    m_projectDock->setObjectName(QStringLiteral("projectDock"));
    m_projectDock->setWidget(m_project->panel());
    addDockWidget(Qt::LeftDockWidgetArea, m_projectDock);
    splitDockWidget(m_projectDock, m_schemaDock, Qt::Vertical);

    m_outputDock = new QDockWidget(tr("Program Output"), this);
    m_outputDock->setObjectName(QStringLiteral("programOutputDock"));
    m_outputDock->setWidget(m_project->output());
    addDockWidget(Qt::BottomDockWidgetArea, m_outputDock);
    tabifyDockWidget(m_messagesDock, m_outputDock);
    m_messagesDock->raise();

    resizeDocks({m_schemaDock}, {480}, Qt::Horizontal);
    resizeDocks({m_projectDock, m_schemaDock}, {260, 440}, Qt::Vertical);
    resizeDocks({m_messagesDock}, {160}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    MainActions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a->openProject, a->connectDatabase, a->openDatabase, a->openSqlFile});
    m_recent = new RecentFilesMenu(&m_settings, file);
    file->addMenu(m_recent);
    file->addSeparator();
    file->addActions({a->reload, a->cancelLoad});
    file->addSeparator();
    file->addActions({a->editEnvironment, a->closeProject});
    file->addSeparator();
    file->addAction(a->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a->find, a->findNext, a->findPrevious});
    edit->addSeparator();
    edit->addAction(a->filterSchema);

    QToolBar *tools = addToolBar(tr("Main Toolbar"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addActions(
        {a->openProject, a->connectDatabase, a->openDatabase, a->openSqlFile, a->reload});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tools->toggleViewAction());
    view->addAction(m_projectDock->toggleViewAction());
    view->addAction(m_schemaDock->toggleViewAction());
    view->addAction(m_messagesDock->toggleViewAction());
    view->addAction(m_outputDock->toggleViewAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(a->themeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a->about, a->aboutQt});

    // Shortcuts keep working with the menu bar hidden (and offscreen).
    addActions({a->openProject, a->connectDatabase, a->openDatabase, a->openSqlFile, a->reload,
                a->cancelLoad, a->editEnvironment, a->closeProject, a->quit, a->find, a->findNext,
                a->findPrevious, a->filterSchema});
    a->cancelLoad->setEnabled(false);
}

void MainWindow::connectActions()
{
    MainActions *a = m_actions;
    connect(a->openDatabase, &QAction::triggered, this, [this] {
        openWithDialog(tr("Open Database"),
                       tr("SQLite databases (*.db *.sqlite *.sqlite3);;SQL files (*.sql);;"
                          "All files (*)"));
    });
    connect(a->openSqlFile, &QAction::triggered, this, &MainWindow::openSqlFileWithDialog);
    connect(a->connectDatabase, &QAction::triggered, this, [this] { showConnectDialog(); });
    connect(a->openProject, &QAction::triggered, this, &MainWindow::openProjectWithDialog);
    connect(a->closeProject, &QAction::triggered, this, &MainWindow::closeProject);
    connect(a->editEnvironment, &QAction::triggered, m_project,
            &ProjectController::editSelectedEnv);
    connect(m_recent, &RecentFilesMenu::openRequested, this, &MainWindow::openRecent);
    connect(a->reload, &QAction::triggered, this, &MainWindow::reload);
    connect(a->cancelLoad, &QAction::triggered, this, &MainWindow::cancelLoad);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->find, &QAction::triggered, this, [this] { m_tabs->currentEditor()->showFindBar(); });
    connect(a->findNext, &QAction::triggered, this, [this] {
        CodeEditor *editor = m_tabs->currentEditor();
        editor->findBar()->text().isEmpty() ? editor->showFindBar() : void(editor->findNext());
    });
    connect(a->findPrevious, &QAction::triggered, this, [this] {
        CodeEditor *editor = m_tabs->currentEditor();
        editor->findBar()->text().isEmpty() ? editor->showFindBar() : void(editor->findPrevious());
    });
    connect(a->filterSchema, &QAction::triggered, this, [this] {
        m_schemaDock->show();
        m_schemaDock->raise();
        m_schema->focusFilter();
    });
    connect(a->themeSystem, &QAction::triggered, this,
            [this] { setTheme(ThemeChoice::FollowSystem); });
    connect(a->themeLight, &QAction::triggered, this, [this] { setTheme(ThemeChoice::Light); });
    connect(a->themeDark, &QAction::triggered, this, [this] { setTheme(ThemeChoice::Dark); });
    connect(a->about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(a->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::openTableSource(const QString &schema, const QString &table)
{
    const Table *found = nullptr;
    for (const Schema &candidate : m_realm.schemas) {
        if (candidate.name == schema)
            found = candidate.table(table);
    }
    if (!found)
        return;
    if (!found->source.isValid()) {
        statusBar()->showMessage(tr("No model file is known for table %1: its DDL came without an "
                                    "-- atlas:pos directive.")
                                     .arg(table));
        return;
    }
    Expected<CodeEditor *> editor = m_tabs->openSourceFile(found->source);
    if (!editor) {
        m_messages->error(editor.error().message);
        statusBar()->showMessage(editor.error().message);
        return;
    }
    statusBar()->showMessage(tr("Table %1 is defined in %2, lines %3–%4.")
                                 .arg(table, QDir::toNativeSeparators(found->source.file))
                                 .arg(found->source.firstLine)
                                 .arg(found->source.lastLine));
}

void MainWindow::updateProjectActions()
{
    const bool open = m_project->isOpen();
    m_actions->editEnvironment->setEnabled(open);
    m_actions->closeProject->setEnabled(open);
    updateReloadAction();
}

void MainWindow::updateReloadAction()
{
    const bool shownFromProject = m_source && m_project->isOpen() &&
                                  m_source->projectConfig == m_project->session()->configPath();
    const ReloadTarget target = reloadTargetFor(m_reloadSource, m_project->isOpen(),
                                                m_project->session()->selectedEnvLabel(),
                                                shownFromProject ? m_source->envLabel : QString());
    QAction *reload = m_actions->reload;
    reload->setText(target.text);
    reload->setIconText(target.iconText);
    reload->setStatusTip(target.tip);
    reload->setToolTip(
        tr("%1 (%2)").arg(target.tip, reload->shortcut().toString(QKeySequence::NativeText)));
    reload->setEnabled(target.kind != ReloadTarget::Kind::Nothing);
}

void MainWindow::setTheme(ThemeChoice theme)
{
    m_theme->apply(theme);
    m_settings.setTheme(theme);
    const QList<QAction *> actions = {m_actions->themeSystem, m_actions->themeLight,
                                      m_actions->themeDark};
    actions.at(int(theme))->setChecked(true);
}

void MainWindow::updateTitle()
{
    // The title names what the views show; a database opened on its own while a project is
    // open is named before the project.
    const bool separate = m_source && m_source->projectConfig.isEmpty();
    if (m_project->isOpen() && separate)
        setWindowTitle(tr("%1 — %2 — Strata").arg(m_source->displayName, m_project->titleText()));
    else if (m_project->isOpen())
        setWindowTitle(tr("%1 — Strata").arg(m_project->titleText()));
    else
        setWindowTitle(m_source ? tr("%1 — Strata").arg(m_source->displayName)
                                : QStringLiteral("Strata"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    cancelLoad();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openPath(urls.first().toLocalFile());
}

} // namespace strata
