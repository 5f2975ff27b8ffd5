#include "mysqlstatementparser_p.h"

namespace strata::mysqlparse {

/// Type names and the canonical name each stands for; the names are shared strings, so a
/// column's type name costs no allocation.
const QString *canonicalTypeName(QStringView word)
{
    static const struct
    {
        const char *alias;
        const char *name;
    } types[] = {
        {"tinyint", "tinyint"},
        {"smallint", "smallint"},
        {"mediumint", "mediumint"},
        {"int", "int"},
        {"integer", "int"},
        {"bigint", "bigint"},
        {"int1", "tinyint"},
        {"int2", "smallint"},
        {"int3", "mediumint"},
        {"middleint", "mediumint"},
        {"int4", "int"},
        {"int8", "bigint"},
        {"decimal", "decimal"},
        {"dec", "decimal"},
        {"numeric", "decimal"},
        {"fixed", "decimal"},
        {"float", "float"},
        {"float4", "float"},
        {"double", "double"},
        {"float8", "double"},
        {"real", "double"},
        {"bit", "bit"},
        {"bool", "bool"},
        {"boolean", "bool"},
        {"char", "char"},
        {"character", "char"},
        {"nchar", "nchar"},
        {"varchar", "varchar"},
        {"nvarchar", "nvarchar"},
        {"varcharacter", "varchar"},
        {"binary", "binary"},
        {"varbinary", "varbinary"},
        {"tinytext", "tinytext"},
        {"text", "text"},
        {"mediumtext", "mediumtext"},
        {"longtext", "longtext"},
        {"tinyblob", "tinyblob"},
        {"blob", "blob"},
        {"mediumblob", "mediumblob"},
        {"longblob", "longblob"},
        {"long", "long"},
        {"enum", "enum"},
        {"set", "set"},
        {"date", "date"},
        {"time", "time"},
        {"datetime", "datetime"},
        {"timestamp", "timestamp"},
        {"year", "year"},
        {"json", "json"},
        {"geometry", "geometry"},
        {"point", "point"},
        {"linestring", "linestring"},
        {"polygon", "polygon"},
        {"multipoint", "multipoint"},
        {"multilinestring", "multilinestring"},
        {"multipolygon", "multipolygon"},
        {"geometrycollection", "geometrycollection"},
        {"geomcollection", "geometrycollection"},
        {"serial", "serial"},
        {"uuid", "uuid"},
        {"inet4", "inet4"},
        {"inet6", "inet6"},
        {"national", "national"},
    };
    static const QList<QString> names = [] {
        QList<QString> out;
        for (const auto &type : types)
            out.append(QLatin1String(type.name));
        return out;
    }();
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QLatin1String alias(types[i].alias);
        if (word.size() == alias.size() && word.compare(alias, Qt::CaseInsensitive) == 0)
            return &names[i];
    }
    return nullptr;
}

void MysqlStatementParser::statement()
{
    m_context.clear();
    m_statementStart = m_pos;
    if (peekWord("CREATE"))
        create();
    else if (peekWord("ALTER") &&
             (peekWord("TABLE", 1) ||
              ((peekWord("IGNORE", 1) || peekWord("ONLINE", 1)) && peekWord("TABLE", 2))))
        alterTable();
    else if (peekWord("DROP") && (peekWord("TABLE", 1) || peekWord("TABLES", 1) ||
                                  (peekWord("TEMPORARY", 1) && peekWord("TABLE", 2))))
        dropTable();
    else if (peekWord("DROP") && peekWord("INDEX", 1))
        dropIndex();
    else if (peekWord("DROP") && (peekWord("DATABASE", 1) || peekWord("SCHEMA", 1)))
        dropDatabase();
    else if (peekWord("RENAME") && (peekWord("TABLE", 1) || peekWord("TABLES", 1)))
        renameTable();
    else if (peekWord("USE"))
        use();
    else
        ignoreStatement();
}

