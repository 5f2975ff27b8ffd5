#include "mysqlstatementparser_p.h"

namespace strata::mysqlparse {

void MysqlStatementParser::alterTable()
{
    expect("ALTER");
    accept("ONLINE");
    accept("IGNORE");
    expect("TABLE");
    m_context = QStringLiteral("ALTER TABLE");
    const bool onlyIfExists = ifExists();
    const MysqlToken nameToken = peek();
    QString schema;
    QString name;
    qualifiedName(schema, name);
    m_context = QLatin1String("ALTER TABLE ") + mysqlQuotedIdentifier(name);
    const QString error = m_builder.beginAlter(schema, name);
    if (!error.isEmpty()) {
        if (onlyIfExists) {
            skipToStatementEnd(false);
            return;
        }
        semanticError(nameToken, error);
    }
    try {
        if (!atStatementEnd()) {
            do {
                alterAction();
            } while (acceptPunct(u','));
        }
    } catch (...) {
        m_builder.endAlter();
        throw;
    }
    m_builder.endAlter();
}

void MysqlStatementParser::columnPosition(QString &after, bool &first)
{
    if (accept("FIRST"))
        first = true;
    else if (accept("AFTER"))
        after = identifier();
}

void MysqlStatementParser::alterAction()
{
    const MysqlToken at = peek();
    if (accept("ADD")) {
        if (atKeyStart() && !peekWord("COLUMN")) {
            MysqlTableBodySpec body;
            const bool ifNot = (peekWord("INDEX") || peekWord("KEY") || peekWord("UNIQUE")) &&
                               (peekWord("IF", 1) || peekWord("IF", 2));
            tableElement(body);
            for (const MysqlKeySpec &key : std::as_const(body.keys))
                check(at, m_builder.addKey(key, ifNot));
            for (const MysqlForeignKeySpec &key : std::as_const(body.foreignKeys))
                check(at, m_builder.addForeignKey(key));
            for (const MysqlCheckSpec &spec : std::as_const(body.checks))
                check(at, m_builder.addCheck(spec));
            return;
        }
        accept("COLUMN");
        const bool ifNot = ifNotExists();
        if (acceptPunct(u'(')) {
            do {
                addColumn(at, ifNot, false);
            } while (acceptPunct(u','));
            expectPunct(u')');
            return;
        }
        addColumn(at, ifNot, true);
    } else if (accept("DROP")) {
        if (accept("PRIMARY")) {
            expect("KEY");
            check(at, m_builder.dropPrimaryKey());
        } else if (accept("INDEX") || accept("KEY")) {
            const bool onlyIfExists = ifExists();
            check(at, m_builder.dropKey(identifier(), onlyIfExists));
        } else if (accept("FOREIGN")) {
            expect("KEY");
            const bool onlyIfExists = ifExists();
            check(at, m_builder.dropForeignKey(identifier(), onlyIfExists));
        } else if (accept("CHECK")) {
            const bool onlyIfExists = ifExists();
            check(at, m_builder.dropCheck(identifier(), onlyIfExists));
        } else if (accept("CONSTRAINT")) {
            const bool onlyIfExists = ifExists();
            check(at, m_builder.dropConstraint(identifier(), onlyIfExists));
        } else {
            accept("COLUMN");
            const bool onlyIfExists = ifExists();
            check(at, m_builder.dropColumn(identifier(), onlyIfExists));
            accept("RESTRICT") || accept("CASCADE");
        }
    } else if (accept("MODIFY")) {
        accept("COLUMN");
        ifExists();
        MysqlTableBodySpec body;
        const MysqlColumnSpec column = columnDefinition(body);
        QString after;
        bool first = false;
        columnPosition(after, first);
        check(at, m_builder.modifyColumn(column.name, column, after, first));
    } else if (accept("CHANGE")) {
        accept("COLUMN");
        ifExists();
        const QString oldName = identifier();
        MysqlTableBodySpec body;
        const MysqlColumnSpec column = columnDefinition(body);
        QString after;
        bool first = false;
        columnPosition(after, first);
        check(at, m_builder.modifyColumn(oldName, column, after, first));
    } else if (accept("ALTER")) {
        if (accept("INDEX") || accept("KEY")) {
            identifier();
            if (!accept("VISIBLE") && !accept("INVISIBLE") && !accept("IGNORED")) {
                expect("NOT");
                expect("IGNORED");
            }
            return;
        }
        if (accept("CHECK") || accept("CONSTRAINT")) {
            identifier();
            accept("NOT");
            expect("ENFORCED");
            return;
        }
        accept("COLUMN");
        const QString column = identifier();
        if (accept("SET")) {
            if (accept("VISIBLE") || accept("INVISIBLE"))
                return;
            expect("DEFAULT");
            check(at, m_builder.setColumnDefault(column, defaultValue()));
        } else {
            expect("DROP");
            expect("DEFAULT");
            check(at, m_builder.setColumnDefault(column, MysqlDefaultSpec{}));
        }
    } else if (accept("RENAME")) {
        if (accept("COLUMN")) {
            const QString oldName = identifier();
            expect("TO");
            check(at, m_builder.renameColumn(oldName, identifier()));
        } else if (accept("INDEX") || accept("KEY")) {
            const QString oldName = identifier();
            expect("TO");
            check(at, m_builder.renameKey(oldName, identifier()));
        } else {
            accept("TO") || accept("AS");
            QString schema;
            QString name;
            qualifiedName(schema, name);
            check(at, m_builder.renameAlteredTable(schema, name));
        }
    } else if (accept("CONVERT")) {
        expect("TO");
        QString charset;
        if (!charsetClause(charset))
            syntaxError();
        QString collation;
        if (accept("COLLATE"))
            collation = identifier();
        check(at, m_builder.convertCharset(charset, collation));
    } else if (accept("ALGORITHM") || accept("LOCK")) {
        acceptEquals();
        identifier();
    } else if (accept("FORCE") || accept("ENABLE") || accept("DISABLE")) {
        if (isWord(m_tokens[m_pos - 1], QLatin1String("ENABLE")) ||
            isWord(m_tokens[m_pos - 1], QLatin1String("DISABLE")))
            expect("KEYS");
    } else {
        MysqlTableOptionsSpec options;
        const size_t before = m_pos;
        tableOptions(options);
        if (m_pos == before)
            syntaxError();
        check(at, m_builder.setTableOptions(options));
    }
}

void MysqlStatementParser::addColumn(const MysqlToken &at, bool ifNot, bool withPosition)
{
    MysqlTableBodySpec body;
    const MysqlToken nameToken = peek();
    MysqlColumnSpec column = columnDefinition(body);
    QString after;
    bool first = false;
    if (withPosition)
        columnPosition(after, first);
    Q_UNUSED(nameToken);
    const QString error = m_builder.addColumn(column, after, first);
    if (ifNot && error.startsWith(QLatin1String("duplicate column")))
        return;
    check(at, error);
}

void MysqlStatementParser::dropTable()
{
    expect("DROP");
    accept("TEMPORARY");
    if (!accept("TABLE"))
        expect("TABLES");
    m_context = QStringLiteral("DROP TABLE");
    const bool onlyIfExists = ifExists();
    do {
        const MysqlToken nameToken = peek();
        QString schema;
        QString name;
        qualifiedName(schema, name);
        m_context = QLatin1String("DROP TABLE ") + mysqlQuotedIdentifier(name);
        check(nameToken, m_builder.dropTable(schema, name, onlyIfExists));
    } while (acceptPunct(u','));
    accept("RESTRICT") || accept("CASCADE");
}

void MysqlStatementParser::dropIndex()
{
    m_pos += 2;
    m_context = QStringLiteral("DROP INDEX");
    const bool onlyIfExists = ifExists();
    const MysqlToken nameToken = peek();
    const QString index = identifier();
    m_context = QLatin1String("DROP INDEX ") + mysqlQuotedIdentifier(index);
    expect("ON");
    QString schema;
    QString table;
    qualifiedName(schema, table);
    while (accept("ALGORITHM") || accept("LOCK")) {
        acceptEquals();
        identifier();
    }
    const QString error = m_builder.dropIndex(schema, table, index);
    if (!(onlyIfExists && !error.isEmpty()))
        check(nameToken, error);
}

void MysqlStatementParser::dropDatabase()
{
    m_pos += 2;
    m_context = QStringLiteral("DROP DATABASE");
    const bool onlyIfExists = ifExists();
    const MysqlToken nameToken = peek();
    const QString name = identifier();
    check(nameToken, m_builder.dropSchema(name, onlyIfExists));
}

void MysqlStatementParser::renameTable()
{
    m_pos += 2;
    m_context = QStringLiteral("RENAME TABLE");
    do {
        const MysqlToken nameToken = peek();
        QString schema;
        QString name;
        qualifiedName(schema, name);
        m_context = QLatin1String("RENAME TABLE ") + mysqlQuotedIdentifier(name);
        expect("TO");
        QString newSchema;
        QString newName;
        qualifiedName(newSchema, newName);
        check(nameToken, m_builder.renameTable(schema, name, newSchema, newName));
    } while (acceptPunct(u','));
}

void MysqlStatementParser::createIndex()
{
    MysqlKeySpec::Kind kind = MysqlKeySpec::Kind::Index;
    if (accept("UNIQUE"))
        kind = MysqlKeySpec::Kind::Unique;
    else if (accept("FULLTEXT"))
        kind = MysqlKeySpec::Kind::Fulltext;
    else if (accept("SPATIAL"))
        kind = MysqlKeySpec::Kind::Spatial;
    expect("INDEX");
    m_context = QStringLiteral("CREATE INDEX");
    const bool ifNot = ifNotExists();
    const MysqlToken nameToken = peek();
    MysqlKeySpec key;
    key.kind = kind;
    key.name = identifier();
    m_context = QLatin1String("CREATE INDEX ") + mysqlQuotedIdentifier(key.name);
    indexOptions(key);
    expect("ON");
    QString schema;
    QString table;
    qualifiedName(schema, table);
    key.parts = keyParts();
    indexOptions(key);
    while (accept("ALGORITHM") || accept("LOCK")) {
        acceptEquals();
        identifier();
    }
    const QString error = m_builder.createIndex(schema, table, key);
    if (!(ifNot && error.startsWith(QLatin1String("duplicate key name"))))
        check(nameToken, error);
}

} // namespace strata::mysqlparse
