#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// One `name = expression` line of an HCL block; the expression is already HCL text
/// (`true`, `"utf8mb4"`, `sql("now()")`, `column.id`), so dialects can supply attributes
/// without knowing how the document is laid out.
struct HclAttribute
{
    QString name;
    QString expression;

    bool operator==(const HclAttribute &) const = default;
};

/// A quoted HCL string, escaped as hclwrite does: `"` `\` newline, tab, CR, `${` and `%{`
/// (template introducers are doubled) and non-printable characters as \uXXXX.
QString hclString(const QString &value);

/// Atlas's raw SQL expression: `sql("CURRENT_TIMESTAMP")`.
QString hclSql(const QString &sql);

/// `true` or `false`.
QString hclBool(bool value);

/// Whether a name can follow a dot in an HCL traversal (`column.id`); HCL identifiers are a
/// letter or underscore followed by letters, digits, underscores and dashes.
bool isHclIdentifier(const QString &name);

/// One step of an Atlas reference: `column.id`, `column["my col"]`, `table.s1.users`.
QString hclReference(const QString &type, const QStringList &names);

/// A list expression: `[column.a, column.b]`.
QString hclList(const QStringList &items);

} // namespace strata
