#pragma once

#include "enveditordialog.h"
#include "jobs/loadsource.h"
#include "util/expected.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace strata {

class AppSettings;
class MessagePanel;
class ProgramOutputPanel;
class ProjectPanel;
class ProjectSession;

/// The project side of the main window: opens atlas.hcl into the Project dock, keeps the dock
/// in step with the file on disk, turns the selected env into a load for the window to run,
/// feeds the program's stderr to the Program output dock and runs the env form.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    ProjectController(AppSettings *settings, MessagePanel *messages, QWidget *window);
    ~ProjectController() override;

    ProjectSession *session() const { return m_session; }
    ProjectPanel *panel() const { return m_panel; }
    ProgramOutputPanel *output() const { return m_output; }
    bool isOpen() const;
    /// Window title part: "folder (env)"; empty without a project.
    QString titleText() const;

    /// Opens the project file `configPath` and reports it in the Messages panel.
    Status open(const QString &configPath);
    /// Closes the project: the env form, the watch on atlas.hcl and the program's output go;
    /// the dock shows "no project" as at start.
    void close();
    /// The load of the selected env's src, with its program timeout from the settings.
    Expected<LoadSource> selectedEnvLoad() const;
    /// Opens the env form for the selected env (window-modal, not blocking).
    void editSelectedEnv();
    EnvEditorDialog *envEditor() const { return m_editor; }

    /// The window started loading `source`: a program run clears and heads the output log.
    void loadStarted(const LoadSource &source);
    void programOutput(const QString &line);
    /// The load ended: `note` closes the output log of a program run.
    void loadEnded(const QString &note);

Q_SIGNALS:
    /// The user asked to load the selected env (Load button, Enter on an env).
    void loadRequested();
    /// Opened, reloaded, or the selection changed: titles and actions may need updating.
    void projectChanged();
    /// A program run started: the window may want to show the output dock.
    void programStarted();

private:
    void showProject();
    void onEnvSelected(const QString &name);
    void onEnvSaved(const QString &envName, const QByteArray &text, const QStringList &attributes);

    AppSettings *m_settings;
    MessagePanel *m_messages;
    QWidget *m_window;
    ProjectSession *m_session;
    ProjectPanel *m_panel;
    ProgramOutputPanel *m_output;
    QPointer<EnvEditorDialog> m_editor;
    bool m_programRunning = false;
};

} // namespace strata
