// bench_projectload - time from "Load Schema" (F5) to the tree, HCL and SQL shown, for the
// bundled example project, without node's own run time: the env's program is `cat` of the
// DDL that `node load.js sqlite` prints (a few milliseconds), so what is measured is Strata's
// part: starting the job, reading the output, normalizing it in the in-memory SQLite dev
// database, writing HCL and SQL, and building the tree. Prints figures; not a ctest test.
//
//   bench_projectload [runs]      (run offscreen: QT_QPA_PLATFORM=offscreen)

#include "mainwindow.h"
#include "resourceinit.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace strata;

namespace {

const QString kExample = QStringLiteral(STRATA_SOURCE_DIR "/resources/examples/sequelize");

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_projectload: %s\n", qPrintable(message));
    std::exit(1);
}

/// The example's DDL as node prints it; the committed copy when node_modules is missing.
QByteArray exampleDdl()
{
    QProcess node;
    node.setWorkingDirectory(kExample);
    node.start(QStringLiteral("node"), {QStringLiteral("load.js"), QStringLiteral("sqlite")});
    if (node.waitForFinished(60'000) && node.exitCode() == 0)
        return node.readAllStandardOutput();
    std::fprintf(stderr, "node load.js failed; using schema.sqlite.sql\n");
    QFile file(kExample + QLatin1String("/schema.sqlite.sql"));
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read the example's schema.sqlite.sql"));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        fail(QStringLiteral("cannot write %1").arg(path));
}

/// Milliseconds until the window shows the schema (or fails, which ends the bench).
double timeLoad(MainWindow &window, const std::function<void()> &start)
{
    QEventLoop loop;
    bool failed = false;
    const auto shown =
        QObject::connect(&window, &MainWindow::schemaShown, &loop, &QEventLoop::quit);
    const auto error =
        QObject::connect(&window, &MainWindow::loadFailed, &loop, [&](const QString &message) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(message));
            failed = true;
            loop.quit();
        });
    QTimer::singleShot(60'000, &loop, [&] {
        failed = true;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    start();
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    QObject::disconnect(shown);
    QObject::disconnect(error);
    if (failed)
        fail(QStringLiteral("the example did not load"));
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20;
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    initWidgetResources();

    QTemporaryDir project;
    if (!project.isValid())
        fail(QStringLiteral("cannot create a temporary directory"));
    writeFile(project.filePath(QStringLiteral("schema.sql")), exampleDdl());
    writeFile(project.filePath(QStringLiteral("atlas.hcl")),
              "data \"external_schema\" \"sequelize\" {\n"
              "  program = [\"cat\", \"schema.sql\"]\n"
              "}\n"
              "env \"sqlite\" {\n"
              "  src = data.external_schema.sequelize.url\n"
              "  dev = \"sqlite://dev?mode=memory\"\n"
              "}\n");

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    const double first = timeLoad(window, [&] { window.openPath(project.path()); });

    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(timeLoad(window, [&] { window.reload(); }));
    std::sort(times.begin(), times.end());

    std::printf("open project + first load: %.1f ms\n", first);
    std::printf("Load Schema (F5) to tree shown, program = cat (no node): median %.1f ms, "
                "min %.1f ms, max %.1f ms over %d runs (target < 100 ms)\n",
                times.at(times.size() / 2), times.constFirst(), times.constLast(), runs);
    return 0;
}
