#pragma once

#include "connectionfields.h"
#include "url/databaseurl.h"
#include "util/expected.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace strata {

class ConnectionTester;
struct ConnectionTestResult;

/// File > Connect…: a MySQL, MariaDB or PostgreSQL server as one URL or as separate fields,
/// kept in sync. The URL field only ever shows the password as `****`; the real one lives in
/// the password field (echo mode Password) and in memory, and reaches only url().
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /// Fills the dialog from `url` (its password, if any, goes to the password field).
    void setUrl(const DatabaseUrl &url);
    /// The URL to connect to, with the real password; an Error says what is wrong.
    Expected<DatabaseUrl> url() const;
    /// What the URL field shows: the URL with `****` for the password.
    QString maskedUrlText() const;
    /// For a remembered URL (stored without its password): puts the cursor in the password
    /// field and says why.
    void askForPassword();
    /// Connecting with these values failed: says why, in the dialog, until a field is edited.
    void showConnectionError(const QString &message);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *statusLabel() const { return m_status; }

public Q_SLOTS:
    void accept() override;
    void testConnection();

private:
    void buildLayout();
    void onUrlEdited(const QString &typed);
    /// Keeps the passwords of a typed or pasted URL in memory before the field masks them.
    void takePasswords(const QString &typed);
    void onFieldsEdited();
    void onDriverChanged();
    void showFields(const ConnectionFields &fields);
    ConnectionFields fieldsFromWidgets() const;
    void fillSslModes(const QString &scheme, const QString &current);
    void updateDriverWidgets();
    void showStatus(const QString &text, bool error);
    void onTestFinished(const ConnectionTestResult &result);

    QLineEdit *m_url;
    QComboBox *m_driver;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_database;
    QLineEdit *m_schema;
    QLabel *m_schemaLabel = nullptr;
    QComboBox *m_sslMode;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_testButton;
    ConnectionTester *m_tester;

    /// The last fields the URL and the widgets agreed on; holds what no widget shows
    /// (extra query parameters, whether the URL had an empty password).
    ConnectionFields m_fields;
    /// The URL field does not parse (or names another scheme): why, for accept().
    QString m_urlError;
    /// A ?password=… parameter's value, which the URL field shows as `****`.
    QString m_queryPassword;
    QString m_lastScheme = ConnectionFields().scheme;
};

} // namespace strata
