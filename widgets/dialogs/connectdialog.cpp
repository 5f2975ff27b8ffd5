#include "connectdialog.h"

#include "db/registry.h"
#include "project/connectiontester.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace strata {
namespace {

const QString kMask = QStringLiteral("****");
const QString kErrorStyle = QStringLiteral("color: #d32f2f");
const QString kOkStyle = QStringLiteral("color: #2e7d32");

bool isPasswordKey(const QString &key)
{
    return key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0;
}

} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_url(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_database(new QLineEdit(this))
    , m_schema(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_testButton(new QPushButton(tr("&Test Connection"), this))
    , m_tester(new ConnectionTester(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Database"));
    buildLayout();

    connect(m_url, &QLineEdit::textEdited, this, &ConnectDialog::onUrlEdited);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectDialog::onDriverChanged);
    for (QLineEdit *edit : {m_host, m_user, m_password, m_database, m_schema})
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::onFieldsEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectDialog::onFieldsEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectDialog::onFieldsEdited);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, &ConnectDialog::onTestFinished);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);

    showFields(m_fields);
    m_url->setText(m_fields.toUrlText(true));
    m_url->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::buildLayout()
{
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setClearButtonEnabled(true);
    QStringList examples;
    QStringList ports;
    m_driver->setObjectName(QStringLiteral("driverCombo"));
    for (const ServerChoice &server : serverChoices()) {
        m_driver->addItem(server.traits.serverName, server.traits.scheme);
        if (!examples.contains(server.traits.exampleUrl.section(QLatin1Char(':'), 1)))
            examples.append(server.traits.exampleUrl);
        ports.append(tr("%1 on %2").arg(server.traits.serverName).arg(server.traits.defaultPort));
    }
    m_url->setToolTip(tr("An Atlas URL, for example\n%1\nThe password is shown as ****; "
                         "type it here or in the Password field.")
                          .arg(examples.join(QLatin1Char('\n'))));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setToolTip(tr("Servers listen by default: %1").arg(ports.join(QLatin1String(", "))));
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory only: Strata never stores or shows a password"));
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    m_database->setPlaceholderText(tr("empty: every schema on the server"));
    m_schema->setObjectName(QStringLiteral("schemaEdit"));
    m_schema->setPlaceholderText(tr("e.g. public"));
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));

    auto *hostLine = new QHBoxLayout;
    hostLine->addWidget(m_host, 1);
    auto *portLabel = new QLabel(tr("P&ort:"), this);
    portLabel->setBuddy(m_port);
    hostLine->addWidget(portLabel);
    hostLine->addWidget(m_port);

    auto *details = new QGroupBox(tr("Or fill in the parts"), this);
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Driver:"), m_driver);
    // addRow(text, layout) would show the '&' literally: a layout cannot be a label's buddy.
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostLine);
    form->addRow(tr("Us&er:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Data&base:"), m_database);
    m_schemaLabel = new QLabel(tr("&Schema (search_path):"), this);
    m_schemaLabel->setBuddy(m_schema);
    form->addRow(m_schemaLabel, m_schema);
    form->addRow(tr("SS&L mode:"), m_sslMode);

    auto *urlForm = new QFormLayout;
    urlForm->addRow(tr("&URL:"), m_url);

    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    m_testButton->setObjectName(QStringLiteral("testConnection"));
    m_testButton->setAutoDefault(false);
    m_testButton->setToolTip(tr("Connect to the server now and show its version"));
    m_buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(
            tr("Load the whole schema; Escape or the Cancel button in the status bar stops it"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(urlForm);
    layout->addWidget(details);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Room for a typical URL with sslmode and search_path without scrolling.
    setMinimumWidth(720);
}

void ConnectDialog::setUrl(const DatabaseUrl &url)
{
    Expected<ConnectionFields> fields = ConnectionFields::fromUrl(url);
    if (!fields) {
        m_url->setText(url.toString());
        m_urlError = fields.error().message;
        showStatus(m_urlError, true);
        return;
    }
    m_fields = fields.value();
    m_queryPassword.clear();
    for (const auto &item : std::as_const(m_fields.otherQuery)) {
        if (isPasswordKey(item.first))
            m_queryPassword = item.second;
    }
    m_urlError.clear();
    showFields(m_fields);
    m_url->setText(m_fields.toUrlText(true));
    // A long URL reads from its scheme on: show its start, not its end.
    m_url->setCursorPosition(0);
    m_status->hide();
}

Expected<DatabaseUrl> ConnectDialog::url() const
{
    if (!m_urlError.isEmpty())
        return Error{m_urlError};
    return m_fields.toUrl();
}

QString ConnectDialog::maskedUrlText() const
{
    return m_url->text();
}

void ConnectDialog::askForPassword()
{
    m_password->setFocus();
    showStatus(tr("Strata remembers connections without their password: enter it to connect "
                  "(leave it empty if the server needs none)."),
               false);
}

void ConnectDialog::showConnectionError(const QString &message)
{
    // Server errors are text we did not write: mask any URL in them.
    showStatus(tr("Connection failed: %1").arg(maskPasswordsIn(message)), true);
}

void ConnectDialog::takePasswords(const QString &typed)
{
    // By pattern, not by parsing: the URL may not parse yet (or ever), and the password must
    // leave the screen all the same.
    static const QRegularExpression userInfo(
        QStringLiteral("[A-Za-z][A-Za-z0-9+.-]*://[^:/@\\s]*:([^/\\s]*)@"));
    static const QRegularExpression parameter(QStringLiteral("[?&]password=([^&\\s]*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto decode = [](const QString &text) {
        return QUrl::fromPercentEncoding(text.toUtf8());
    };
    const QRegularExpressionMatch user = userInfo.match(typed);
    if (user.hasMatch() && user.captured(1) != kMask)
        m_fields.password = decode(user.captured(1));
    const QRegularExpressionMatch query = parameter.match(typed);
    if (query.hasMatch() && query.captured(1) != kMask)
        m_queryPassword = decode(query.captured(1));
}

void ConnectDialog::onUrlEdited(const QString &typed)
{
    m_status->hide();
    QString text = typed;
    const QString masked = maskPasswordsIn(typed);
    if (masked != typed) {
        takePasswords(typed);
        const int cursor = m_url->cursorPosition();
        m_url->setText(masked);
        m_url->setCursorPosition(
            qBound(0, cursor + int(masked.size() - typed.size()), int(masked.size())));
        text = masked;
    }

    Expected<DatabaseUrl> parsed = DatabaseUrl::parse(text);
    if (!parsed) {
        m_urlError = parsed.error().message;
        return;
    }
    Expected<ConnectionFields> fields = ConnectionFields::fromUrl(parsed.value());
    if (!fields) {
        m_urlError = fields.error().message;
        showStatus(m_urlError, true);
        return;
    }
    // The URL field only ever holds `****`: it stands for the password in memory.
    ConnectionFields next = fields.value();
    if (next.hasPassword && next.password == kMask)
        next.password = m_fields.password;
    for (auto &item : next.otherQuery) {
        if (isPasswordKey(item.first) && item.second == kMask)
            item.second = m_queryPassword;
    }
    m_fields = next;
    m_urlError.clear();
    showFields(m_fields);
}

void ConnectDialog::onFieldsEdited()
{
    m_status->hide();
    m_fields = fieldsFromWidgets();
    m_urlError.clear();
    m_url->setText(m_fields.toUrlText(true));
}

void ConnectDialog::onDriverChanged()
{
    const QString scheme = m_driver->currentData().toString();
    // A port left at the old driver's default follows the new driver.
    if (m_port->value() == ConnectionFields::traitsFor(m_lastScheme).defaultPort) {
        const QSignalBlocker blocker(m_port);
        m_port->setValue(ConnectionFields::traitsFor(scheme).defaultPort);
    }
    // tls=true and sslmode=require mean different words: the mode starts over.
    {
        const QSignalBlocker blocker(m_sslMode);
        fillSslModes(scheme, QString());
    }
    m_lastScheme = scheme;
    updateDriverWidgets();
    onFieldsEdited();
}

void ConnectDialog::showFields(const ConnectionFields &fields)
{
    const QSignalBlocker driverBlocker(m_driver);
    const QSignalBlocker portBlocker(m_port);
    const QSignalBlocker sslBlocker(m_sslMode);
    m_driver->setCurrentIndex(m_driver->findData(fields.scheme));
    m_lastScheme = fields.scheme;
    // Only fields that differ are set, so the one being typed in keeps its cursor.
    const auto set = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    set(m_host, fields.host);
    m_port->setValue(fields.port);
    set(m_user, fields.user);
    set(m_password, fields.password);
    set(m_database, fields.database);
    set(m_schema, fields.schema);
    fillSslModes(fields.scheme, fields.sslMode);
    updateDriverWidgets();
}

ConnectionFields ConnectDialog::fieldsFromWidgets() const
{
    ConnectionFields fields;
    fields.scheme = m_driver->currentData().toString();
    fields.host = m_host->text().trimmed();
    fields.port = m_port->value();
    fields.user = m_user->text();
    fields.password = m_password->text();
    // "user:@host" (an explicitly empty password) survives until the password is edited.
    fields.hasPassword =
        !fields.password.isEmpty() || (m_fields.hasPassword && m_fields.password.isEmpty());
    fields.database = m_database->text().trimmed();
    fields.schema = fields.traits().schemaKey.isEmpty() ? QString() : m_schema->text().trimmed();
    fields.sslMode = m_sslMode->currentData().toString();
    fields.otherQuery = m_fields.otherQuery;
    return fields;
}

void ConnectDialog::fillSslModes(const QString &scheme, const QString &current)
{
    const ServerTraits server = ConnectionFields::traitsFor(scheme);
    m_sslMode->clear();
    m_sslMode->addItem(tr("Default"), QString());
    QStringList modes = server.tlsValues;
    if (!current.isEmpty() && !modes.contains(current))
        modes.append(current);
    for (const QString &mode : std::as_const(modes))
        m_sslMode->addItem(mode, mode);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(current)));
    m_sslMode->setToolTip(tr("Written as %1=… in the URL").arg(server.tlsKey));
}

