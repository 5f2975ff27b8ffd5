#include "connectiontester.h"

#include "db/registry.h"

#include <QtConcurrent/QtConcurrentRun>

namespace strata {

ConnectionTester::ConnectionTester(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ConnectionTestResult>::finished, this, [this] {
        if (m_watcher.future().resultCount() > 0)
            Q_EMIT finished(m_watcher.result());
    });
}

// The running test holds no pointer to us, so closing the form does not wait for a slow server.
ConnectionTester::~ConnectionTester() = default;

void ConnectionTester::test(const DatabaseUrl &url)
{
    m_watcher.setFuture(QtConcurrent::run(&ConnectionTester::run, url));
}

ConnectionTestResult ConnectionTester::run(const DatabaseUrl &url)
{
    Expected<std::unique_ptr<Connection>> connection = openConnection(url);
    if (!connection)
        return {false, connection.error().message};
    return {true,
            tr("Connected to %1: %2").arg(url.toString(), connection.value()->serverVersion())};
}

} // namespace strata
