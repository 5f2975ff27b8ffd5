#include "randomschema.h"

#include <QSet>

namespace strata::test {
namespace {

/// A type as each database's inspector spells it, and what widening it gives.
struct TypeChoice
{
    QString type;
    QString widened;
    bool numeric;
};

QList<TypeChoice> typesFor(const QString &database)
{
    if (database == QLatin1String("mysql")) {
        return {{QStringLiteral("int"), QStringLiteral("bigint"), true},
                {QStringLiteral("varchar(32)"), QStringLiteral("varchar(64)"), false},
                {QStringLiteral("decimal(10,2)"), QStringLiteral("decimal(12,2)"), true},
                {QStringLiteral("text"), QString(), false},
                {QStringLiteral("date"), QString(), false}};
    }
    if (database == QLatin1String("postgres")) {
        return {{QStringLiteral("integer"), QStringLiteral("bigint"), true},
                {QStringLiteral("character varying(32)"), QStringLiteral("character varying(64)"),
                 false},
                {QStringLiteral("numeric(10,2)"), QStringLiteral("numeric(12,2)"), true},
                {QStringLiteral("text"), QString(), false},
                {QStringLiteral("date"), QString(), false}};
    }
    return {{QStringLiteral("int"), QStringLiteral("bigint"), true},
            {QStringLiteral("varchar(32)"), QStringLiteral("varchar(64)"), false},
            {QStringLiteral("real"), QString(), true},
            {QStringLiteral("text"), QString(), false},
            {QStringLiteral("date"), QString(), false}};
}

const TypeChoice *typeOf(const QString &database, const Column &column)
{
    static thread_local QList<TypeChoice> types;
    types = typesFor(database);
    for (const TypeChoice &choice : types) {
        if (choice.type == column.type.normalized || choice.widened == column.type.normalized)
            return &choice;
    }
    return nullptr;
}

IndexPart columnPart(const QString &column)
{
    IndexPart part;
    part.column = column;
    return part;
}

ColumnType typeNamed(const QString &name)
{
    ColumnType type;
    type.raw = name;
    type.normalized = name;
    return type;
}

bool usedByKeys(const Table &table, const QString &column)
{
    if (table.isPrimaryKeyColumn(column) || table.isForeignKeyColumn(column))
        return true;
    for (const Index &index : table.indexes) {
        for (const IndexPart &part : index.parts) {
            if (part.column == column)
                return true;
        }
    }
    for (const Check &check : table.checks) {
        if (check.expression.contains(column))
            return true;
    }
    return false;
}

bool isReferenced(const Schema &schema, const QString &table)
{
    for (const Table &other : schema.tables) {
        if (other.name == table)
            continue;
        for (const ForeignKey &key : other.foreignKeys) {
            if (key.refTable == table)
                return true;
        }
    }
    return false;
}

} // namespace

RandomSchema::RandomSchema(QString database, quint32 seed)
    : m_database(std::move(database))
    , m_random(seed)
{}

QString RandomSchema::idType() const
{
    return m_database == QLatin1String("mysql") ? QStringLiteral("int") : QStringLiteral("integer");
}

QString RandomSchema::quoted(const QString &identifier) const
{
    return m_database == QLatin1String("postgres")
               ? QLatin1Char('"') + identifier + QLatin1Char('"')
               : QLatin1Char('`') + identifier + QLatin1Char('`');
}

Column RandomSchema::randomColumn(const QString &name)
{
    const QList<TypeChoice> types = typesFor(m_database);
    const TypeChoice &choice = types.at(pick(int(types.size())));
    Column column;
    column.name = name;
    column.type = typeNamed(choice.type);
    column.nullable = chance(60);
    // MySQL refuses literal defaults on TEXT; dates stay without one everywhere.
    if (chance(30) && choice.type != QLatin1String("text") && choice.type != QLatin1String("date"))
        column.defaultValue =
            ColumnDefault{ColumnDefault::Kind::Literal,
                          choice.numeric ? QString::number(1 + pick(9)) : QStringLiteral("'x'")};
    if (!column.nullable && !column.defaultValue && choice.type != QLatin1String("date") &&
        choice.type != QLatin1String("text"))
        column.defaultValue =
            ColumnDefault{ColumnDefault::Kind::Literal,
                          choice.numeric ? QStringLiteral("1") : QStringLiteral("'d'")};
    if (m_database != QLatin1String("sqlite") && chance(15))
        column.comment = QStringLiteral("note %1").arg(pick(100));
    return column;
}

Table RandomSchema::randomTable(const QString &name, const Schema &schema)
{
    Table table;
    table.name = name;
    Column id;
    id.name = QStringLiteral("id");
    id.type = typeNamed(idType());
    id.nullable = false;
    table.columns.append(id);
    Index primaryKey;
    primaryKey.parts.append(columnPart(QStringLiteral("id")));
    table.primaryKey = primaryKey;
    const int columns = 1 + pick(5);
    for (int i = 0; i < columns; ++i)
        table.columns.append(randomColumn(QStringLiteral("c%1").arg(++m_counter)));
    if (!schema.tables.isEmpty() && chance(60)) {
        const Table &target = schema.tables.at(pick(int(schema.tables.size())));
        Column reference;
        reference.name = target.name + QStringLiteral("_id");
        reference.type = typeNamed(idType());
        table.columns.append(reference);
        ForeignKey key;
        key.name = QStringLiteral("fk_%1_%2").arg(name, target.name);
        key.columns = {reference.name};
        key.refTable = target.name;
        key.refColumns = {QStringLiteral("id")};
        const ReferenceAction actions[] = {ReferenceAction::NoAction, ReferenceAction::Cascade,
                                           ReferenceAction::SetNull};
        key.onDelete = actions[pick(3)];
        table.foreignKeys.append(key);
    }
    if (chance(50)) {
        const Column &column = table.columns.at(1 + pick(int(table.columns.size()) - 1));
        if (column.type.normalized != QLatin1String("text")) {
            Index index;
            index.name = QStringLiteral("idx_%1_%2").arg(name).arg(++m_counter);
            index.unique = chance(40) && !table.isForeignKeyColumn(column.name);
            index.parts.append(columnPart(column.name));
            table.indexes.append(index);
        }
    }
    if (m_database != QLatin1String("sqlite") && chance(40)) {
        for (const Column &column : std::as_const(table.columns)) {
            const TypeChoice *choice = typeOf(m_database, column);
            if (column.name != QLatin1String("id") && choice && choice->numeric &&
                !table.isForeignKeyColumn(column.name)) {
                table.checks.append(
                    Check{QStringLiteral("chk_%1_%2").arg(name).arg(++m_counter),
                          QLatin1Char('(') + quoted(column.name) + QLatin1String(" > 0)")});
                break;
            }
        }
    }
    if (m_database != QLatin1String("sqlite") && chance(20))
        table.comment = QStringLiteral("table %1").arg(name);
    return table;
}

Schema RandomSchema::schema(const QString &name)
{
    Schema schema;
    schema.name = name;
    const int tables = 1 + pick(5);
    for (int i = 0; i < tables; ++i)
        schema.tables.append(randomTable(QStringLiteral("t%1").arg(++m_counter), schema));
    return schema;
}

Schema RandomSchema::changed(const Schema &from, QStringList *applied)
{
    Schema to = from;
    const int changes = 1 + pick(4);
    for (int n = 0; n < changes; ++n) {
        const int kind = pick(12);
        if (to.tables.isEmpty() || kind == 0) {
            to.tables.append(randomTable(QStringLiteral("t%1").arg(++m_counter), to));
            applied->append(QStringLiteral("add table ") + to.tables.constLast().name);
            continue;
        }
        Table &table = to.tables[pick(int(to.tables.size()))];
        switch (kind) {
        case 1:
            if (!isReferenced(to, table.name) && to.tables.size() > 1) {
                applied->append(QStringLiteral("drop table ") + table.name);
                const QString name = table.name;
                to.tables.removeIf([&](const Table &t) { return t.name == name; });
            }
            break;
        case 2: {
            Column column = randomColumn(QStringLiteral("c%1").arg(++m_counter));
            // A NOT NULL column added to a table with rows needs a value for them.
            if (!column.nullable && !column.defaultValue)
                column.nullable = true;
            table.columns.append(column);
            applied->append(QStringLiteral("add column %1.%2").arg(table.name, column.name));
            break;
        }
        case 3:
            for (qsizetype i = table.columns.size() - 1; i > 0; --i) {
                if (!usedByKeys(table, table.columns.at(i).name)) {
                    applied->append(QStringLiteral("drop column %1.%2")
                                        .arg(table.name, table.columns.at(i).name));
                    table.columns.removeAt(i);
                    break;
                }
            }
            break;
        case 4:
            for (Column &column : table.columns) {
                const TypeChoice *choice = typeOf(m_database, column);
                if (choice && !choice->widened.isEmpty() &&
                    column.type.normalized == choice->type && !usedByKeys(table, column.name)) {
                    column.type = typeNamed(choice->widened);
                    applied->append(QStringLiteral("widen %1.%2").arg(table.name, column.name));
                    break;
                }
            }
            break;
        case 5:
            for (Column &column : table.columns) {
                if (column.name != QLatin1String("id") && !table.isForeignKeyColumn(column.name)) {
                    column.nullable = !column.nullable;
                    applied->append(
                        QStringLiteral("toggle null %1.%2").arg(table.name, column.name));
                    break;
                }
            }
            break;
        case 6:
            for (Column &column : table.columns) {
                const TypeChoice *choice = typeOf(m_database, column);
                if (choice && choice->numeric && column.name != QLatin1String("id") &&
                    !table.isForeignKeyColumn(column.name)) {
                    column.defaultValue =
                        ColumnDefault{ColumnDefault::Kind::Literal, QString::number(10 + pick(90))};
                    applied->append(QStringLiteral("default %1.%2").arg(table.name, column.name));
                    break;
                }
            }
            break;
        case 7: {
            for (const Column &column : std::as_const(table.columns)) {
                if (column.name != QLatin1String("id") &&
                    column.type.normalized != QLatin1String("text")) {
                    Index index;
                    index.name = QStringLiteral("idx_%1_%2").arg(table.name).arg(++m_counter);
                    index.unique = chance(30) && !table.isForeignKeyColumn(column.name);
                    index.parts.append(columnPart(column.name));
                    table.indexes.append(index);
                    applied->append(QStringLiteral("add index ") + index.name);
                    break;
                }
            }
            break;
        }
        case 8:
            if (!table.indexes.isEmpty()) {
                const qsizetype at = pick(int(table.indexes.size()));
                // A foreign key column keeps an index on MySQL; dropping it is refused.
                bool keyColumn = false;
                for (const IndexPart &part : table.indexes.at(at).parts)
                    keyColumn = keyColumn || table.isForeignKeyColumn(part.column);
                if (!keyColumn || m_database != QLatin1String("mysql")) {
                    applied->append(QStringLiteral("drop index ") + table.indexes.at(at).name);
                    table.indexes.removeAt(at);
                }
            }
            break;
        case 9:
            if (!table.foreignKeys.isEmpty()) {
                applied->append(QStringLiteral("drop fk ") + table.foreignKeys.constFirst().name);
                table.foreignKeys.removeFirst();
            } else if (to.tables.size() > 1 && &table != &to.tables.constFirst()) {
                const Table &target = to.tables.constFirst();
                Column reference;
                reference.name = QStringLiteral("ref%1").arg(++m_counter);
                reference.type = typeNamed(idType());
                table.columns.append(reference);
                ForeignKey key;
                key.name = QStringLiteral("fk_%1_%2").arg(table.name).arg(m_counter);
                key.columns = {reference.name};
                key.refTable = target.name;
                key.refColumns = {QStringLiteral("id")};
                table.foreignKeys.append(key);
                applied->append(QStringLiteral("add fk ") + key.name);
            }
            break;
        case 10:
            if (m_database == QLatin1String("sqlite"))
                break;
            if (!table.checks.isEmpty()) {
                applied->append(QStringLiteral("drop check ") + table.checks.constFirst().name);
                table.checks.removeFirst();
            } else {
                table.checks.append(Check{
                    QStringLiteral("chk_%1_%2").arg(table.name).arg(++m_counter),
                    QLatin1Char('(') + quoted(QStringLiteral("id")) + QLatin1String(" > 0)")});
                applied->append(QStringLiteral("add check ") + table.checks.constLast().name);
            }
            break;
        case 11:
            if (m_database != QLatin1String("sqlite")) {
                table.comment =
                    table.comment.isEmpty() ? QStringLiteral("now %1").arg(pick(100)) : QString();
                applied->append(QStringLiteral("comment ") + table.name);
            }
            break;
        default:
            break;
        }
    }
    return to;
}

QStringList RandomSchema::rows(const Schema &schema, int perTable) const
{
    QStringList statements;
    for (const Table &table : schema.tables) {
        for (int row = 1; row <= perTable; ++row) {
            QStringList names;
            QStringList values;
            for (const Column &column : table.columns) {
                if (table.isForeignKeyColumn(column.name))
                    continue;
                const TypeChoice *choice = typeOf(m_database, column);
                names.append(quoted(column.name));
                if (column.type.normalized == QLatin1String("date"))
                    values.append(QStringLiteral("'2024-01-0%1'").arg(row));
                else if ((choice && choice->numeric) || column.name == QLatin1String("id"))
                    values.append(QString::number(row));
                else
                    values.append(QStringLiteral("'v%1'").arg(row));
            }
            statements.append(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(quoted(table.name), names.join(QStringLiteral(", ")),
                                       values.join(QStringLiteral(", "))));
        }
    }
    return statements;
}

} // namespace strata::test
