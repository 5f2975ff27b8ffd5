#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/connectdialog.h"
#include "editor/codeeditor.h"
#include "jobs/schemaloadjob.h"
#include "jobs/sqldialects.h"
#include "mainactions.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/programoutputpanel.h"
#include "project/projectcontroller.h"
#include "project/projectpanel.h"
#include "project/projectpath.h"
#include "recentfilesmenu.h"
#include "schema/counttexts.h"
#include "schema/schemabrowser.h"
#include "status/loadprogresswidget.h"
#include "theme/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
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
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/strata.svg")));
    setAcceptDrops(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_progress);
    createDocks();
    createMenus();
    connectActions();

    connect(m_schema, &SchemaBrowser::tableSelected, m_tabs, &SchemaTextTabs::showTable);
    connect(m_schema, &SchemaBrowser::tableActivated, this, &MainWindow::openTableSource);
    connect(m_progress, &LoadProgressWidget::cancelRequested, this, &MainWindow::cancelLoad);
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
    file->addAction(a->editEnvironment);
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
                a->cancelLoad, a->editEnvironment, a->quit, a->find, a->findNext, a->findPrevious,
                a->filterSchema});
    a->reload->setEnabled(false);
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
    connect(a->openProject, &QAction::triggered, this, [this] {
        // A file dialog, not a folder dialog: it shows the atlas.hcl to pick (a folder still
        // opens by drag and drop or on the command line).
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Project (choose its atlas.hcl)"), m_settings.lastDirectory(),
            tr("Atlas project files (*.hcl);;All files (*)"));
        if (path.isEmpty())
            return;
        m_settings.setLastDirectory(QFileInfo(path).absolutePath());
        const QString config = projectConfigPath(path);
        if (config.isEmpty()) {
            reportFailure(QFileInfo(path).fileName(),
                          tr("%1 is not an Atlas project file: choose an atlas.hcl.")
                              .arg(QDir::toNativeSeparators(path)));
            return;
        }
        openProject(config);
    });
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

void MainWindow::openPath(const QString &pathOrUrl)
{
    const QString config = projectConfigPath(pathOrUrl);
    if (!config.isEmpty()) {
        openProject(config, true);
        return;
    }
    Expected<LoadSource> source = resolveLoadSource(pathOrUrl);
    if (!source) {
        reportFailure(pathOrUrl, source.error().message);
        return;
    }
    startLoad(source.value());
}

void MainWindow::openSqlFile(const QString &path, const QString &dialect)
{
    Expected<LoadSource> source = resolveLoadSource(path, dialect);
    if (!source) {
        reportFailure(path, source.error().message);
        return;
    }
    startLoad(source.value());
}

void MainWindow::connectTo(const DatabaseUrl &url)
{
    startLoad(resolveLoadSource(url));
}

ConnectDialog *MainWindow::showConnectDialog(const QString &urlText, bool askForPassword)
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!urlText.isEmpty()) {
        Expected<DatabaseUrl> url = DatabaseUrl::parse(urlText);
        if (url)
            dialog->setUrl(url.value());
    }
    if (askForPassword)
        dialog->askForPassword();
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Expected<DatabaseUrl> url = dialog->url();
        if (url)
            connectTo(url.value());
    });
    dialog->open();
    return dialog;
}

void MainWindow::openRecent(const QString &entry)
{
    if (entry.contains(QLatin1String("://"))) {
        Expected<DatabaseUrl> url = DatabaseUrl::parse(entry);
        if (url && url->isDatabase() && url->scheme() != DatabaseUrl::Scheme::Sqlite) {
            showConnectDialog(entry, true);
            return;
        }
    }
    openPath(entry);
}

bool MainWindow::openProject(const QString &configPath, bool load)
{
    const Status opened = m_project->open(configPath);
    if (!opened) {
        reportFailure(QFileInfo(configPath).fileName(), opened.error().message);
        return false;
    }
    m_recent->add(QFileInfo(configPath).absoluteFilePath());
    m_projectDock->show();
    m_projectDock->raise();
    statusBar()->showMessage(tr("Opened %1. Choose an env and press Load Schema (F5).")
                                 .arg(QDir::toNativeSeparators(configPath)));
    if (load)
        loadSelectedEnv();
    return true;
}

void MainWindow::loadSelectedEnv()
{
    Expected<LoadSource> source = m_project->selectedEnvLoad();
    if (!source) {
        reportFailure(m_project->titleText(), source.error().message);
        return;
    }
    startLoad(source.value());
}

bool MainWindow::isLoading() const
{
    return m_job != nullptr;
}

void MainWindow::reload()
{
    if (m_project->isOpen())
        loadSelectedEnv();
    else if (m_source)
        startLoad(*m_source);
}

void MainWindow::cancelLoad()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_job = nullptr;
    const QString text = tr("Loading %1 cancelled.").arg(m_loadingSource->displayName);
    m_messages->info(text);
    statusBar()->showMessage(text);
    m_project->loadEnded(tr("Cancelled."));
    endLoad();
}

