#include "reloadtarget.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// A file may be called "R&D.sql": a single '&' in a menu text would become a mnemonic.
QString escapeMnemonic(QString text)
{
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

ReloadTarget reloadTargetFor(const std::optional<LoadSource> &source, bool projectOpen,
                             const QString &selectedEnv, const QString &shownEnv)
{
    ReloadTarget target;
    target.iconText = QCoreApplication::translate("strata::ReloadTarget", "Reload");
    if (source) {
        target.kind = ReloadTarget::Kind::Source;
        target.text = QCoreApplication::translate("strata::ReloadTarget", "&Reload %1")
                          .arg(escapeMnemonic(source->displayName));
        target.tip = projectOpen
                         ? QCoreApplication::translate(
                               "strata::ReloadTarget",
                               "Load %1 again; the Project dock's Load Schema button "
                               "loads the selected env")
                               .arg(source->displayName)
                         : QCoreApplication::translate("strata::ReloadTarget", "Load %1 again")
                               .arg(source->displayName);
        return target;
    }
    if (projectOpen && !selectedEnv.isEmpty()) {
        const bool shown = selectedEnv == shownEnv;
        target.kind = ReloadTarget::Kind::SelectedEnv;
        target.text = shown ? QCoreApplication::translate("strata::ReloadTarget", "&Reload env %1")
                                  .arg(escapeMnemonic(selectedEnv))
                            : QCoreApplication::translate("strata::ReloadTarget", "&Load env %1")
                                  .arg(escapeMnemonic(selectedEnv));
        if (!shown)
            target.iconText = QCoreApplication::translate("strata::ReloadTarget", "Load Schema");
        target.tip = QCoreApplication::translate(
                         "strata::ReloadTarget",
                         "Load the desired schema (src) of env %1, selected in the Project dock")
                         .arg(selectedEnv);
        return target;
    }
    target.text = QCoreApplication::translate("strata::ReloadTarget", "&Reload");
    target.tip = projectOpen
                     ? QCoreApplication::translate("strata::ReloadTarget",
                                                   "The project has no env to load: add an env "
                                                   "block to its atlas.hcl")
                     : QCoreApplication::translate(
                           "strata::ReloadTarget",
                           "Open a database, a .sql file, a connection or a project first");
    return target;
}

} // namespace strata
