#pragma once

#include "loadsource.h"

#include <QString>

#include <optional>

namespace strata {

/// What File > Reload (F5) does next, in the words the menu, toolbar and status bar use.
struct ReloadTarget
{
    enum class Kind
    {
        /// Nothing was opened yet: the action is disabled.
        Nothing,
        /// Load the last database, .sql file or connection again.
        Source,
        /// Load the env selected in the Project dock.
        SelectedEnv
    };

    Kind kind = Kind::Nothing;
    /// Menu text with its mnemonic: "&Reload app.db", "&Load env local".
    QString text;
    /// What the toolbar button says; short, as it sits beside the other buttons.
    QString iconText;
    /// Status bar tip and tooltip.
    QString tip;
};

/// F5 works on what the user opened last. `source` is the database, .sql file or connection
/// opened after the project was (or without one): it loads again. Otherwise, while a project is
/// open, the env `selectedEnv` (as the dock names it) loads; the menu says "Reload" when that env
/// is `shownEnv`, the one the views show now, and "Load" when it is not.
ReloadTarget reloadTargetFor(const std::optional<LoadSource> &source, bool projectOpen,
                             const QString &selectedEnv, const QString &shownEnv);

} // namespace strata
