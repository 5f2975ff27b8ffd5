#include "projectpanel.h"

#include "projectsession.h"
#include "url/databaseurl.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strata {
namespace {

/// What the summary shows for an evaluated value: passwords masked, "not set" when empty.
QString shown(const QString &value)
{
    return maskPasswordsIn(value);
}

QString joined(const QStringList &values)
{
    return shown(values.join(QStringLiteral(", ")));
}

} // namespace

ProjectPanel::ProjectPanel(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLabel(this))
    , m_envs(new QListWidget(this))
    , m_summary(new QFormLayout)
    , m_error(new QLabel(this))
    , m_instance(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_load(new QPushButton(tr("&Load Schema"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
{
    m_path->setObjectName(QStringLiteral("projectPathLabel"));
    m_path->setWordWrap(true);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_envs->setObjectName(QStringLiteral("envList"));
    m_envs->setToolTip(tr("The environments (env blocks) of atlas.hcl"));
    m_envs->setMaximumHeight(m_envs->fontMetrics().height() * 6);
    connect(m_envs, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        showEnv(name, 0);
        if (!name.isEmpty())
            Q_EMIT envSelected(name);
    });
    connect(m_envs, &QListWidget::itemActivated, this, [this] { Q_EMIT loadRequested(); });

    m_summaryBox = new QGroupBox(this);
    auto *summaryBox = m_summaryBox;
    summaryBox->setLayout(m_summary);
    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_instance->setObjectName(QStringLiteral("envInstanceBox"));
    m_instance->setToolTip(tr("This env is declared with for_each: choose the instance (each.key) "
                              "to show and load"));
    connect(m_instance, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        showSummary();
        Q_EMIT instanceSelected(index);
    });
    auto *instanceLabel = new QLabel(tr("&Instance:"), this);
    instanceLabel->setBuddy(m_instance);
    m_summary->addRow(instanceLabel, m_instance);
    addSummaryRow(QStringLiteral("url"), tr("URL:"));
    addSummaryRow(QStringLiteral("dev"), tr("Dev:"));
    addSummaryRow(QStringLiteral("src"), tr("Source:"));
    addSummaryRow(QStringLiteral("program"), tr("Program:"));
    addSummaryRow(QStringLiteral("migration.dir"), tr("Migrations:"));
    addSummaryRow(QStringLiteral("schemas"), tr("Schemas:"));
    addSummaryRow(QStringLiteral("exclude"), tr("Exclude:"));

    m_timeout->setObjectName(QStringLiteral("programTimeoutBox"));
    m_timeout->setRange(1, 24 * 60 * 60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(
        tr("How long the env's external schema program may run before it is stopped"));
    connect(m_timeout, &QSpinBox::valueChanged, this, &ProjectPanel::programTimeoutChanged);
    auto *timeoutRow = new QHBoxLayout;
    timeoutRow->addWidget(m_timeout);
    timeoutRow->addStretch(1);
    auto *timeoutLabel = new QLabel(tr("Program &timeout:"), this);
    timeoutLabel->setBuddy(m_timeout);
    m_summary->addRow(timeoutLabel, timeoutRow);

    m_error->setObjectName(QStringLiteral("envErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_error->hide();

    m_load->setObjectName(QStringLiteral("loadEnvButton"));
    m_load->setToolTip(
        tr("Load the selected environment's desired schema (src); Enter on an env does the same"));
    m_load->setDefault(true);
    connect(m_load, &QPushButton::clicked, this, &ProjectPanel::loadRequested);
    m_edit->setObjectName(QStringLiteral("editEnvButton"));
    m_edit->setToolTip(tr("Edit the selected environment in atlas.hcl (Ctrl+E)"));
    connect(m_edit, &QPushButton::clicked, this, &ProjectPanel::editRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_load);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_path);
    layout->addWidget(m_envs);
    layout->addWidget(summaryBox);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch(1);

    setProject(nullptr, QString());
}

void ProjectPanel::addSummaryRow(const QString &attribute, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(QStringLiteral("summary_") + attribute);
    // One line each, clipped rather than widening the dock; the tooltip has the whole value.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_values.insert(attribute, value);
    m_summary->addRow(label, value);
}

QLabel *ProjectPanel::summaryLabel(const QString &attribute) const
{
    return m_values.value(attribute);
}

void ProjectPanel::setProject(const Project *project, const QString &selectedEnv, int instance)
{
    const QSignalBlocker blocker(m_envs);
    m_envs->clear();
    if (project)
        m_project = *project;
    else
        m_project.reset();
    if (!m_project) {
        m_path->setText(tr("No project open. Use File > Open Project… (Ctrl+Shift+P) to open "
                           "a folder with an atlas.hcl."));
        m_path->setToolTip(QString());
    } else {
        const QString path = QDir::toNativeSeparators(m_project->configPath());
        const QFileInfo info(m_project->configPath());
        m_path->setText(
            tr("<b>%1</b> — %2")
                .arg(info.dir().dirName().toHtmlEscaped(), info.fileName().toHtmlEscaped()));
        m_path->setToolTip(path);
        m_envs->addItems(m_project->envNames());
        const QList<QListWidgetItem *> matches = m_envs->findItems(selectedEnv, Qt::MatchExactly);
        if (!matches.isEmpty())
            m_envs->setCurrentItem(matches.constFirst());
    }
    const bool hasEnvs = m_envs->count() > 0;
    m_envs->setEnabled(hasEnvs);
    m_load->setEnabled(hasEnvs);
    m_edit->setEnabled(hasEnvs);
    m_timeout->setEnabled(hasEnvs);
    showEnv(selectedEnv, instance);
}

QString ProjectPanel::selectedEnv() const
{
    const QListWidgetItem *item = m_envs->currentItem();
    return item ? item->text() : QString();
}

int ProjectPanel::selectedInstance() const
{
    return qMax(0, m_instance->currentIndex());
}

void ProjectPanel::setProgramTimeout(int seconds)
{
    const QSignalBlocker blocker(m_timeout);
    m_timeout->setValue(seconds);
}

int ProjectPanel::programTimeout() const
{
    return m_timeout->value();
}

void ProjectPanel::setLoading(bool loading)
{
    m_load->setEnabled(!loading && m_envs->count() > 0);
}

void ProjectPanel::showEnv(const QString &name, int instance)
{
    const QList<Env> envs = m_project ? m_project->envsNamed(name) : QList<Env>();
    const QSignalBlocker blocker(m_instance);
    m_instance->clear();
    if (envs.size() > 1) {
        for (const Env &env : envs)
            m_instance->addItem(ProjectSession::instanceKey(env));
        m_instance->setCurrentIndex(qBound(0, instance, int(envs.size()) - 1));
    }
    m_summary->setRowVisible(m_instance, envs.size() > 1);
    showSummary();
}

void ProjectPanel::showSummary()
{
    const QString name = selectedEnv();
    const QList<Env> envs = m_project ? m_project->envsNamed(name) : QList<Env>();
    const QString notSet = tr("not set");
    auto set = [&](const QString &attribute, const QString &text) {
        QLabel *label = m_values.value(attribute);
        label->setText(text.isEmpty() ? notSet : text);
        label->setToolTip(text);
        label->setForegroundRole(text.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
    };
    m_summaryBox->setTitle(name.isEmpty() ? tr("Environment") : tr("Environment “%1”").arg(name));
    if (envs.isEmpty()) {
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
            set(it.key(), QString());
        m_error->hide();
        return;
    }
    const Env &env = envs.at(qMin(selectedInstance(), int(envs.size()) - 1));
    QStringList programs;
    for (const QString &src : env.src) {
        if (const std::optional<ExternalSchema> program = m_project->externalSchema(src))
            programs.append(program->program.join(QLatin1Char(' ')));
    }
    set(QStringLiteral("url"), shown(env.url));
    set(QStringLiteral("dev"), shown(env.dev));
    set(QStringLiteral("src"), joined(env.src));
    set(QStringLiteral("program"), shown(programs.join(QStringLiteral("; "))));
    set(QStringLiteral("migration.dir"), shown(env.migration.dir));
    set(QStringLiteral("schemas"), joined(env.schemas));
    set(QStringLiteral("exclude"), joined(env.exclude));
    m_error->setVisible(!env.evaluationError.isEmpty());
    m_error->setText(env.evaluationError);
}

} // namespace strata
