#pragma once

// The statements of a PostgreSQL script applied to the schema model one at a time, as the
// server would run them. Private to core/pgparse: pgddlparser.cpp drives it; its methods live
// in pgscript.cpp (dispatch, names, warnings), pgscripttables.cpp (CREATE/ALTER TABLE, CREATE
// INDEX) and pgscriptobjects.cpp (types, schemas, comments, DROP, RENAME, search_path).

#include "pgddlparser.h"
#include "pgjsonreader.h"
#include "pgqueryparse.h"
#include "pgschemabuilder.h"
#include "pgsourcemap.h"

#include "util/error.h"
#include "util/taskcontrol.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace strata {

class PgTableEditor;

/// Gives lupdate and QCoreApplication::translate one context for the script's messages.
class PgDdlParserTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgDdlParser)
};

/// A qualified name from a RangeVar.
struct RelationName
{
    QString schema;
    QString name;
};

/// Applies a script's statements to a PgSchemaBuilder one at a time; each step names the first
/// thing the server would refuse, at the statement's line and column.
class PgScript
{
public:
    PgScript(const QByteArray &utf8, const QString &sourceName, const QString &defaultSchema);

    /// Applies one statement to the model.
    Status step(const PgQueryStatement &entry, const TaskControl &control);

    /// Moves the model out: call once, at the end.
    PgDdlParse result() { return PgDdlParse{m_builder.finish(), m_warnings}; }

    /// `message` prefixed with "source:line:column: " for the byte offset.
    QString located(qsizetype byteOffset, const QString &message) const;

private:
    // pgscript.cpp: dispatch, names, warnings.
    int line() const { return m_map.at(m_location).line; }
    void ignore(const QString &label);
    /// Warns that a statement the model does not hold was ignored, naming it.
    void ignoreStatement(QLatin1StringView type, const pgjson::Object &stmt);
    QString statement(const pgjson::Value &node);
    RelationName relation(const pgjson::Object &rangeVar) const;
    /// A qualified name given as a list of String nodes: [name], [schema, name]...
    RelationName qualified(const QStringList &names) const;
    QString missingSchema(const QString &schema) const;
    void noteEditor(const PgTableEditor &editor);
    void approximate(const QString &expression);

    // pgscripttables.cpp: tables and indexes.
    QString createTable(const pgjson::Object &stmt);
    QString alterTable(const pgjson::Object &stmt);
    QString createIndex(const pgjson::Object &stmt);
    static QList<Index *> indexesOf(Table &table);

    // pgscriptobjects.cpp: everything else the model holds.
    QString createEnum(const pgjson::Object &stmt);
    QString alterEnum(const pgjson::Object &stmt);
    QString createSchema(const pgjson::Object &stmt);
    QString comment(const pgjson::Object &stmt);
    QString drop(const pgjson::Object &stmt);
    QString rename(const pgjson::Object &stmt);
    QString searchPath(const pgjson::Object &stmt);

    const QByteArray &m_utf8;
    PgSourceMap m_map;
    QString m_sourceName;
    PgSchemaBuilder m_builder;
    QStringList m_warnings;
    qsizetype m_location = 0;
    int m_done = 0;
    /// The text node locations of the current statement count from (see PgQueryParse).
    QByteArray m_statementText;
};

} // namespace strata