void MainWindow::startLoad(const LoadSource &source)
{
    if (m_job)
        m_job->cancel();
    m_loadingSource = source;
    auto *job = new SchemaLoadJob(++m_lastJobId, source.request, this);
    connect(job, &SchemaLoadJob::progress, this, &MainWindow::onLoadProgress);
    connect(job, &SchemaLoadJob::programOutput, this, [this](quint64 id, const QString &line) {
        if (m_job && id == m_job->id())
            m_project->programOutput(line);
    });
    connect(job, &SchemaLoadJob::succeeded, this, &MainWindow::onLoadSucceeded);
    connect(job, &SchemaLoadJob::failed, this, &MainWindow::onLoadFailed);
    connect(job, &SchemaLoadJob::finished, job, &QObject::deleteLater);
    m_job = job;

    const QString text = tr("Loading %1…").arg(source.displayName);
    // A program source has no URL to show: name the command instead.
    const QString what = source.request.program
                             ? source.request.program->program.join(QLatin1Char(' '))
                             : source.request.url.toString();
    m_messages->info(tr("Loading %1 (%2)").arg(source.displayName, what));
    statusBar()->showMessage(text);
    m_progress->begin(tr("Starting…"));
    m_actions->cancelLoad->setEnabled(true);
    m_project->panel()->setLoading(true);
    m_project->loadStarted(source);
    job->start();
}

void MainWindow::onLoadProgress(quint64 id, const QString &stage, int done, int total)
{
    if (m_job && id == m_job->id())
        m_progress->setProgress(stage, done, total);
}

void MainWindow::onLoadSucceeded(quint64 id, const LoadOutcome &outcome)
{
    if (!m_job || id != m_job->id())
        return;
    m_job = nullptr;
    m_source = m_loadingSource;
    const LoadResult &result = *outcome.result;
    m_realm = result.realm;
    m_schema->setRealm(result.realm);
    m_tabs->setTexts(outcome.hcl, outcome.sql);
    for (const QString &warning : result.warnings)
        m_messages->warning(warning);
    const QString counts = tableCountText(result.realm.tableCount());
    const QString text = result.programMs > 0
                             ? tr("Loaded %1 from %2 in %3 ms (the program ran %4 ms of it)")
                                   .arg(counts, m_source->displayName)
                                   .arg(outcome.elapsedMs)
                                   .arg(result.programMs)
                             : tr("Loaded %1 from %2 in %3 ms")
                                   .arg(counts, m_source->displayName)
                                   .arg(outcome.elapsedMs);
    m_project->loadEnded(tr("Done: the program ran %1 ms.").arg(result.programMs));
    m_messages->info(text);
    statusBar()->showMessage(text);
    m_recent->add(m_source->recentEntry);
    m_actions->reload->setEnabled(true);
    endLoad();
    updateTitle();
    Q_EMIT schemaShown();
}

void MainWindow::onLoadFailed(quint64 id, const Error &error)
{
    if (!m_job || id != m_job->id())
        return;
    m_job = nullptr;
    m_project->loadEnded(tr("Failed; see the Messages panel."));
    endLoad();
    reportFailure(m_loadingSource->displayName, error.message);
}

void MainWindow::reportFailure(const QString &name, const QString &message)
{
    m_messages->error(message);
    m_messagesDock->show();
    m_messagesDock->raise();
    statusBar()->showMessage(tr("Could not load %1: %2").arg(name, message));
    Q_EMIT loadFailed(message);
}

void MainWindow::endLoad()
{
    m_progress->end();
    m_actions->cancelLoad->setEnabled(false);
    m_project->panel()->setLoading(false);
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
    m_actions->reload->setText(open ? tr("&Load Schema") : tr("&Reload"));
    m_actions->reload->setStatusTip(open ? tr("Load the selected environment's src")
                                         : tr("Load the current database or file again"));
    m_actions->reload->setToolTip(m_actions->reload->statusTip());
    if (open)
        m_actions->reload->setEnabled(true);
}

void MainWindow::openWithDialog(const QString &title, const QString &filters)
{
    const QString path =
        QFileDialog::getOpenFileName(this, title, m_settings.lastDirectory(), filters);
    if (path.isEmpty())
        return;
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::openSqlFileWithDialog()
{
    // The file type picks the dialect: every filter matches *.sql, and the last one chosen is
    // preselected.
    const QList<SqlDialect> dialects = sqlDialects();
    QStringList filters;
    QString selected;
    const QString last = m_settings.sqlDialect();
    for (const SqlDialect &dialect : dialects) {
        filters.append(tr("%1 DDL (*.sql)").arg(dialect.name));
        if (dialect.id == last)
            selected = filters.last();
    }
    filters.append(tr("All files, as %1 DDL (*)").arg(sqlDialectName(last)));
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open SQL File"), m_settings.lastDirectory(),
                                     filters.join(QLatin1String(";;")), &selected);
    if (path.isEmpty())
        return;
    QString dialect = last;
    for (int i = 0; i < dialects.size(); ++i) {
        if (filters.at(i) == selected)
            dialect = dialects.at(i).id;
    }
    m_settings.setLastDirectory(QFileInfo(path).absolutePath());
    m_settings.setSqlDialect(dialect);
    openSqlFile(path, dialect);
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
    if (m_project->isOpen())
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
