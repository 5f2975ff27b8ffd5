#pragma once

#include "diff/schemachange.h"
#include "lint/lintfinding.h"

#include <QHash>
#include <QList>
#include <QString>

namespace strata::lint {

/// Which analyzers fail the lint (Severity::Error). As in recent Atlas, destructive changes
/// are errors by default; atlas.hcl's `lint { <name> { error = true|false } }` overrides.
struct LintPolicy
{
    QHash<QString, bool> error{{QStringLiteral("destructive"), true}};

    bool isError(const QString &analyzer) const { return error.value(analyzer, false); }
};

/// The changes one statement makes, with where it stands in the analyzed text.
struct StatementChanges
{
    int statement = -1;
    int line = 0;
    QString text;
    QList<SchemaChange> changes;
};

/// Runs destructive (DS101-DS103), data_depend (MF101, MF103, MF104), incompatible (BC101,
/// BC102) and condrop (CD101) over the statements, in statement order.
Findings analyze(const QList<StatementChanges> &statements, const LintPolicy &policy);

} // namespace strata::lint
