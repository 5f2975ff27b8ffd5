#pragma once

#include "util/expected.h"

#include <QList>
#include <QString>

namespace strata {

/// One attribute of the env form: its path in the env block and whether it names a database.
struct EnvFormField
{
    QString path;
    bool database = false;
};

/// The attributes the env form edits, in form order: url, dev, src, migration.dir, schemas,
/// exclude.
QList<EnvFormField> envFormFields();

/// One changed attribute: its path and the HCL expression to write.
struct AttributeEdit
{
    QString path;
    QString expression;
};

/// `text` with every edit applied, one rewriteEnvAttribute() call per edit, chaining the text,
/// so only the edited expressions' bytes change. On failure `failedEdit` is set to the index of
/// the edit that was refused.
Expected<QString> applyEnvEdits(const QString &text, const QString &envName,
                                const QList<AttributeEdit> &edits, int *failedEdit = nullptr);

/// The HCL expression for what the user typed: as typed, except that a bare URL such as
/// sqlite://file.db (which is not valid HCL) gets the quotes it needs.
QString expressionFromInput(const QString &input);

} // namespace strata
