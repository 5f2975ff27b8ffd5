// MainWindow and the schema load: what starts one, and where its progress and outcome show. The
// JobController owns the running job (its id, Cancel, dropping stale results) and
// SchemaLoadRunner remembers what it reads; the window only passes what they report to the
// status bar, the docks and the pages. The window itself and its menus are in mainwindow.cpp.
#include "mainwindow.h"

#include "jobs/jobcontroller.h"
#include "jobs/reloadtarget.h"
#include "mainactions.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/projectcontroller.h"
#include "project/projectpanel.h"
#include "project/projectsession.h"
#include "recentfilesmenu.h"
#include "schema/counttexts.h"
#include "schema/schemabrowser.h"
#include "status/loadprogresswidget.h"

#include <QAction>
#include <QDockWidget>
#include <QStatusBar>

namespace strata {

void MainWindow::connectLoads()
{
    using Purpose = JobController::Purpose;
    connect(m_jobs, &JobController::started, this, [this](Purpose purpose) {
        if (purpose == Purpose::Load)
            showLoadRunning(true);
    });
    connect(m_jobs, &JobController::progress, this,
            [this](Purpose purpose, quint64, const QString &label, int done, int total) {
                if (purpose == Purpose::Load)
                    m_progress->setProgress(label, done, total);
            });
    connect(m_jobs, &JobController::stopped, this, [this](Purpose purpose) {
        if (purpose == Purpose::Load)
            showLoadRunning(false);
    });
    connect(m_progress, &LoadProgressWidget::cancelRequested, this, &MainWindow::cancelLoad);
    connect(m_loads, &SchemaLoadRunner::programOutput, m_project,
            &ProjectController::programOutput);
    connect(m_loads, &SchemaLoadRunner::succeeded, this, &MainWindow::showLoaded);
    connect(m_loads, &SchemaLoadRunner::failed, this, &MainWindow::showLoadFailed);
    connect(m_loads, &SchemaLoadRunner::cancelled, this, &MainWindow::showLoadCancelled);
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
    return m_loads->isRunning();
}

void MainWindow::reload()
{
    const ReloadTarget target = reloadTargetFor(m_reloadSource, m_project->isOpen(),
                                                m_project->session()->selectedEnvLabel(), {});
    if (target.kind == ReloadTarget::Kind::Source)
        startLoad(*m_reloadSource);
    else if (target.kind == ReloadTarget::Kind::SelectedEnv)
        loadSelectedEnv();
}

void MainWindow::cancelLoad()
{
    m_loads->cancel();
}

void MainWindow::startLoad(const LoadSource &source, SchemaLoadRunner::Origin origin)
{
    m_loads->start(source, origin);
    const QString text = tr("Loading %1…").arg(source.displayName);
    // A program source has no URL to show: name the command instead.
    const QString what = source.request.program
                             ? source.request.program->program.join(QLatin1Char(' '))
                             : source.request.url.toString();
    m_messages->info(tr("Loading %1 (%2)").arg(source.displayName, what));
    statusBar()->showMessage(text);
    m_project->loadStarted(source);
}

void MainWindow::showLoadRunning(bool running)
{
    if (running)
        m_progress->begin(tr("Starting…"));
    else
        m_progress->end();
    m_actions->cancelLoad->setEnabled(running);
    m_project->panel()->setLoading(running);
}

void MainWindow::showLoaded(const LoadSource &source, const LoadOutcome &outcome)
{
    m_source = source;
    const LoadResult &result = outcome.result;
    m_realm = result.realm;
    m_schema->setRealm(result.realm);
    m_tabs->setTexts(outcome.hcl, outcome.sql);
    for (const QString &warning : result.warnings)
        m_messages->warning(warning);
    const QString counts = tableCountText(result.realm.tableCount());
    const QString text = result.programMs > 0
                             ? tr("Loaded %1 from %2 in %3 ms (the program ran %4 ms of it)")
                                   .arg(counts, source.displayName)
                                   .arg(outcome.elapsedMs)
                                   .arg(result.programMs)
                             : tr("Loaded %1 from %2 in %3 ms")
                                   .arg(counts, source.displayName)
                                   .arg(outcome.elapsedMs);
    m_project->loadEnded(tr("Done: the program ran %1 ms.").arg(result.programMs));
    m_messages->info(text);
    statusBar()->showMessage(text);
    m_recent->add(source.recentEntry, source.sqlDialect);
    setReloadSource(source);
    updateTitle();
    Q_EMIT schemaShown();
}

void MainWindow::showLoadFailed(const LoadSource &source, const Error &error,
                                SchemaLoadRunner::Origin origin)
{
    m_project->loadEnded(tr("Failed; see the Messages panel."));
    // F5 retries what failed: the user may have fixed the file or started the server meanwhile.
    setReloadSource(source);
    reportFailure(source.displayName, error.message);
    if (origin == SchemaLoadRunner::Origin::ConnectDialog)
        reopenConnectDialog(source.request.url, error.message);
}

void MainWindow::showLoadCancelled(const LoadSource &source)
{
    const QString text = tr("Loading %1 cancelled.").arg(source.displayName);
    m_messages->info(text);
    statusBar()->showMessage(text);
    m_project->loadEnded(tr("Cancelled."));
}

void MainWindow::setReloadSource(const LoadSource &source)
{
    if (source.projectConfig.isEmpty())
        m_reloadSource = source;
    else
        m_reloadSource.reset();
    updateReloadAction();
}

void MainWindow::clearShownSchema()
{
    m_source.reset();
    m_realm = Realm();
    m_schema->clear();
    m_tabs->clear();
}

void MainWindow::reportFailure(const QString &name, const QString &message)
{
    m_messages->error(message);
    m_messagesDock->show();
    m_messagesDock->raise();
    statusBar()->showMessage(tr("Could not load %1: %2").arg(name, message));
    Q_EMIT loadFailed(message);
}

} // namespace strata
