#pragma once

#include "project/project.h"

#include <QWidget>

#include <optional>

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

    /// Shows `project` with `selectedEnv` selected; nullptr shows "no project".
    void setProject(const Project *project, const QString &selectedEnv);
    QString selectedEnv() const;
    void setProgramTimeout(int seconds);
    int programTimeout() const;
    void setLoading(bool loading);

    QListWidget *envList() const { return m_envs; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *editButton() const { return m_edit; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    /// The summary value label of `attribute` ("url", "dev", "src", "program", "migration.dir",
    /// "schemas", "exclude").
    QLabel *summaryLabel(const QString &attribute) const;

Q_SIGNALS:
    void envSelected(const QString &name);
    void loadRequested();
    void editRequested();
    void programTimeoutChanged(int seconds);

private:
    void showEnv(const QString &name);
    void addSummaryRow(const QString &attribute, const QString &label);

    QLabel *m_path;
    QListWidget *m_envs;
    QFormLayout *m_summary;
    QGroupBox *m_summaryBox;
    QLabel *m_error;
    QSpinBox *m_timeout;
    QPushButton *m_load;
    QPushButton *m_edit;
    std::optional<Project> m_project;
    QHash<QString, QLabel *> m_values;
};

} // namespace strata
