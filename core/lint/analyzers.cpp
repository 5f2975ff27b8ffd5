#include "lint/analyzers.h"

namespace strata::lint {

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

struct Emitter
{
    const StatementChanges &statement;
    const LintPolicy &policy;
    Findings &out;

    void add(const QString &analyzer, const QString &code, const QString &message,
             const QStringList &fixes = {})
    {
        Finding f;
        f.analyzer = analyzer;
        f.code = code;
        f.message = message;
        f.statement = statement.statement;
        f.line = statement.line;
        f.severity = policy.isError(analyzer) ? Severity::Error : Severity::Warning;
        f.suggestedFixes = fixes;
        out.append(f);
    }
};

void destructive(Emitter &e, const SchemaChange &c)
{
    const QString a = QStringLiteral("destructive");
    switch (c.kind) {
    case SchemaChange::Kind::DropSchema: {
        const qsizetype n = c.schemaFrom.tables.size();
        QString text = QStringLiteral("Dropping schema %1").arg(quoted(c.schemaFrom.name));
        if (n == 1)
            text += QStringLiteral(" which contains 1 table");
        else if (n > 1)
            text += QStringLiteral(" which contains %1 tables").arg(n);
        e.add(a, QStringLiteral("DS101"), text);
        break;
    }
    case SchemaChange::Kind::DropTable:
        e.add(a, QStringLiteral("DS102"),
              QStringLiteral("Dropping table %1").arg(quoted(c.from.name)));
        break;
    case SchemaChange::Kind::ModifyTable:
        for (const ColumnChange &col : c.diff.columns) {
            if (col.kind == PartChangeKind::Drop && !col.from.generated)
                e.add(a, QStringLiteral("DS103"),
                      QStringLiteral("Dropping non-virtual column %1").arg(quoted(col.from.name)));
        }
        break;
    default:
        break;
    }
}

void dataDepend(Emitter &e, const SchemaChange &c)
{
    if (c.kind != SchemaChange::Kind::ModifyTable)
        return;
    const QString a = QStringLiteral("data_depend");
    for (const IndexChange &ix : c.diff.indexes) {
        if (ix.kind != PartChangeKind::Add || !ix.to.unique)
            continue;
        // Only columns the table had before can hold duplicates.
        QStringList existing;
        for (const IndexPart &part : ix.to.parts) {
            if (!part.column.isEmpty() && c.from.column(part.column))
                existing << quoted(part.column);
        }
        if (existing.isEmpty())
            continue;
        e.add(a, QStringLiteral("MF101"),
              QStringLiteral("Adding a unique index %1 on table %2 might fail in case %3 %4 "
                             "duplicate entries")
                  .arg(quoted(ix.to.name), quoted(c.to.name),
                       existing.size() == 1
                           ? QStringLiteral("column ") + existing.first()
                           : QStringLiteral("columns ") + existing.join(QStringLiteral(", ")),
                       existing.size() == 1 ? QStringLiteral("contains")
                                            : QStringLiteral("contain")));
    }
    for (const ColumnChange &col : c.diff.columns) {
        if (col.kind == PartChangeKind::Add && !col.to.nullable && !col.to.defaultValue &&
            !col.to.generated && !col.to.autoIncrement && !col.to.identity) {
            e.add(a, QStringLiteral("MF103"),
                  QStringLiteral("Adding a non-nullable %1 column %2 will fail in case table %3 "
                                 "is not empty")
                      .arg(quoted(col.to.type.raw), quoted(col.to.name), quoted(c.to.name)));
        } else if (col.kind == PartChangeKind::Modify && (col.aspects & ColumnAspect::Null) &&
                   col.from.nullable && !col.to.nullable) {
            e.add(a, QStringLiteral("MF104"),
                  QStringLiteral("Modifying nullable column %1 to non-nullable might fail in "
                                 "case it contains NULL values")
                      .arg(quoted(col.to.name)));
        }
    }
}

void incompatible(Emitter &e, const SchemaChange &c)
{
    const QString a = QStringLiteral("incompatible");
    if (c.kind == SchemaChange::Kind::RenameTable) {
        e.add(
            a, QStringLiteral("BC101"),
            QStringLiteral("Renaming table %1 to %2").arg(quoted(c.from.name), quoted(c.to.name)));
        return;
    }
    if (c.kind != SchemaChange::Kind::ModifyTable)
        return;
    for (const ColumnChange &col : c.diff.columns) {
        if (col.kind == PartChangeKind::Rename)
            e.add(a, QStringLiteral("BC102"),
                  QStringLiteral("Renaming column %1 to %2")
                      .arg(quoted(col.from.name), quoted(col.to.name)));
    }
}

void condrop(Emitter &e, const SchemaChange &c)
{
    if (c.kind != SchemaChange::Kind::ModifyTable)
        return;
    for (const ForeignKeyChange &fk : c.diff.foreignKeys) {
        if (fk.kind != PartChangeKind::Drop)
            continue;
        // A key dropped together with its columns is not a lone constraint drop.
        bool columnsStay = true;
        for (const QString &column : fk.from.columns) {
            if (!c.to.column(column))
                columnsStay = false;
        }
        if (columnsStay)
            e.add(QStringLiteral("condrop"), QStringLiteral("CD101"),
                  QStringLiteral("Dropping foreign-key constraint %1").arg(quoted(fk.from.name)));
    }
}

} // namespace

Findings analyze(const QList<StatementChanges> &statements, const LintPolicy &policy)
{
    Findings out;
    for (const StatementChanges &statement : statements) {
        Emitter e{statement, policy, out};
        for (const SchemaChange &c : statement.changes) {
            destructive(e, c);
            dataDepend(e, c);
            incompatible(e, c);
            condrop(e, c);
        }
    }
    return out;
}

} // namespace strata::lint