void MysqlStatementParser::ignoreStatement()
{
    m_pos = m_statementStart;
    const MysqlToken first = peek();
    QString head = text(first).toString().toUpper();
    const bool compound = isWord(first, QLatin1String("CREATE")) ||
                          isWord(first, QLatin1String("ALTER")) ||
                          isWord(first, QLatin1String("DROP"));
    if (compound && peek(1).kind == Kind::Word) {
        int ahead = 1;
        // CREATE OR REPLACE / DEFINER=x / ALGORITHM=y / SQL SECURITY z VIEW ...: name the
        // object.
        static const char *const objects[] = {"VIEW",   "TRIGGER",    "PROCEDURE", "FUNCTION",
                                              "EVENT",  "USER",       "ROLE",      "SEQUENCE",
                                              "SERVER", "TABLESPACE", "TEMPORARY"};
        for (int i = 1; i < 12 && peek(i).kind != Kind::End && !isPunct(peek(i), u';'); ++i) {
            bool found = false;
            for (const char *object : objects)
                found = found || peekWord(QLatin1String(object), i);
            if (found) {
                ahead = i;
                break;
            }
        }
        head += QLatin1Char(' ') + text(peek(ahead)).toString().toUpper();
    }
    if (first.kind != Kind::Word)
        head = text(first).toString().left(20);
    const int line = position(first.start).first;
    m_warnings.append(MysqlDdlParserTr::tr("ignored: %1 at line %2").arg(head).arg(line));
    skipToStatementEnd(compound);
}

/// Skips to the `;` that ends the statement; a stored program body (BEGIN ... END) may
/// hold `;` of its own.
void MysqlStatementParser::skipToStatementEnd(bool mayHaveBody)
{
    int depth = 0;
    while (peek().kind != Kind::End) {
        const MysqlToken token = peek();
        if (mayHaveBody && isWord(token, QLatin1String("BEGIN"))) {
            ++depth;
        } else if (depth > 0 && isWord(token, QLatin1String("END"))) {
            const MysqlToken next = peek(1);
            if (!(isWord(next, QLatin1String("IF")) || isWord(next, QLatin1String("CASE")) ||
                  isWord(next, QLatin1String("LOOP")) || isWord(next, QLatin1String("WHILE")) ||
                  isWord(next, QLatin1String("REPEAT"))))
                --depth;
        } else if (depth == 0 && isPunct(token, u';')) {
            return;
        }
        ++m_pos;
    }
}

void MysqlStatementParser::create()
{
    expect("CREATE");
    const bool orReplace = accept("OR");
    if (orReplace)
        expect("REPLACE");
    if (peekWord("TEMPORARY")) {
        ignoreStatement();
        return;
    }
    if (accept("TABLE")) {
        createTable(orReplace);
    } else if (peekWord("DATABASE") || peekWord("SCHEMA")) {
        createDatabase();
    } else {
        accept("ONLINE") || accept("OFFLINE");
        if (peekWord("INDEX") ||
            ((peekWord("UNIQUE") || peekWord("FULLTEXT") || peekWord("SPATIAL")) &&
             peekWord("INDEX", 1)))
            createIndex();
        else
            ignoreStatement();
    }
}

bool MysqlStatementParser::ifNotExists()
{
    if (!peekWord("IF"))
        return false;
    ++m_pos;
    expect("NOT");
    expect("EXISTS");
    return true;
}

bool MysqlStatementParser::ifExists()
{
    if (!peekWord("IF"))
        return false;
    ++m_pos;
    expect("EXISTS");
    return true;
}

void MysqlStatementParser::createDatabase()
{
    ++m_pos;
    m_context = QStringLiteral("CREATE DATABASE");
    const bool ifNot = ifNotExists();
    const MysqlToken nameToken = peek();
    const QString name = identifier();
    m_context = QLatin1String("CREATE DATABASE ") + mysqlQuotedIdentifier(name);
    MysqlTableOptionsSpec options;
    while (!atStatementEnd()) {
        accept("DEFAULT");
        if (accept("CHARSET") || (peekWord("CHARACTER") && accept("CHARACTER"))) {
            if (peekWord("SET"))
                ++m_pos;
            acceptEquals();
            options.charset = identifier();
        } else if (accept("COLLATE")) {
            acceptEquals();
            options.collation = identifier();
        } else if (accept("COMMENT")) {
            acceptEquals();
            stringLiteral();
        } else if (accept("ENCRYPTION")) {
            acceptEquals();
            stringLiteral();
        } else {
            syntaxError();
        }
    }
    check(nameToken, m_builder.createSchema(name, ifNot, options));
}

void MysqlStatementParser::use()
{
    ++m_pos;
    m_context = QStringLiteral("USE");
    const MysqlToken nameToken = peek();
    check(nameToken, m_builder.useSchema(identifier()));
}

} // namespace strata::mysqlparse

namespace strata {

Expected<MysqlParseResult> parseMysqlDdl(const QString &script, const QString &sourceName,
                                         const MysqlParseOptions &options,
                                         const TaskControl &control)
{
    return mysqlparse::MysqlStatementParser(script, sourceName, options, control).run();
}

} // namespace strata
