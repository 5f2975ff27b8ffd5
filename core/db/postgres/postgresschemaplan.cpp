// Schemas and enum types (Atlas's topLevel, addObject, dropObject and alterEnum).

#include "hcl/gostring.h"
#include "postgresdialect.h"
#include "postgresplansteps.h"

#include <QCoreApplication>
#include <QHash>

namespace strata {

namespace {

void addSchemaComment(const PostgresPlanStep &step, const QString &schema, const QString &text)
{
    step.out.add(QLatin1String("Set comment to schema: ") + goQuoted(schema),
                 QLatin1String("COMMENT ON SCHEMA ") + postgresQuotedIdentifier(schema) +
                     QLatin1String(" IS ") + step.dialect.quoteString(text));
}

QString schemaNameOf(const SchemaChange &change, const Schema &schema)
{
    return schema.name.isEmpty() ? change.schema : schema.name;
}

/// Values can only be added, before the first one or after an existing one; removing or
/// reordering them needs the type dropped and created again, which Atlas does not plan.
Status alterEnum(const PostgresPlanStep &step)
{
    const EnumType &from = step.change.enumFrom;
    const EnumType &to = step.change.enumTo;
    const QString subject = QCoreApplication::translate("strata::PostgresPlanner", "enum type %1")
                                .arg(goQuoted(from.name));
    QHash<QString, qsizetype> fromIndex;
    for (qsizetype i = 0; i < from.values.size(); ++i)
        fromIndex.insert(from.values.at(i), i);
    for (const QString &value : from.values) {
        if (!to.values.contains(value)) {
            return planError(subject, QCoreApplication::translate(
                                          "strata::PostgresPlanner",
                                          "PostgreSQL cannot remove the value %1 from an "
                                          "enum type. Keep the value, or drop the type "
                                          "and create it again in a hand-written "
                                          "migration.")
                                          .arg(goQuoted(value)));
        }
    }
    const QString name = step.names.objectName(step.change.schema, from.name);
    qsizetype at = 0;
    for (qsizetype i = 0; i < to.values.size(); ++i) {
        const QString &value = to.values.at(i);
        const auto existing = fromIndex.constFind(value);
        if (existing == fromIndex.constEnd()) {
            QString sql = QLatin1String("ALTER TYPE ") + name + QLatin1String(" ADD VALUE ") +
                          step.dialect.quoteString(value);
            if (i == 0 && !from.values.isEmpty())
                sql += QLatin1String(" BEFORE ") + step.dialect.quoteString(from.values.first());
            else if (i > 0 && at != from.values.size())
                sql += QLatin1String(" AFTER ") + step.dialect.quoteString(to.values.at(i - 1));
            step.out.add(QLatin1String("Add value to enum type: ") + goQuoted(from.name), sql,
                         false, false);
        } else if (*existing == at) {
            ++at;
        } else {
            return planError(subject, QCoreApplication::translate(
                                          "strata::PostgresPlanner",
                                          "PostgreSQL cannot reorder the values of an "
                                          "enum type (value %1 moved). Keep the old order, "
                                          "or drop the type and create it again in a "
                                          "hand-written migration.")
                                          .arg(goQuoted(value)));
        }
    }
    return Ok{};
}

} // namespace

Status planSchemaChange(const PostgresPlanStep &step)
{
    const SchemaChange &change = step.change;
    switch (change.kind) {
    case SchemaChange::Kind::AddSchema: {
        const QString name = schemaNameOf(change, change.schemaTo);
        // PostgreSQL creates "public" in every database; Atlas guards it so the plan still runs.
        const QString guard =
            name == QLatin1String("public") ? QStringLiteral("IF NOT EXISTS ") : QString();
        step.out.add(QLatin1String("Add new schema named ") + goQuoted(name),
                     QLatin1String("CREATE SCHEMA ") + guard + postgresQuotedIdentifier(name));
        if (!change.schemaTo.comment.isEmpty())
            addSchemaComment(step, name, change.schemaTo.comment);
        return Ok{};
    }
    case SchemaChange::Kind::DropSchema: {
        const QString name = schemaNameOf(change, change.schemaFrom);
        step.out.add(QLatin1String("Drop schema named ") + goQuoted(name),
                     QLatin1String("DROP SCHEMA ") + postgresQuotedIdentifier(name) +
                         QLatin1String(" CASCADE"),
                     true, false);
        return Ok{};
    }
    case SchemaChange::Kind::ModifySchema: {
        const QString name = schemaNameOf(change, change.schemaTo);
        if (change.schemaFrom.charset != change.schemaTo.charset ||
            change.schemaFrom.collation != change.schemaTo.collation) {
            return planError(
                QCoreApplication::translate("strata::PostgresPlanner", "schema %1")
                    .arg(goQuoted(name)),
                QCoreApplication::translate("strata::PostgresPlanner",
                                            "PostgreSQL schemas have no charset or collation of "
                                            "their own; set them per column instead."));
        }
        if (change.schemaFrom.comment != change.schemaTo.comment)
            addSchemaComment(step, name, change.schemaTo.comment);
        return Ok{};
    }
    default:
        return Ok{};
    }
}

Status planEnumChange(const PostgresPlanStep &step)
{
    const SchemaChange &change = step.change;
    switch (change.kind) {
    case SchemaChange::Kind::AddEnum:
        step.out.add(QLatin1String("Create enum type ") + goQuoted(change.enumTo.name),
                     step.dialect.createEnumSql(change.enumTo, step.names.schema(change.schema),
                                                step.names.qualifies()));
        return Ok{};
    case SchemaChange::Kind::DropEnum:
        step.out.add(QLatin1String("Drop enum type ") + goQuoted(change.enumFrom.name),
                     QLatin1String("DROP TYPE ") +
                         step.names.objectName(change.schema, change.enumFrom.name));
        return Ok{};
    case SchemaChange::Kind::ModifyEnum:
        return alterEnum(step);
    default:
        return Ok{};
    }
}

} // namespace strata
