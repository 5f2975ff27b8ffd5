#include "projectcontroller.h"

#include "enveditordialog.h"
#include "messages/messagepanel.h"
#include "programoutputpanel.h"
#include "projectpanel.h"
#include "projectsession.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace strata {

ProjectController::ProjectController(AppSettings *settings, MessagePanel *messages, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_messages(messages)
    , m_window(window)
    , m_session(new ProjectSession(this))
    , m_panel(new ProjectPanel(window))
    , m_output(new ProgramOutputPanel(window))
{
    m_panel->setObjectName(QStringLiteral("projectPanel"));
    m_output->setObjectName(QStringLiteral("programOutputPanel"));
    connect(m_session, &ProjectSession::projectChanged, this, &ProjectController::showProject);
    connect(m_session, &ProjectSession::reloadedFromDisk, this, [this] {
        m_messages->info(tr("%1 changed on disk; the project was reloaded.")
                             .arg(QDir::toNativeSeparators(m_session->configPath())));
    });
    connect(m_session, &ProjectSession::removedFromDisk, this, [this] {
        m_messages->warning(tr("%1 was deleted or renamed; the project stays open as it was "
                               "loaded, and reloads when the file is back.")
                                .arg(QDir::toNativeSeparators(m_session->configPath())));
    });
    connect(m_session, &ProjectSession::reloadFromDiskFailed, this, [this](const Error &error) {
        m_messages->error(
            tr("%1 changed on disk but does not load; the previous version stays "
               "open. %2")
                .arg(QDir::toNativeSeparators(m_session->configPath()), error.message));
    });
    connect(m_panel, &ProjectPanel::envSelected, this, &ProjectController::onEnvSelected);
    connect(m_panel, &ProjectPanel::instanceSelected, this, [this](int index) {
        m_session->selectInstance(index);
        Q_EMIT projectChanged();
    });
    connect(m_panel, &ProjectPanel::loadRequested, this, &ProjectController::loadRequested);
    connect(m_panel, &ProjectPanel::editRequested, this, &ProjectController::editSelectedEnv);
    connect(m_panel, &ProjectPanel::programTimeoutChanged, this, [this](int seconds) {
        if (isOpen())
            m_settings->setProgramTimeoutSeconds(m_session->configPath(), m_session->selectedEnv(),
                                                 seconds);
    });
}

ProjectController::~ProjectController() = default;

bool ProjectController::isOpen() const
{
    return m_session->isOpen();
}

QString ProjectController::titleText() const
{
    if (!isOpen())
        return {};
    const QString folder = QFileInfo(m_session->configPath()).dir().dirName();
    const QString env = m_session->selectedEnvLabel();
    return env.isEmpty() ? folder : tr("%1 (env %2)").arg(folder, env);
}

Status ProjectController::open(const QString &configPath)
{
    const Status opened = m_session->open(configPath);
    if (!opened)
        return opened;
    const Project &project = m_session->project();
    const QStringList envs = project.envNames();
    m_messages->info(
        tr("Opened project %1: %n env(s) (%2).", nullptr, int(envs.size()))
            .arg(QDir::toNativeSeparators(project.configPath()), envs.join(QStringLiteral(", "))));
    for (const QString &warning : project.warnings())
        m_messages->warning(warning);
    return opened;
}

void ProjectController::close()
{
    if (m_editor)
        m_editor->close();
    m_programRunning = false;
    m_output->clear();
    m_session->close();
}

Expected<LoadSource> ProjectController::selectedEnvLoad() const
{
    if (!isOpen())
        return Error{tr("No project is open.")};
    const QString env = m_session->selectedEnv();
    if (env.isEmpty()) {
        return Error{tr("%1 has no env to load: add an env block.")
                         .arg(QDir::toNativeSeparators(m_session->configPath()))};
    }
    return m_session->loadSource(env,
                                 m_settings->programTimeoutSeconds(m_session->configPath(), env),
                                 m_session->selectedInstance());
}

void ProjectController::editSelectedEnv()
{
    if (!isOpen() || m_session->selectedEnv().isEmpty())
        return;
    if (m_editor && m_editor->isVisible()) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    const QString env = m_session->selectedEnv();
    m_editor = new EnvEditorDialog(m_session->project(), env, m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &EnvEditorDialog::saved, this,
            [this, env](const QByteArray &text, const QStringList &attributes) {
                onEnvSaved(env, text, attributes);
            });
    m_editor->open();
}

void ProjectController::onEnvSaved(const QString &envName, const QByteArray &text,
                                   const QStringList &attributes)
{
    if (attributes.isEmpty()) {
        m_messages->info(tr("Env \"%1\" unchanged; nothing was written.").arg(envName));
        return;
    }
    const QString file = QDir::toNativeSeparators(m_session->configPath());
    const Status adopted = m_session->adoptSavedText(text);
    if (!adopted) {
        m_messages->error(
            tr("Saved %1, but it does not load again: %2").arg(file, adopted.error().message));
        return;
    }
    m_messages->info(tr("Saved env \"%1\" to %2 (changed: %3).")
                         .arg(envName, file, attributes.join(QStringLiteral(", "))));
}

void ProjectController::loadStarted(const LoadSource &source)
{
    m_programRunning = source.request.program.has_value();
    if (!m_programRunning)
        return;
    m_output->beginRun(source.request.program->program, source.request.program->workingDirectory);
    Q_EMIT programStarted();
}

void ProjectController::programOutput(const QString &line)
{
    m_output->appendLine(line);
}

void ProjectController::loadEnded(const QString &note)
{
    if (!m_programRunning)
        return;
    m_programRunning = false;
    m_output->appendNote(note);
}

void ProjectController::showProject()
{
    if (!isOpen()) {
        m_panel->setProject(nullptr, QString());
    } else {
        m_panel->setProject(&m_session->project(), m_session->selectedEnv(),
                            m_session->selectedInstance());
        m_panel->setProgramTimeout(
            m_settings->programTimeoutSeconds(m_session->configPath(), m_session->selectedEnv()));
    }
    Q_EMIT projectChanged();
}

void ProjectController::onEnvSelected(const QString &name)
{
    m_session->selectEnv(name);
    m_panel->setProgramTimeout(m_settings->programTimeoutSeconds(m_session->configPath(), name));
    Q_EMIT projectChanged();
}

} // namespace strata
