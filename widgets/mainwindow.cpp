#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "editor/codeeditor.h"
#include "jobs/schemaloadjob.h"
#include "mainactions.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "recentfilesmenu.h"
#include "schema/counttexts.h"
#include "schema/schemabrowser.h"
#include "status/loadprogresswidget.h"
#include "theme/thememanager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
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
    connect(m_progress, &LoadProgressWidget::cancelRequested, this, &MainWindow::cancelLoad);

    setTheme(m_settings.theme());
    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    updateTitle();
    statusBar()->showMessage(tr("Open an SQLite database or a .sql file (File > Open)."));
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

    resizeDocks({m_schemaDock}, {480}, Qt::Horizontal);
    resizeDocks({m_messagesDock}, {140}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    MainActions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a->openDatabase, a->openSqlFile});
    m_recent = new RecentFilesMenu(&m_settings, file);
    file->addMenu(m_recent);
    file->addSeparator();
    file->addActions({a->reload, a->cancelLoad});
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
    tools->addActions({a->openDatabase, a->openSqlFile, a->reload});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tools->toggleViewAction());
    view->addAction(m_schemaDock->toggleViewAction());
    view->addAction(m_messagesDock->toggleViewAction());
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->addActions(a->themeGroup->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a->about, a->aboutQt});

    // Shortcuts keep working with the menu bar hidden (and offscreen).
    addActions({a->openDatabase, a->openSqlFile, a->reload, a->cancelLoad, a->quit, a->find,
                a->findNext, a->findPrevious, a->filterSchema});
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
    connect(a->openSqlFile, &QAction::triggered, this, [this] {
        openWithDialog(tr("Open SQL File"), tr("SQL files (*.sql);;All files (*)"));
    });
    connect(m_recent, &RecentFilesMenu::openRequested, this, &MainWindow::openPath);
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
    Expected<LoadSource> source = resolveLoadSource(pathOrUrl);
    if (!source) {
        reportFailure(pathOrUrl, source.error().message);
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
    if (m_source)
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
    endLoad();
}

void MainWindow::startLoad(const LoadSource &source)
{
    if (m_job)
        m_job->cancel();
    m_loadingSource = source;
    auto *job = new SchemaLoadJob(++m_lastJobId, source.request, this);
    connect(job, &SchemaLoadJob::progress, this, &MainWindow::onLoadProgress);
    connect(job, &SchemaLoadJob::succeeded, this, &MainWindow::onLoadSucceeded);
    connect(job, &SchemaLoadJob::failed, this, &MainWindow::onLoadFailed);
    connect(job, &SchemaLoadJob::finished, job, &QObject::deleteLater);
    m_job = job;

    const QString text = tr("Loading %1…").arg(source.displayName);
    m_messages->info(tr("Loading %1 (%2)").arg(source.displayName, source.request.url.toString()));
    statusBar()->showMessage(text);
    m_progress->begin(tr("Starting…"));
    m_actions->cancelLoad->setEnabled(true);
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
    m_schema->setRealm(result.realm);
    m_tabs->setTexts(outcome.hcl, outcome.sql);
    for (const QString &warning : result.warnings)
        m_messages->warning(warning);
    const QString text = tr("Loaded %1 from %2 in %3 ms")
                             .arg(tableCountText(result.realm.tableCount()), m_source->displayName)
                             .arg(outcome.elapsedMs);
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
