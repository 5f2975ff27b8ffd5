#pragma once

// What mysqlschemabuilder.cpp (schemas, tables, columns, table options) and
// mysqlschemabuilderkeys.cpp (keys, foreign keys, checks) share: the builder's per-table and
// per-schema state and small name helpers. Internal to core/mysqlparse.

#include "db/mysql/mysqlquoting.h"
#include "mysqlschemabuilder.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace strata {

namespace mysqlschemabuilder {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class MysqlSchemaBuilderTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::MysqlSchemaBuilder)
};

/// utf8mb3_general_ci order, which information_schema sorts names by on MariaDB: ASCII
/// compared upper-cased, so `_` sorts after letters.
inline bool lessCaseInsensitive(const QString &a, const QString &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const auto upper = [](QChar c) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return char16_t(u >= u'a' && u <= u'z' ? u - 32 : u);
        return c.toUpper().unicode();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = upper(a.at(i));
        const char16_t y = upper(b.at(i));
        if (x != y)
            return x < y;
    }
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

inline bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

inline QString canonicalEngine(const QString &engine)
{
    static const char *const engines[] = {"InnoDB",    "MyISAM",   "MEMORY",    "CSV",
                                          "ARCHIVE",   "Aria",     "BLACKHOLE", "MRG_MyISAM",
                                          "FEDERATED", "SEQUENCE", "ROCKSDB",   "CONNECT"};
    for (const char *name : engines) {
        if (engine.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return QLatin1String(name);
    }
    if (engine.compare(QLatin1String("HEAP"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("MEMORY");
    return engine;
}

inline int suffixNumber(const QString &name, const QString &prefix)
{
    if (!name.startsWith(prefix))
        return 0;
    bool ok = false;
    const int n = name.mid(prefix.size()).toInt(&ok);
    return ok ? n : 0;
}

} // namespace mysqlschemabuilder

using namespace mysqlschemabuilder;

struct MysqlSchemaBuilder::TableState
{
    Table table;
    /// Parallel to table.indexes: indexes the server added for a foreign key.
    QList<bool> generated;
    QString schema;
    /// Creation order, so finish() can skip sorting a script that creates tables by name.
    quint64 sequence = 0;

    int columnIndex(const QString &name) const
    {
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            if (sameName(table.columns.at(i).name, name))
                return int(i);
        }
        return -1;
    }
    int indexIndex(const QString &name) const
    {
        for (qsizetype i = 0; i < table.indexes.size(); ++i) {
            if (sameName(table.indexes.at(i).name, name))
                return int(i);
        }
        return -1;
    }
    /// Where FIRST or AFTER `after` puts a column, `fallback` without either; -1 when the AFTER
    /// column does not exist.
    qsizetype insertPosition(const QString &after, bool first, qsizetype fallback) const
    {
        if (first)
            return 0;
        if (after.isEmpty())
            return fallback;
        const int index = columnIndex(after);
        return index < 0 ? -1 : index + 1;
    }
    bool innoDb() const { return table.engine.isEmpty(); }
    MysqlTableCharset charset() const { return {table.charset, table.collation}; }
};

struct MysqlSchemaBuilder::SchemaState
{
    QString name;
    QString charset;
    QString collation;
    QHash<QString, std::shared_ptr<TableState>> tables;
};

} // namespace strata
