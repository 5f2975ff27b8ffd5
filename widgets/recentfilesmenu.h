#pragma once

#include <QMenu>

namespace strata {

class AppSettings;

/// File > Recent Files: the last opened files and URLs (through AppSettings), most recent
/// first, and "Clear Recent Files".
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentFilesMenu(AppSettings *settings, QWidget *parent = nullptr);

    /// Records a successful open and rebuilds the menu; `sqlDialect` is what a .sql file was
    /// read in (see AppSettings::addRecentFile()).
    void add(const QString &entry, const QString &sqlDialect = QString());

Q_SIGNALS:
    void openRequested(const QString &entry);

private:
    void rebuild();

    AppSettings *m_settings;
};

} // namespace strata
