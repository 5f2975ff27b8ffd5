// The lint analyzers on hand-made changes: codes, Atlas's messages, severities, plan lines.

#include "lint/analyzers.h"
#include "lint/lintplan.h"

#include <QTest>

using namespace strata;
using namespace strata::lint;

namespace {

Column column(const QString &name, const QString &type, bool nullable)
{
    Column c;
    c.name = name;
    c.type.raw = type;
    c.nullable = nullable;
    return c;
}

Table table(const QString &name, const QList<Column> &columns)
{
    Table t;
    t.name = name;
    t.columns = columns;
    return t;
}

StatementChanges statement(int index, int line, const SchemaChange &change)
{
    StatementChanges s;
    s.statement = index;
    s.line = line;
    s.changes = {change};
    return s;
}

} // namespace

class TstLintAnalyzers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void destructive()
    {
        SchemaChange dropTable;
        dropTable.kind = SchemaChange::Kind::DropTable;
        dropTable.from = table(QStringLiteral("t"), {});
        SchemaChange dropSchema;
        dropSchema.kind = SchemaChange::Kind::DropSchema;
        dropSchema.schemaFrom.name = QStringLiteral("s");
        dropSchema.schemaFrom.tables = {table(QStringLiteral("a"), {}),
                                        table(QStringLiteral("b"), {})};
        SchemaChange dropColumn;
        dropColumn.kind = SchemaChange::Kind::ModifyTable;
        dropColumn.from =
            table(QStringLiteral("u"), {column(QStringLiteral("c"), QStringLiteral("int"), true)});
        dropColumn.to = table(QStringLiteral("u"), {});
        ColumnChange cc;
        cc.kind = PartChangeKind::Drop;
        cc.from = dropColumn.from.columns.first();
        dropColumn.diff.columns = {cc};

        const Findings f = analyze(
            {statement(0, 1, dropTable), statement(1, 3, dropSchema), statement(2, 5, dropColumn)},
            LintPolicy{});
        QCOMPARE(f.size(), 3);
        QCOMPARE(f[0].code, QStringLiteral("DS102"));
        QCOMPARE(f[0].message, QStringLiteral("Dropping table \"t\""));
        QCOMPARE(f[0].severity, Severity::Error);
        QCOMPARE(f[1].code, QStringLiteral("DS101"));
        QCOMPARE(f[1].message, QStringLiteral("Dropping schema \"s\" which contains 2 tables"));
        QCOMPARE(f[1].line, 3);
        QCOMPARE(f[2].code, QStringLiteral("DS103"));
        QCOMPARE(f[2].message, QStringLiteral("Dropping non-virtual column \"c\""));

        LintPolicy lenient;
        lenient.error[QStringLiteral("destructive")] = false;
        QCOMPARE(analyze({statement(0, 1, dropTable)}, lenient).first().severity,
                 Severity::Warning);
    }

    void dataDependAndOthers()
    {
        SchemaChange m;
        m.kind = SchemaChange::Kind::ModifyTable;
        m.from = table(QStringLiteral("t"),
                       {column(QStringLiteral("a"), QStringLiteral("int"), true),
                        column(QStringLiteral("old"), QStringLiteral("int"), true)});
        m.to = table(QStringLiteral("t"),
                     {column(QStringLiteral("a"), QStringLiteral("int"), false),
                      column(QStringLiteral("new"), QStringLiteral("int"), true),
                      column(QStringLiteral("b"), QStringLiteral("text"), false)});
        ColumnChange add;
        add.kind = PartChangeKind::Add;
        add.to = m.to.columns[2];
        ColumnChange mod;
        mod.kind = PartChangeKind::Modify;
        mod.from = m.from.columns[0];
        mod.to = m.to.columns[0];
        mod.aspects = ColumnAspect::Null;
        ColumnChange ren;
        ren.kind = PartChangeKind::Rename;
        ren.from = m.from.columns[1];
        ren.to = m.to.columns[1];
        m.diff.columns = {mod, ren, add};
        IndexChange ix;
        ix.kind = PartChangeKind::Add;
        ix.to.name = QStringLiteral("u");
        ix.to.unique = true;
        IndexPart part;
        part.column = QStringLiteral("a");
        ix.to.parts = {part};
        m.diff.indexes = {ix};
        ForeignKeyChange fk;
        fk.kind = PartChangeKind::Drop;
        fk.from.name = QStringLiteral("fk");
        fk.from.columns = {QStringLiteral("a")};
        m.diff.foreignKeys = {fk};

        Plan plan;
        PlannedStatement ps;
        ps.comment = QStringLiteral("Create \"x\" table");
        ps.sql = QStringLiteral("CREATE TABLE x (\n  id int\n)");
        plan.statements.append(ps);
        ps.comment = QStringLiteral("Modify \"t\" table");
        ps.sql = QStringLiteral("ALTER TABLE t ...");
        ps.change = 0;
        plan.statements.append(ps);
        plan.changes = {m};

        const Findings f = lintPlan(plan, LintPolicy{});
        QStringList codes;
        for (const Finding &finding : f) {
            codes << finding.code;
            QCOMPARE(finding.line, 6);
            QCOMPARE(finding.statement, 1);
            QCOMPARE(finding.severity, Severity::Warning);
        }
        QCOMPARE(codes, QStringList({QStringLiteral("MF101"), QStringLiteral("MF104"),
                                     QStringLiteral("MF103"), QStringLiteral("BC102"),
                                     QStringLiteral("CD101")}));
        QCOMPARE(f[0].message,
                 QStringLiteral("Adding a unique index \"u\" on table \"t\" might "
                                "fail in case column \"a\" contains duplicate entries"));
        QCOMPARE(f[1].message, QStringLiteral("Modifying nullable column \"a\" to non-nullable "
                                              "might fail in case it contains NULL values"));
        QCOMPARE(f[2].message, QStringLiteral("Adding a non-nullable \"text\" column \"b\" will "
                                              "fail in case table \"t\" is not empty"));
        QCOMPARE(f[3].message, QStringLiteral("Renaming column \"old\" to \"new\""));
        QCOMPARE(f[4].message, QStringLiteral("Dropping foreign-key constraint \"fk\""));
    }
};

QTEST_GUILESS_MAIN(TstLintAnalyzers)
#include "tst_lintanalyzers.moc"
