#include "cli/commandline.h"
#include "translator.h"

#include "mainwindow.h"
#include "resourceinit.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationName(QStringLiteral("Strata"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runHeadless(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    setApplicationNames();
    strata::installTranslator(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    strata::cli::CliContext context{out, err};
    return strata::cli::runCommandLine(arguments, context);
}

int runGui(int argc, char **argv, const QStringList &arguments)
{
    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setDesktopFileName(QStringLiteral("strata"));
    strata::installTranslator(app);
    strata::initWidgetResources();
    strata::MainWindow window;
    window.show();
    if (!arguments.isEmpty())
        window.openPath(arguments.constFirst());
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (strata::cli::isCliInvocation(arguments))
        return runHeadless(argc, argv, arguments);
    return runGui(argc, argv, arguments);
}
