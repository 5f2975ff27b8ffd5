#include "pgtableeditor.h"

#include "db/postgres/postgrestype.h"
#include "pgexpression.h"
#include "pgjson.h"
#include "pgnames.h"
#include "pgschemabuilder.h"
#include "pgtypename.h"

#include <QCoreApplication>

// The ALTER TABLE edits of PgTableEditor that change what a table already has: drops, column
// attributes and renames, each followed through keys, indexes and other tables as the server does.

namespace strata {
namespace {

using namespace pgjson;

/// The same translation context as pgtableeditor.cpp: these are the editor's messages.
class PgTableEditorTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgTableEditor)
};

} // namespace

QString PgTableEditor::dropColumn(const QString &name, bool missingOk)
{
    Table &t = table();
    const qsizetype index = std::find_if(t.columns.cbegin(), t.columns.cend(),
                                         [&](const Column &c) { return c.name == name; }) -
                            t.columns.cbegin();
    if (index == t.columns.size()) {
        if (missingOk)
            return {};
        return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" does not exist")
            .arg(name, m_table);
    }
    t.columns.removeAt(index);
    m_builder.columnTypes(m_schema, m_table).remove(name);
    const auto usesColumn = [&](const Index &i) {
        for (const IndexPart &part : i.parts) {
            if (part.column == name)
                return true;
        }
        return i.include.contains(name);
    };
    if (t.primaryKey && usesColumn(*t.primaryKey)) {
        m_builder.relations(m_schema).remove(t.primaryKey->name);
        m_builder.constraints(m_schema).remove(t.primaryKey->name);
        t.primaryKey.reset();
    }
    t.indexes.removeIf([&](const Index &i) {
        if (!usesColumn(i))
            return false;
        m_builder.relations(m_schema).remove(i.name);
        m_builder.constraints(m_schema).remove(i.name);
        return true;
    });
    t.foreignKeys.removeIf([&](const ForeignKey &k) {
        if (!k.columns.contains(name))
            return false;
        m_builder.constraints(m_schema).remove(k.name);
        return true;
    });
    QHash<QString, QStringList> &checkColumns = m_builder.checkColumns(m_schema, m_table);
    t.checks.removeIf([&](const Check &c) {
        if (!checkColumns.value(c.name).contains(name))
            return false;
        m_builder.constraints(m_schema).remove(c.name);
        return true;
    });
    return {};
}

QString PgTableEditor::dropConstraint(const QString &name, bool missingOk)
{
    Table &t = table();
    bool found = false;
    if (t.primaryKey && t.primaryKey->name == name) {
        t.primaryKey.reset();
        found = true;
    }
    found =
        t.indexes.removeIf([&](const Index &i) { return i.constraint && i.name == name; }) > 0 ||
        found;
    found =
        t.foreignKeys.removeIf([&](const ForeignKey &k) { return k.name == name; }) > 0 || found;
    found = t.checks.removeIf([&](const Check &c) { return c.name == name; }) > 0 || found;
    if (!found) {
        if (missingOk)
            return {};
        return PgTableEditorTr::tr("constraint \"%1\" of relation \"%2\" does not exist")
            .arg(name, m_table);
    }
    m_builder.constraints(m_schema).remove(name);
    m_builder.relations(m_schema).remove(name);
    return {};
}

QString PgTableEditor::setNotNull(const QString &name, bool notNull)
{
    for (Column &column : table().columns) {
        if (column.name == name) {
            column.nullable = !notNull;
            return {};
        }
    }
    return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" does not exist")
        .arg(name, m_table);
}

QString PgTableEditor::setDefault(const QString &name, const pgjson::Value &expression)
{
    Column *column = nullptr;
    for (Column &c : table().columns) {
        if (c.name == name)
            column = &c;
    }
    if (!column)
        return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" does not exist")
            .arg(name, m_table);
    column->defaultValue.reset();
    if (!expression.isUndefined() && !expression.isNull())
        m_expressions.append({name, expression, false});
    return {};
}

