#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace strata {

/// Watches one project file (atlas.hcl) and reports when its bytes change on disk. Editors that
/// save by writing a new file and renaming it over the old one make QFileSystemWatcher drop the
/// path, so the folder is watched too and the path is added again. Bursts of notifications
/// are coalesced; bytes equal to the known text (what was loaded, or what Strata saved itself)
/// are not reported.
class ProjectFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ProjectFileWatcher(QObject *parent = nullptr);

    /// Starts watching `path`, whose current contents are `knownText`.
    void watch(const QString &path, const QByteArray &knownText);
    void stop();
    QString path() const { return m_path; }
    /// The file now holds `text` because Strata wrote or loaded it: not a change to report.
    void setKnownText(const QByteArray &text) { m_known = text; }

Q_SIGNALS:
    /// The file's contents differ from the known text; `text` is what is on disk now.
    void changed(const QByteArray &text);
    /// The file is gone (deleted, or renamed away and not replaced). Reported once; when it comes
    /// back, changed() follows.
    void removed();

private:
    void schedule();
    void check();
    void rewatch();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
    QByteArray m_known;
    bool m_missing = false;
};

} // namespace strata
