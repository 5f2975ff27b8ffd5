#include "recentfilesmenu.h"

#include "jobs/sqldialects.h"
#include "settings/appsettings.h"
#include "url/databaseurl.h"

#include <QDir>
#include <QFileInfo>

namespace strata {

RecentFilesMenu::RecentFilesMenu(AppSettings *settings, QWidget *parent)
    : QMenu(tr("Recent &Files"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("recentFilesMenu"));
    setToolTipsVisible(true);
    rebuild();
}

void RecentFilesMenu::add(const QString &entry, const QString &sqlDialect)
{
    if (entry.isEmpty())
        return;
    m_settings->addRecentFile(entry, sqlDialect);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings->recentFiles();
    int number = 1;
    for (const QString &file : files) {
        const bool url = file.contains(QLatin1String("://"));
        const QFileInfo info(file);
        // Every project file is called atlas.hcl: its folder tells projects apart.
        const bool project = !url && info.suffix() == QLatin1String("hcl");
        // Entries are stored without passwords; masking again covers lists from older versions.
        const QString shown = url ? maskPasswordsIn(file) : file;
        // The default dialect is what a .sql file means unless the user chose otherwise: only name
        // the others.
        const QString dialect = url || project ? QString() : m_settings->recentSqlDialect(file);
        const QString dialectName = dialect.isEmpty() || dialect == defaultSqlDialect()
                                        ? QString()
                                        : sqlDialectName(dialect);
        const QString name = url       ? shown
                             : project ? info.dir().dirName() + QLatin1Char('/') + info.fileName()
                             : dialectName.isEmpty()
                                 ? info.fileName()
                                 : tr("%1 (%2)").arg(info.fileName(), dialectName);
        const QString label = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(name)
                                          : QStringLiteral("%1 %2").arg(number).arg(name);
        QAction *action = addAction(label);
        Expected<DatabaseUrl> parsed =
            url ? DatabaseUrl::parse(file) : Expected<DatabaseUrl>(Error{QString()});
        const bool server = parsed && parsed->isServer();
        action->setStatusTip(url ? shown : QDir::toNativeSeparators(file));
        if (!dialect.isEmpty())
            action->setStatusTip(
                tr("%1, read as %2 DDL").arg(action->statusTip(), sqlDialectName(dialect)));
        action->setToolTip(server ? tr("%1\nRemembered without its password: Strata asks for "
                                       "it when you open it.")
                                        .arg(shown)
                                  : action->statusTip());
        connect(action, &QAction::triggered, this, [this, file] { Q_EMIT openRequested(file); });
        ++number;
    }
    if (files.isEmpty()) {
        addAction(tr("No Recent Files"))->setEnabled(false);
    }
    addSeparator();
    QAction *clearAction = addAction(tr("Clear Recent Files"));
    clearAction->setObjectName(QStringLiteral("clearRecentFiles"));
    clearAction->setEnabled(!files.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        // Not now: rebuilding deletes the action whose signal is being delivered.
        QMetaObject::invokeMethod(this, &RecentFilesMenu::rebuild, Qt::QueuedConnection);
    });
}

} // namespace strata
