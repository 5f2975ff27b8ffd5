#pragma once

#include "project/project.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace strata {

class ConnectionTester;
struct ConnectionTestResult;

/// The env form: url, dev, src, migration dir, schemas and exclude as HCL expressions exactly as
/// written in atlas.hcl (`getenv("DB_URL")` stays as typed; URL passwords show as ****). Save
/// rewrites only the changed attributes' bytes, checks the result still loads and writes the
/// file atomically; on any error nothing is written and the error shows in the form.
class EnvEditorDialog : public QDialog
{
    Q_OBJECT

public:
    EnvEditorDialog(const Project &project, const QString &envName, QWidget *parent = nullptr);
    ~EnvEditorDialog() override;

    QString envName() const { return m_envName; }
    /// The edit of an attribute path ("url", "dev", "src", "migration.dir", "schemas", ...).
    QLineEdit *field(const QString &path) const;
    QPushButton *testButton(const QString &path) const;
    QLabel *testResultLabel(const QString &path) const;
    QLabel *errorLabel() const { return m_error; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Writes the changed attributes. False, with the reason shown, when nothing was written.
    bool save();
    void accept() override;

Q_SIGNALS:
    /// atlas.hcl now holds `text`; `attributes` are the paths that changed (may be empty).
    void saved(const QByteArray &text, const QStringList &attributes);

private:
    struct Row
    {
        QString path;
        /// The expression as written in the file; empty when the env does not set it.
        QString written;
        /// What the field showed at first (written, passwords masked).
        QString shown;
        QLineEdit *edit = nullptr;
        QPushButton *test = nullptr;
        QLabel *result = nullptr;
        ConnectionTester *tester = nullptr;
    };

    void addRow(const QString &path, const QString &label, const QString &placeholder,
                bool database);
    Row *row(const QString &path) const;
    /// The expression to write for `row`, or an empty string when it is unchanged.
    QString changedExpression(const Row &row) const;
    Expected<QString> editedText(const QList<const Row *> &rows, const Row **failed) const;
    void testConnection(Row &row);
    void showTestResult(Row &row, bool ok, const QString &text);
    void showError(const QString &message, QLineEdit *field = nullptr);

    Project m_project;
    QString m_envName;
    QList<Row *> m_rows;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace strata
