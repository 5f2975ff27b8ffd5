#pragma once

#include "project/project.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace strata {

/// The "Project" dock's contents: the project file, its envs, a read-only summary of the
/// selected env, its program timeout, and the Load schema / Edit… buttons.
class ProjectPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectPanel(QWidget *parent = nullptr);

    /// Shows `project` with `selectedEnv` (and its instance `instance`, for a for_each env)
    /// selected; nullptr shows "no project".
    void setProject(const Project *project, const QString &selectedEnv, int instance = 0);
    QString selectedEnv() const;
    /// The instance of a for_each env shown; 0 for any other env.
    int selectedInstance() const;
    void setProgramTimeout(int seconds);
    int programTimeout() const;
    void setLoading(bool loading);

    QListWidget *envList() const { return m_envs; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *editButton() const { return m_edit; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    /// The each.key of every instance of a for_each env; hidden for any other env.
    QComboBox *instanceBox() const { return m_instance; }
    /// The summary value label of `attribute` ("url", "dev", "src", "program", "migration.dir",
    /// "schemas", "exclude").
    QLabel *summaryLabel(const QString &attribute) const;

Q_SIGNALS:
    void envSelected(const QString &name);
    void instanceSelected(int index);
    void loadRequested();
    void editRequested();
    void programTimeoutChanged(int seconds);

private:
    /// Fills the instance box for env `name` and shows the summary.
    void showEnv(const QString &name, int instance);
    /// The summary of the selected env's selected instance.
    void showSummary();
    void addSummaryRow(const QString &attribute, const QString &label);

    QLabel *m_path;
    QListWidget *m_envs;
    QFormLayout *m_summary;
    QGroupBox *m_summaryBox;
    QLabel *m_error;
    QComboBox *m_instance;
    QSpinBox *m_timeout;
    QPushButton *m_load;
    QPushButton *m_edit;
    std::optional<Project> m_project;
    QHash<QString, QLabel *> m_values;
};

} // namespace strata
