#include "mysqlschemabuilder_p.h"

#include <algorithm>

namespace strata {

QString MysqlSchemaBuilder::uniqueKeyName(const TableState &state, const QString &base) const
{
    const auto taken = [&](const QString &name) {
        return sameName(name, QStringLiteral("PRIMARY")) || state.indexIndex(name) >= 0;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = base + QLatin1String("_") + QString::number(n);
        if (!taken(candidate))
            return candidate;
    }
}

QString MysqlSchemaBuilder::applyKey(TableState &state, const MysqlKeySpec &key, bool generated)
{
    QList<IndexPart> parts = key.parts;
    for (IndexPart &part : parts) {
        if (part.isExpression())
            continue;
        const int index = state.columnIndex(part.column);
        if (index < 0) {
            return MysqlSchemaBuilderTr::tr("key column %1 doesn't exist in table")
                .arg(mysqlQuotedIdentifier(part.column));
        }
        const Column &column = state.table.columns.at(index);
        part.column = column.name;
        // A prefix as long as the column is the whole column: the server drops it.
        const MysqlTypeSpec type = mysqlTypeSpecFromServerType(column.type.raw);
        if (part.prefixLength > 0 && !type.args.isEmpty() &&
            (type.name == QLatin1String("varchar") || type.name == QLatin1String("char") ||
             type.name == QLatin1String("varbinary") || type.name == QLatin1String("binary")) &&
            part.prefixLength >= type.args.constFirst().toInt())
            part.prefixLength = 0;
        if (key.kind == MysqlKeySpec::Kind::Spatial || key.kind == MysqlKeySpec::Kind::Fulltext)
            part.prefixLength = 0;
    }
    if (key.kind == MysqlKeySpec::Kind::Primary) {
        if (state.table.primaryKey)
            return MysqlSchemaBuilderTr::tr("multiple primary keys defined");
        Index primary;
        primary.name = QStringLiteral("PRIMARY");
        primary.unique = true;
        primary.parts = parts;
        primary.comment = key.comment;
        state.table.primaryKey = std::move(primary);
        for (const IndexPart &part : parts) {
            const int index = state.columnIndex(part.column);
            if (index >= 0 && state.table.columns.at(index).nullable) {
                state.table.columns[index].nullable = false;
            }
        }
        return {};
    }
    QString name = key.name;
    if (name.isEmpty()) {
        const QString base = parts.isEmpty() || parts.constFirst().isExpression()
                                 ? QStringLiteral("functional_index")
                                 : parts.constFirst().column;
        name = uniqueKeyName(state, base);
    } else if (state.indexIndex(name) >= 0 || sameName(name, QStringLiteral("PRIMARY"))) {
        if (generated)
            name = uniqueKeyName(state, name);
        else
            return MysqlSchemaBuilderTr::tr("duplicate key name %1")
                .arg(mysqlQuotedIdentifier(name));
    }
    Index index;
    index.name = name;
    index.unique = key.kind == MysqlKeySpec::Kind::Unique;
    index.parts = std::move(parts);
    index.comment = key.comment;
    if (key.kind == MysqlKeySpec::Kind::Fulltext)
        index.type = QStringLiteral("FULLTEXT");
    else if (key.kind == MysqlKeySpec::Kind::Spatial)
        index.type = QStringLiteral("SPATIAL");
    else if (!state.innoDb() && key.method.compare(QLatin1String("HASH"), Qt::CaseInsensitive) == 0)
        index.type = QStringLiteral("HASH");
    state.table.indexes.append(std::move(index));
    state.generated.append(generated);
    return {};
}

QString MysqlSchemaBuilder::applyForeignKey(TableState &state, const MysqlForeignKeySpec &key)
{
    // MySQL 8 parses inline `REFERENCES` in a column definition and ignores it; MariaDB
    // (10.5 and later) creates the foreign key.
    if (key.inlineReference && !m_options.isMariaDb())
        return {};
    ForeignKey foreignKey;
    for (const QString &column : key.columns) {
        const int index = state.columnIndex(column);
        if (index < 0) {
            return MysqlSchemaBuilderTr::tr("key column %1 doesn't exist in table")
                .arg(mysqlQuotedIdentifier(column));
        }
        foreignKey.columns.append(state.table.columns.at(index).name);
    }
    foreignKey.name = key.constraintName;
    if (foreignKey.name.isEmpty() && m_options.isMariaDb())
        foreignKey.name = key.indexName;
    if (foreignKey.name.isEmpty()) {
        const QString prefix = state.table.name + QLatin1String("_ibfk_");
        int highest = 0;
        for (const ForeignKey &existing : std::as_const(state.table.foreignKeys))
            highest = std::max(highest, suffixNumber(existing.name, prefix));
        foreignKey.name = prefix + QString::number(highest + 1);
    }
    for (const ForeignKey &existing : std::as_const(state.table.foreignKeys)) {
        if (sameName(existing.name, foreignKey.name)) {
            return MysqlSchemaBuilderTr::tr("duplicate foreign key constraint name %1")
                .arg(mysqlQuotedIdentifier(foreignKey.name));
        }
    }
    if (!key.refSchema.isEmpty() && key.refSchema != state.schema)
        foreignKey.refSchema = key.refSchema;
    foreignKey.refTable = key.refTable;
    foreignKey.refColumns = key.refColumns;
    // An action left out is reported as RESTRICT by MariaDB and NO ACTION by MySQL 8.
    const ReferenceAction unspecified =
        m_options.isMariaDb() ? ReferenceAction::Restrict : ReferenceAction::NoAction;
    foreignKey.onUpdate = key.onUpdate.value_or(unspecified);
    foreignKey.onDelete = key.onDelete.value_or(unspecified);

    MysqlKeySpec index;
    index.kind = MysqlKeySpec::Kind::Index;
    index.name = !key.constraintName.isEmpty() ? key.constraintName
                 : !key.indexName.isEmpty()    ? key.indexName
                                               : foreignKey.columns.value(0);
    for (const QString &column : std::as_const(foreignKey.columns))
        index.parts.append(IndexPart{column, {}, false, 0});
    if (QString error = applyKey(state, index, true); !error.isEmpty())
        return error;
    // Only InnoDB keeps foreign keys; other engines parse and drop them.
    if (state.innoDb())
        state.table.foreignKeys.append(std::move(foreignKey));
    return {};
}

void MysqlSchemaBuilder::dropRedundantGeneratedKeys(TableState &state)
{
    QList<Index> &indexes = state.table.indexes;
    const auto isPrefixOf = [](const Index &key, const Index &other) {
        if (key.parts.size() > other.parts.size())
            return false;
        for (qsizetype i = 0; i < key.parts.size(); ++i) {
            const IndexPart &a = key.parts.at(i);
            const IndexPart &b = other.parts.at(i);
            if (b.isExpression() || !sameName(a.column, b.column) || b.prefixLength != 0)
                return false;
        }
        return true;
    };
    for (qsizetype i = indexes.size() - 1; i >= 0; --i) {
        if (!state.generated.at(i))
            continue;
        bool redundant =
            state.table.primaryKey && isPrefixOf(indexes.at(i), *state.table.primaryKey);
        for (qsizetype j = 0; j < indexes.size() && !redundant; ++j) {
            if (j == i ||
                (!indexes.at(j).type.isEmpty() && indexes.at(j).type != QLatin1String("HASH")))
                continue;
            if (!isPrefixOf(indexes.at(i), indexes.at(j)))
                continue;
            // Of two identical generated keys the first stays.
            redundant = !state.generated.at(j) ||
                        indexes.at(i).parts.size() < indexes.at(j).parts.size() || j < i;
        }
        if (redundant) {
            indexes.removeAt(i);
            state.generated.removeAt(i);
        }
    }
}

QString MysqlSchemaBuilder::applyCheck(TableState &state, const MysqlCheckSpec &spec,
                                       const QString &column)
{
    Check check;
    check.name = spec.name;
    check.enforced = spec.enforced;
    check.expression = m_options.isMariaDb()
                           ? spec.expression
                           : QLatin1Char('(') + spec.expression + QLatin1Char(')');
    if (check.name.isEmpty()) {
        if (m_options.isMariaDb() && !column.isEmpty()) {
            check.name = column;
        } else {
            const QString prefix = m_options.isMariaDb()
                                       ? QStringLiteral("CONSTRAINT_")
                                       : state.table.name + QLatin1String("_chk_");
            int highest = 0;
            for (const Check &existing : std::as_const(state.table.checks))
                highest = std::max(highest, suffixNumber(existing.name, prefix));
            check.name = prefix + QString::number(highest + 1);
        }
    }
    for (const Check &existing : std::as_const(state.table.checks)) {
        if (sameName(existing.name, check.name))
            return MysqlSchemaBuilderTr::tr("duplicate check constraint name %1")
                .arg(mysqlQuotedIdentifier(check.name));
    }
    state.table.checks.append(std::move(check));
    return {};
}

QString MysqlSchemaBuilder::addJsonCheck(TableState &state, const MysqlColumnSpec &column)
{
    if (!m_options.isMariaDb() || column.type.name != QLatin1String("json"))
        return {};
    MysqlCheckSpec check;
    check.expression =
        QLatin1String("json_valid(") + mysqlQuotedIdentifier(column.name) + QLatin1Char(')');
    return applyCheck(state, check, column.name);
}

QString MysqlSchemaBuilder::addKey(const MysqlKeySpec &key, bool ifNotExists)
{
    if (ifNotExists && !key.name.isEmpty() && m_altered->indexIndex(key.name) >= 0)
        return {};
    return applyKey(*m_altered, key, false);
}

QString MysqlSchemaBuilder::dropKey(const QString &name, bool ifExists)
{
    if (sameName(name, QStringLiteral("PRIMARY")))
        return dropPrimaryKey();
    const int index = m_altered->indexIndex(name);
    if (index < 0) {
        return ifExists ? QString()
                        : MysqlSchemaBuilderTr::tr("can't drop index %1: check that it exists")
                              .arg(mysqlQuotedIdentifier(name));
    }
    m_altered->table.indexes.removeAt(index);
    m_altered->generated.removeAt(index);
    return {};
}

QString MysqlSchemaBuilder::dropPrimaryKey()
{
    if (!m_altered->table.primaryKey)
        return MysqlSchemaBuilderTr::tr("can't drop index `PRIMARY`: check that it exists");
    m_altered->table.primaryKey.reset();
    return {};
}

QString MysqlSchemaBuilder::renameKey(const QString &oldName, const QString &newName)
{
    const int index = m_altered->indexIndex(oldName);
    if (index < 0)
        return MysqlSchemaBuilderTr::tr("key %1 does not exist in table")
            .arg(mysqlQuotedIdentifier(oldName));
    if (m_altered->indexIndex(newName) >= 0)
        return MysqlSchemaBuilderTr::tr("duplicate key name %1")
            .arg(mysqlQuotedIdentifier(newName));
    m_altered->table.indexes[index].name = newName;
    m_altered->generated[index] = false;
    return {};
}

QString MysqlSchemaBuilder::addForeignKey(const MysqlForeignKeySpec &key)
{
    return applyForeignKey(*m_altered, key);
}

QString MysqlSchemaBuilder::dropForeignKey(const QString &name, bool ifExists)
{
    QList<ForeignKey> &keys = m_altered->table.foreignKeys;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (sameName(keys.at(i).name, name)) {
            keys.removeAt(i);
            return {};
        }
    }
    return ifExists ? QString()
                    : MysqlSchemaBuilderTr::tr("can't drop foreign key %1: check that it exists")
                          .arg(mysqlQuotedIdentifier(name));
}

QString MysqlSchemaBuilder::addCheck(const MysqlCheckSpec &check)
{
    return applyCheck(*m_altered, check, QString());
}

QString MysqlSchemaBuilder::dropCheck(const QString &name, bool ifExists)
{
    QList<Check> &checks = m_altered->table.checks;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        if (sameName(checks.at(i).name, name)) {
            checks.removeAt(i);
            return {};
        }
    }
    return ifExists ? QString()
                    : MysqlSchemaBuilderTr::tr("check constraint %1 does not exist")
                          .arg(mysqlQuotedIdentifier(name));
}

QString MysqlSchemaBuilder::dropConstraint(const QString &name, bool ifExists)
{
    const auto before = m_altered->table.foreignKeys.size() + m_altered->table.checks.size();
    dropForeignKey(name, true);
    dropCheck(name, true);
    if (ifExists || m_altered->table.foreignKeys.size() + m_altered->table.checks.size() < before)
        return {};
    return MysqlSchemaBuilderTr::tr("constraint %1 does not exist")
        .arg(mysqlQuotedIdentifier(name));
}

} // namespace strata
