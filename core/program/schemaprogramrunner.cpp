#include "schemaprogramrunner.h"

#include "processtree.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class SchemaProgramTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::SchemaProgram)
};

/// How often the loop wakes to check Cancel and the clock while the program is quiet.
constexpr int kPollMs = 50;
/// How much of stderr an error message quotes: enough for a stack trace's head.
constexpr int kTailLines = 15;
constexpr int kTailChars = 2000;
/// stderr kept in memory; a chatty program must not grow it without bound.
constexpr qsizetype kMaxStderrBytes = 1024 * 1024;

/// The command as a user would type it, for messages: `node load.js sqlite`.
QString commandText(const QStringList &program)
{
    QStringList parts;
    for (const QString &argument : program) {
        const bool plain = !argument.isEmpty() && !argument.contains(QLatin1Char(' ')) &&
                           !argument.contains(QLatin1Char('"')) &&
                           !argument.contains(QLatin1Char('\''));
        parts.append(plain
                         ? argument
                         : QLatin1Char('"') +
                               QString(argument).replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                               QLatin1Char('"'));
    }
    return parts.join(QLatin1Char(' '));
}

/// The last lines of stderr, for the end of an error message; empty when there are none.
QString stderrTail(const QString &stderrText)
{
    QStringList lines = stderrText.trimmed().split(QLatin1Char('\n'));
    if (lines.size() == 1 && lines.constFirst().isEmpty())
        return {};
    if (lines.size() > kTailLines)
        lines = lines.mid(lines.size() - kTailLines);
    QString tail = lines.join(QLatin1Char('\n'));
    if (tail.size() > kTailChars)
        tail = QStringLiteral("…") + tail.right(kTailChars);
    return tail;
}

Error failure(const QString &message, const QString &stderrText)
{
    const QString tail = stderrTail(stderrText);
    if (tail.isEmpty())
        return Error{message};
    return Error{message + QLatin1Char('\n') + SchemaProgramTr::tr("stderr:") + QLatin1Char('\n') +
                 tail};
}

/// Where program[0] is: PATH lookup for a bare name, the working directory for a relative path.
Expected<QString> resolveExecutable(const ProgramInvocation &invocation)
{
    const QString name = invocation.program.constFirst();
    if (name.contains(QLatin1Char('/'))) {
        const QFileInfo info(
            QDir::cleanPath(QDir(invocation.workingDirectory).absoluteFilePath(name)));
        if (!info.exists())
            return Error{SchemaProgramTr::tr("%1: program not found").arg(info.filePath())};
        if (!info.isFile() || !info.isExecutable())
            return Error{SchemaProgramTr::tr("%1: program is not executable").arg(info.filePath())};
        return info.absoluteFilePath();
    }
    const QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        return Error{SchemaProgramTr::tr("%1: program not found in PATH").arg(name)};
    return found;
}

/// Splits arriving stderr into lines for the live log; keeps a bounded copy for the message.
class StderrCollector
{
public:
    explicit StderrCollector(const std::function<void(const QString &)> &onLine)
        : m_onLine(onLine)
    {}

    void append(const QByteArray &bytes)
    {
        if (m_kept.size() < kMaxStderrBytes)
            m_kept.append(bytes.left(kMaxStderrBytes - m_kept.size()));
        m_pending.append(bytes);
        qsizetype newline;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            emitLine(m_pending.left(newline));
            m_pending.remove(0, newline + 1);
        }
    }

    void finish()
    {
        if (!m_pending.isEmpty())
            emitLine(m_pending);
        m_pending.clear();
    }

    QString text() const { return QString::fromUtf8(m_kept); }

private:
    void emitLine(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_onLine)
            m_onLine(QString::fromUtf8(line));
    }

    const std::function<void(const QString &)> &m_onLine;
    QByteArray m_kept;
    QByteArray m_pending;
};

} // namespace

