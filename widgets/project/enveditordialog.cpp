#include "enveditordialog.h"

#include "connectiontester.h"
#include "envedits.h"
#include "load/envrequest.h"
#include "maskedexpression.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace strata {
namespace {

const QString kErrorStyle = QStringLiteral("color: #d32f2f");
const QString kOkStyle = QStringLiteral("color: #2e7d32");

/// `src` may be written as `schema { src = ... }`; the form edits whichever the env uses.
QString attributePathFor(const Env &env, const QString &path)
{
    if (path == QLatin1String("src") && !env.sources.contains(path) &&
        env.sources.contains(QStringLiteral("schema.src")))
        return QStringLiteral("schema.src");
    return path;
}

} // namespace

EnvEditorDialog::EnvEditorDialog(const Project &project, const QString &envName, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_envName(envName)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("envEditorDialog"));
    setWindowTitle(tr("Edit Environment \"%1\"").arg(envName));

    auto *hint = new QLabel(
        tr("Each value is an HCL expression, written to %1 as you type it: "
           "<code>\"sqlite://file.db\"</code>, <code>getenv(\"DB_URL\")</code>, "
           "<code>var.url</code>, <code>[\"public\"]</code>. Only changed fields are written; "
           "comments and layout stay as they are.")
            .arg(QFileInfo(project.configPath()).fileName().toHtmlEscaped()),
        this);
    hint->setWordWrap(true);

    auto *name = new QLineEdit(envName, this);
    name->setObjectName(QStringLiteral("envNameField"));
    name->setReadOnly(true);
    name->setToolTip(tr("Renaming an env is not supported here: edit the env block's label in "
                        "atlas.hcl."));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);

    const QList<Env> envs = project.envsNamed(envName);
    const Env env = envs.isEmpty() ? Env{} : envs.constFirst();
    const QList<EnvFormField> fields = envFormFields();
    const QStringList labels = {tr("&URL:"),           tr("&Dev database:"), tr("&Source (src):"),
                                tr("&Migration dir:"), tr("Sc&hemas:"),      tr("E&xclude:")};
    const QStringList placeholders = {QStringLiteral("\"sqlite://example.db\""),
                                      QStringLiteral("\"sqlite://dev?mode=memory\""),
                                      QStringLiteral("data.external_schema.app.url"),
                                      QStringLiteral("\"file://migrations\""),
                                      QStringLiteral("[\"public\"]"),
                                      QStringLiteral("[\"*.tmp_*\"]")};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        Row *row = new Row;
        row->path = attributePathFor(env, fields.at(i).path);
        row->written = env.sources.value(row->path).text;
        row->shown = maskedExpression(row->written);
        m_rows.append(row);

        row->edit = new QLineEdit(row->shown, this);
        row->edit->setObjectName(QStringLiteral("envField_") + fields.at(i).path);
        row->edit->setPlaceholderText(placeholders.at(i));
        row->edit->setToolTip(row->shown != row->written
                                  ? tr("The password is shown as ****. It is kept as written "
                                       "unless you change it.")
                                  : tr("An HCL expression; a bare URL gets quotes when saved."));
        auto *line = new QHBoxLayout;
        line->addWidget(row->edit, 1);
        // A label made by addRow() for a layout has no buddy, so its mnemonic would show as "&".
        auto *label = new QLabel(labels.at(i), this);
        label->setBuddy(row->edit);
        form->addRow(label, line);
        if (!fields.at(i).database)
            continue;
        row->test = new QPushButton(tr("Test Connection"), this);
        row->test->setObjectName(QStringLiteral("testConnection_") + fields.at(i).path);
        row->test->setAutoDefault(false);
        row->test->setToolTip(tr("Connect to this database now and show its server version"));
        line->addWidget(row->test);
        row->result = new QLabel(this);
        row->result->setObjectName(QStringLiteral("testResult_") + fields.at(i).path);
        row->result->setWordWrap(true);
        row->result->setTextInteractionFlags(Qt::TextSelectableByMouse);
        row->result->hide();
        form->addRow(QString(), row->result);
        row->tester = new ConnectionTester(this);
        connect(row->test, &QPushButton::clicked, this, [this, row] { testConnection(*row); });
        connect(row->tester, &ConnectionTester::finished, this,
                [this, row](const ConnectionTestResult &result) {
                    showTestResult(*row, result.ok,
                                   result.ok ? result.text
                                             : tr("Connection failed: %1").arg(result.text));
                });
    }

    m_error->setObjectName(QStringLiteral("envFormError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(kErrorStyle);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EnvEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EnvEditorDialog::reject);
    resize(640, sizeHint().height());
}

EnvEditorDialog::~EnvEditorDialog()
{
    qDeleteAll(m_rows);
}

QLineEdit *EnvEditorDialog::field(const QString &path) const
{
    const Row *found = row(path);
    return found ? found->edit : nullptr;
}

QPushButton *EnvEditorDialog::testButton(const QString &path) const
{
    const Row *found = row(path);
    return found ? found->test : nullptr;
}

QLabel *EnvEditorDialog::testResultLabel(const QString &path) const
{
    const Row *found = row(path);
    return found ? found->result : nullptr;
}

EnvEditorDialog::Row *EnvEditorDialog::row(const QString &path) const
{
    for (Row *candidate : m_rows) {
        if (candidate->path == path ||
            (path == QLatin1String("src") && candidate->path == QLatin1String("schema.src")))
            return candidate;
    }
    return nullptr;
}

QString EnvEditorDialog::changedExpression(const Row &row) const
{
    const QString typed = row.edit->text().trimmed();
    if (typed == row.shown.trimmed())
        return {};
    return expressionFromInput(unmaskedExpression(typed, row.written));
}

Expected<QString> EnvEditorDialog::editedText(const QList<const Row *> &rows,
                                              const Row **failed) const
{
    QList<AttributeEdit> edits;
    for (const Row *row : rows) {
        const QString expression = changedExpression(*row);
        if (expression.isEmpty() && row->edit->text().trimmed() != row->shown.trimmed()) {
            *failed = row;
            return Error{tr("%1 cannot be emptied here: the form changes attributes but does not "
                            "remove them. Remove it in the file, or give a value.")
                             .arg(row->path)};
        }
        if (!expression.isEmpty())
            edits.append({row->path, expression});
    }
    int failedEdit = -1;
    Expected<QString> text =
        applyEnvEdits(QString::fromUtf8(m_project.text()), m_envName, edits, &failedEdit);
    if (!text && failedEdit >= 0)
        *failed = row(edits.at(failedEdit).path);
    return text;
}

bool EnvEditorDialog::save()
{
    m_error->hide();
    QList<const Row *> rows;
    QStringList changed;
    for (const Row *row : m_rows) {
        rows.append(row);
        if (row->edit->text().trimmed() != row->shown.trimmed())
            changed.append(row->path);
    }
    const Row *failed = nullptr;
    Expected<QString> text = editedText(rows, &failed);
    if (!text) {
        showError(text.error().message, failed ? failed->edit : nullptr);
        return false;
    }
    const QByteArray bytes = text->toUtf8();
    if (changed.isEmpty()) {
        Q_EMIT saved(bytes, changed);
        return true;
    }

    // The edited text must still load, and this env still evaluate, before it replaces the file.
    Expected<Project> checked =
        Project::fromText(bytes, m_project.configPath(), ProjectOptions{m_envName, {}});
    if (!checked) {
        showError(checked.error().message);
        return false;
    }
    for (const Env &env : checked->envsNamed(m_envName)) {
        if (!env.evaluationError.isEmpty()) {
            showError(env.evaluationError);
            return false;
        }
    }

    const QString path = m_project.configPath();
    QFile current(path);
    if (!current.open(QIODevice::ReadOnly) || current.readAll() != m_project.text()) {
        showError(tr("%1 changed on disk since this form opened; nothing was written. Close the "
                     "form and edit the reloaded project.")
                      .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    current.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("Could not write %1: %2; the file is unchanged.")
                      .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT saved(bytes, changed);
    return true;
}

void EnvEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

void EnvEditorDialog::testConnection(Row &row)
{
    row.result->hide();
    const Row *failed = nullptr;
    Expected<QString> text = editedText({&row}, &failed);
    if (!text) {
        showTestResult(row, false, text.error().message);
        return;
    }
    Expected<Project> project =
        Project::fromText(text->toUtf8(), m_project.configPath(), ProjectOptions{m_envName, {}});
    if (!project) {
        showTestResult(row, false, project.error().message);
        return;
    }
    const QList<Env> envs = project->envsNamed(m_envName);
    if (envs.isEmpty() || !envs.constFirst().evaluationError.isEmpty()) {
        showTestResult(row, false,
                       envs.isEmpty() ? tr("The env is gone.") : envs.constFirst().evaluationError);
        return;
    }
    const Env &env = envs.constFirst();
    const QString value = row.path == QLatin1String("dev") ? env.dev : env.url;
    if (value.isEmpty()) {
        showTestResult(row, false, tr("%1 is not set.").arg(row.path));
        return;
    }
    if (value.startsWith(QLatin1String("external_schema://")) ||
        value.startsWith(QLatin1String("file://"))) {
        showTestResult(row, false,
                       tr("%1 is not a database: it is a schema source (%2), nothing to connect "
                          "to.")
                           .arg(row.path, maskPasswordsIn(value)));
        return;
    }
    Expected<LoadRequest> request = loadRequestForEnv(*project, env, row.path);
    if (!request) {
        showTestResult(row, false, request.error().message);
        return;
    }
    if (request->program || !request->url.isDatabase()) {
        showTestResult(row, false,
                       tr("%1 is not a database: it is a schema source (%2), nothing to connect "
                          "to.")
                           .arg(row.path, maskPasswordsIn(value)));
        return;
    }
    row.test->setEnabled(false);
    row.result->setText(tr("Connecting to %1…").arg(request->url.toString()));
    row.result->setStyleSheet(QString());
    row.result->show();
    row.tester->test(request->url);
}

void EnvEditorDialog::showTestResult(Row &row, bool ok, const QString &text)
{
    row.test->setEnabled(true);
    row.result->setText(text);
    row.result->setStyleSheet(ok ? kOkStyle : kErrorStyle);
    row.result->show();
}

void EnvEditorDialog::showError(const QString &message, QLineEdit *field)
{
    m_error->setText(message);
    m_error->show();
    if (field) {
        field->setFocus();
        field->selectAll();
    }
}

} // namespace strata
