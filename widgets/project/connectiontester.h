#pragma once

#include "url/databaseurl.h"

#include <QFutureWatcher>
#include <QObject>

namespace strata {

/// What "Test connection" found: the server's version, or why it could not connect.
struct ConnectionTestResult
{
    bool ok = false;
    QString text;
};

/// Opens a connection to a database URL off the GUI thread and reports the server version or
/// the error. One test at a time; starting another drops the first one's result.
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    void test(const DatabaseUrl &url);
    bool isRunning() const { return m_watcher.isRunning(); }

    /// The test itself, on the calling thread.
    static ConnectionTestResult run(const DatabaseUrl &url);

Q_SIGNALS:
    void finished(const strata::ConnectionTestResult &result);

private:
    QFutureWatcher<ConnectionTestResult> m_watcher;
};

} // namespace strata