Expected<ProgramOutput>
runSchemaProgram(const ProgramInvocation &invocation, const TaskControl &control,
                 const std::function<void(const QString &line)> &onStderrLine)
{
    if (invocation.program.isEmpty() || invocation.program.constFirst().isEmpty())
        return Error{SchemaProgramTr::tr("The external schema program is empty: set program to "
                                         "a command such as [\"node\", \"load.js\"].")};
    if (!QFileInfo(invocation.workingDirectory).isDir()) {
        return Error{SchemaProgramTr::tr("Cannot run %1: the working directory %2 does not exist.")
                         .arg(commandText(invocation.program),
                              QDir::toNativeSeparators(invocation.workingDirectory))};
    }
    const Expected<QString> executable = resolveExecutable(invocation);
    if (!executable)
        return executable.error();
    if (control.isCancelled())
        return Error::cancellation();

    const QString command = commandText(invocation.program);
    QProcess process;
    process.setWorkingDirectory(invocation.workingDirectory);
    process.setStandardInputFile(QProcess::nullDevice());
    // A group of its own, so Cancel and the timeout stop whatever the program started too
    // (npx starts node, shells start pipelines).
    startInOwnProcessGroup(process);
    process.start(executable.value(), invocation.program.mid(1));
    if (!process.waitForStarted(30'000)) {
        return Error{
            SchemaProgramTr::tr("Cannot start %1: %2").arg(command, process.errorString())};
    }
    qCDebug(lcProgram) << "started" << command << "pid" << process.processId();

    QElapsedTimer clock;
    clock.start();
    QByteArray out;
    StderrCollector err(onStderrLine);
    std::optional<Error> stopReason;

    const auto drain = [&] {
        err.append(process.readAllStandardError());
        const QByteArray chunk = process.readAllStandardOutput();
        if (out.size() + chunk.size() > invocation.maxOutputBytes) {
            stopReason = failure(SchemaProgramTr::tr("%1 printed more than %2 MiB of SQL and was "
                                                     "stopped. Check that it prints only the "
                                                     "schema.")
                                     .arg(command)
                                     .arg(invocation.maxOutputBytes / (1024 * 1024)),
                                 err.text());
            return;
        }
        out.append(chunk);
    };

    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(kPollMs);
        drain();
        if (stopReason)
            break;
        if (control.isCancelled()) {
            stopReason = Error::cancellation();
            break;
        }
        if (clock.elapsed() > invocation.timeoutMs) {
            stopReason = failure(SchemaProgramTr::tr("%1 did not finish within %2 s and was "
                                                     "stopped. Raise the timeout if it needs more "
                                                     "time.")
                                     .arg(command)
                                     .arg(invocation.timeoutMs / 1000.0),
                                 err.text());
            break;
        }
    }
    if (stopReason) {
        stopProcessTree(process);
        err.finish();
        qCDebug(lcProgram) << "stopped" << command << "after" << clock.elapsed() << "ms";
        return *stopReason;
    }
    process.waitForFinished(-1);
    drain();
    err.finish();
    if (stopReason)
        return *stopReason;

    const QString stderrText = err.text();
    if (process.exitStatus() == QProcess::CrashExit) {
        return failure(SchemaProgramTr::tr("%1 crashed (%2).").arg(command, process.errorString()),
                       stderrText);
    }
    if (process.exitCode() != 0) {
        return failure(SchemaProgramTr::tr("%1 failed with exit code %2.")
                           .arg(command)
                           .arg(process.exitCode()),
                       stderrText);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString sql = decoder.decode(out);
    if (decoder.hasError()) {
        return failure(SchemaProgramTr::tr("%1 printed output that is not UTF-8 text; the schema "
                                           "must be SQL in UTF-8.")
                           .arg(command),
                       stderrText);
    }
    if (sql.trimmed().isEmpty()) {
        return failure(SchemaProgramTr::tr("%1 printed no SQL (it exited with code 0 but its "
                                           "output is empty).")
                           .arg(command),
                       stderrText);
    }
    ProgramOutput result;
    result.sql = std::move(sql);
    result.stderrText = stderrText;
    result.elapsedMs = clock.elapsed();
    return result;
}

} // namespace strata
