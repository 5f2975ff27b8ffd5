// MainWindow's File menu: every way of opening something (a path, a .sql file in a dialect, a
// server through Connect…, a Recent Files entry, a project) and closing the project. The
// window itself and its menus are in mainwindow.cpp, the load it starts in mainwindowload.cpp.
#include "mainwindow.h"

#include "dialogs/connectdialog.h"
#include "jobs/sqldialects.h"
#include "mainactions.h"
#include "messages/messagepanel.h"
#include "pages/schematexttabs.h"
#include "project/projectcontroller.h"
#include "project/projectpath.h"
#include "project/projectsession.h"
#include "recentfilesmenu.h"
#include "schema/schemabrowser.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QStatusBar>

namespace strata {

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

ConnectDialog *MainWindow::newConnectDialog()
{
    auto *dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Expected<DatabaseUrl> url = dialog->url();
        if (!url)
            return;
        // If this load fails, the dialog comes back with what was typed.
        startLoad(resolveLoadSource(url.value()), SchemaLoadRunner::Origin::ConnectDialog);
    });
    return dialog;
}

ConnectDialog *MainWindow::showConnectDialog(const QString &urlText, bool askForPassword)
{
    ConnectDialog *dialog = newConnectDialog();
    if (!urlText.isEmpty()) {
        Expected<DatabaseUrl> url = DatabaseUrl::parse(urlText);
        if (url)
            dialog->setUrl(url.value());
    }
    if (askForPassword)
        dialog->askForPassword();
    dialog->open();
    return dialog;
}

void MainWindow::reopenConnectDialog(const DatabaseUrl &url, const QString &message)
{
    ConnectDialog *dialog = newConnectDialog();
    dialog->setUrl(url);
    dialog->showConnectionError(message);
    dialog->open();
}

void MainWindow::openRecent(const QString &entry)
{
    if (entry.contains(QLatin1String("://"))) {
        Expected<DatabaseUrl> url = DatabaseUrl::parse(entry);
        if (url && url->isServer()) {
            showConnectDialog(entry, true);
            return;
        }
    } else if (QFileInfo(entry).isFile() && projectConfigPath(entry).isEmpty()) {
        // Only a file of DDL has a dialect; a database file opens as one whatever its name.
        Expected<LoadSource> source = resolveLoadSource(entry);
        if (source && !source->sqlDialect.isEmpty()) {
            const QString dialect = m_settings.recentSqlDialect(entry);
            if (dialect.isEmpty())
                askSqlDialect(entry);
            else
                openSqlFile(entry, dialect);
            return;
        }
    }
    openPath(entry);
}

void MainWindow::askSqlDialect(const QString &path)
{
    const QList<SqlDialect> dialects = sqlDialects();
    QStringList names;
    for (const SqlDialect &dialect : dialects)
        names.append(dialect.name);
    auto *question = new QInputDialog(this);
    question->setAttribute(Qt::WA_DeleteOnClose);
    question->setObjectName(QStringLiteral("sqlDialectQuestion"));
    question->setWindowTitle(tr("Open SQL File"));
    question->setLabelText(
        tr("Which SQL dialect is %1 written in? Recent Files remembers the answer.")
            .arg(QFileInfo(path).fileName()));
    question->setComboBoxItems(names);
    question->setComboBoxEditable(false);
    // Preselected as in Open SQL File…: the dialect chosen last.
    question->setTextValue(sqlDialectName(m_settings.sqlDialect()));
    question->setOkButtonText(tr("&Open"));
    connect(question, &QInputDialog::textValueSelected, this,
            [this, path, dialects](const QString &name) {
                for (const SqlDialect &dialect : dialects) {
                    if (dialect.name == name) {
                        m_settings.setSqlDialect(dialect.id);
                        openSqlFile(path, dialect.id);
                    }
                }
            });
    question->open();
}

bool MainWindow::openProject(const QString &configPath, bool load)
{
    const Status opened = m_project->open(configPath);
    if (!opened) {
        reportFailure(QFileInfo(configPath).fileName(), opened.error().message);
        return false;
    }
    // The project is now what the user opened last: F5 loads its selected env.
    m_reloadSource.reset();
    m_recent->add(QFileInfo(configPath).absoluteFilePath());
    m_projectDock->show();
    m_projectDock->raise();
    statusBar()->showMessage(tr("Opened %1. Choose an env and press Load Schema (F5).")
                                 .arg(QDir::toNativeSeparators(configPath)));
    updateReloadAction();
    if (load)
        loadSelectedEnv();
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project->isOpen())
        return;
    const QString config = m_project->session()->configPath();
    if (const LoadSource *loading = m_loads->loadingSource();
        loading && loading->projectConfig == config)
        cancelLoad();
    // A database or file opened on its own stays on screen: it is not part of the project.
    if (m_source && !m_source->projectConfig.isEmpty())
        clearShownSchema();
    m_project->close();
    m_messages->info(tr("Closed project %1.").arg(QDir::toNativeSeparators(config)));
    statusBar()->showMessage(tr("Closed %1.").arg(QDir::toNativeSeparators(config)));
    updateTitle();
    updateReloadAction();
}

void MainWindow::openProjectWithDialog()
{
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

} // namespace strata