void ConnectDialog::updateDriverWidgets()
{
    const ServerTraits server = ConnectionFields::traitsFor(m_driver->currentData().toString());
    const bool hasSchemas = !server.schemaKey.isEmpty();
    m_schema->setEnabled(hasSchemas);
    m_schemaLabel->setEnabled(hasSchemas);
    m_schema->setToolTip(
        hasSchemas ? tr("Written as %1=… in the URL; empty: every schema").arg(server.schemaKey)
                   : tr("%1 calls the database a schema").arg(server.serverName));
    m_url->setPlaceholderText(server.exampleUrl);
}

void ConnectDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? kErrorStyle : QString());
    m_status->show();
}

void ConnectDialog::accept()
{
    Expected<DatabaseUrl> connectUrl = url();
    if (!connectUrl) {
        showStatus(connectUrl.error().message, true);
        m_url->setFocus();
        return;
    }
    QDialog::accept();
}

void ConnectDialog::testConnection()
{
    Expected<DatabaseUrl> connectUrl = url();
    if (!connectUrl) {
        showStatus(connectUrl.error().message, true);
        return;
    }
    m_testButton->setEnabled(false);
    showStatus(tr("Connecting to %1…").arg(connectUrl->toString()), false);
    m_tester->test(connectUrl.value());
}

void ConnectDialog::onTestFinished(const ConnectionTestResult &result)
{
    m_testButton->setEnabled(true);
    // Server errors are text we did not write: mask any URL in them.
    showStatus(result.ok ? maskPasswordsIn(result.text)
                         : tr("Connection failed: %1").arg(maskPasswordsIn(result.text)),
               !result.ok);
    if (result.ok)
        m_status->setStyleSheet(kOkStyle);
}

} // namespace strata