QString PgTableEditor::setType(const QString &name, const pgjson::Object &typeName)
{
    for (Column &column : table().columns) {
        if (column.name != name)
            continue;
        QString baseType;
        const std::optional<ColumnDefault> keptDefault = column.defaultValue;
        resolveType(pgTypeName(typeName), column, baseType);
        m_builder.columnTypes(m_schema, m_table).insert(name, baseType);
        column.defaultValue = keptDefault;
        return {};
    }
    return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" does not exist")
        .arg(name, m_table);
}

QString PgTableEditor::renameColumn(const QString &from, const QString &to)
{
    Table &t = table();
    if (!t.column(from)) {
        return PgTableEditorTr::tr("column \"%1\" does not exist").arg(from);
    }
    if (t.column(to)) {
        return PgTableEditorTr::tr("column \"%1\" of relation \"%2\" already exists")
            .arg(to, m_table);
    }
    const auto renamed = [&](QString &name) {
        if (name == from)
            name = to;
    };
    const auto renameIn = [&](QString &expression) {
        if (!expression.isEmpty())
            expression = pgRenameColumnInExpression(expression, from, to);
    };
    const auto renameIndex = [&](Index &index) {
        for (IndexPart &part : index.parts) {
            renamed(part.column);
            renameIn(part.expression);
        }
        for (QString &name : index.include)
            renamed(name);
        renameIn(index.where);
    };
    for (Column &column : t.columns) {
        renamed(column.name);
        if (column.generated)
            renameIn(column.generated->expression);
    }
    if (t.primaryKey)
        renameIndex(*t.primaryKey);
    for (Index &index : t.indexes)
        renameIndex(index);
    for (Check &check : t.checks)
        renameIn(check.expression);
    for (ForeignKey &key : t.foreignKeys) {
        for (QString &name : key.columns)
            renamed(name);
    }
    m_builder.forEachTable([&](const QString &schema, Table &other) {
        for (ForeignKey &key : other.foreignKeys) {
            const QString refSchema = key.refSchema.isEmpty() ? schema : key.refSchema;
            if (refSchema == m_schema && key.refTable == m_table) {
                for (QString &name : key.refColumns)
                    renamed(name);
            }
        }
    });
    QHash<QString, QString> &types = m_builder.columnTypes(m_schema, m_table);
    types.insert(to, types.take(from));
    for (QStringList &columns : m_builder.checkColumns(m_schema, m_table)) {
        for (QString &name : columns)
            renamed(name);
    }
    return {};
}

QString PgTableEditor::renameConstraint(const QString &from, const QString &to)
{
    Table &t = table();
    QSet<QString> &constraints = m_builder.constraints(m_schema);
    if (constraints.contains(to)) {
        return PgTableEditorTr::tr("constraint \"%1\" for relation \"%2\" already exists")
            .arg(to, m_table);
    }
    bool found = false;
    const auto renameIndex = [&](Index &index) {
        if (index.name != from || found)
            return;
        index.name = to;
        found = true;
        m_builder.relations(m_schema).remove(from);
        m_builder.relations(m_schema).insert(to);
        m_builder.indexTables(m_schema).remove(from);
        m_builder.indexTables(m_schema).insert(to, m_table);
    };
    if (t.primaryKey)
        renameIndex(*t.primaryKey);
    for (Index &index : t.indexes) {
        if (index.constraint)
            renameIndex(index);
    }
    for (ForeignKey &key : t.foreignKeys) {
        if (!found && key.name == from) {
            key.name = to;
            found = true;
        }
    }
    for (Check &check : t.checks) {
        if (!found && check.name == from) {
            check.name = to;
            found = true;
            QHash<QString, QStringList> &columns = m_builder.checkColumns(m_schema, m_table);
            columns.insert(to, columns.take(from));
        }
    }
    if (!found) {
        return PgTableEditorTr::tr("constraint \"%1\" for table \"%2\" does not exist")
            .arg(from, m_table);
    }
    constraints.remove(from);
    constraints.insert(to);
    return {};
}

} // namespace strata
