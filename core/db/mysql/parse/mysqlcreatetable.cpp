#include "mysqlstatementparser_p.h"

namespace strata::mysqlparse {

void MysqlStatementParser::createTable(bool orReplace)
{
    m_context = QStringLiteral("CREATE TABLE");
    const bool ifNot = ifNotExists();
    const MysqlToken nameToken = peek();
    QString schema;
    QString name;
    qualifiedName(schema, name);
    m_context = QLatin1String("CREATE TABLE ") + mysqlQuotedIdentifier(name);
    if (accept("LIKE") || (isPunct(peek(), u'(') && peekWord("LIKE", 1) && (m_pos += 2))) {
        QString sourceSchema;
        QString source;
        qualifiedName(sourceSchema, source);
        if (isPunct(peek(), u')'))
            ++m_pos;
        check(nameToken, m_builder.createTableLike(schema, name, ifNot, sourceSchema, source));
        return;
    }
    MysqlTableBodySpec body;
    body.columns.reserve(16);
    if (!isPunct(peek(), u'('))
        syntaxError();
    ++m_pos;
    do {
        tableElement(body);
    } while (acceptPunct(u','));
    expectPunct(u')');
    MysqlTableOptionsSpec options;
    tableOptions(options);
    if (accept("PARTITION")) {
        m_warnings.append(MysqlDdlParserTr::tr("ignored: PARTITION BY at line %1")
                              .arg(position(m_tokens[m_pos - 1].start).first));
        skipToStatementEnd(false);
    }
    if (peekWord("AS") || peekWord("SELECT") || peekWord("IGNORE") || peekWord("REPLACE"))
        semanticError(peek(), MysqlDdlParserTr::tr("CREATE TABLE ... SELECT is not supported "
                                                   "without a dev database"));
    check(nameToken,
          m_builder.createTable(schema, name, ifNot, orReplace, std::move(body), options));
}

bool MysqlStatementParser::atKeyStart() const
{
    return peekWord("CONSTRAINT") || peekWord("PRIMARY") || peekWord("UNIQUE") || peekWord("KEY") ||
           peekWord("INDEX") || peekWord("FULLTEXT") || peekWord("SPATIAL") ||
           peekWord("FOREIGN") || peekWord("CHECK");
}

void MysqlStatementParser::tableElement(MysqlTableBodySpec &body)
{
    if (!atKeyStart()) {
        MysqlColumnSpec column = columnDefinition(body);
        body.columns.append(std::move(column));
        return;
    }
    QString constraintName;
    if (accept("CONSTRAINT")) {
        if (!peekWord("PRIMARY") && !peekWord("UNIQUE") && !peekWord("FOREIGN") &&
            !peekWord("CHECK"))
            constraintName = identifier();
    }
    if (accept("PRIMARY")) {
        expect("KEY");
        body.keys.append(keyDefinition(MysqlKeySpec::Kind::Primary, QString()));
    } else if (accept("UNIQUE")) {
        accept("KEY") || accept("INDEX");
        body.keys.append(keyDefinition(MysqlKeySpec::Kind::Unique, constraintName));
    } else if (accept("KEY") || accept("INDEX")) {
        body.keys.append(keyDefinition(MysqlKeySpec::Kind::Index, QString()));
    } else if (accept("FULLTEXT")) {
        accept("KEY") || accept("INDEX");
        body.keys.append(keyDefinition(MysqlKeySpec::Kind::Fulltext, QString()));
    } else if (accept("SPATIAL")) {
        accept("KEY") || accept("INDEX");
        body.keys.append(keyDefinition(MysqlKeySpec::Kind::Spatial, QString()));
    } else if (accept("FOREIGN")) {
        expect("KEY");
        body.foreignKeys.append(foreignKeyDefinition(constraintName));
    } else if (accept("CHECK")) {
        body.checks.append(checkDefinition(constraintName));
    } else {
        syntaxError();
    }
}

MysqlKeySpec MysqlStatementParser::keyDefinition(MysqlKeySpec::Kind kind,
                                                 const QString &defaultName)
{
    MysqlKeySpec key;
    key.kind = kind;
    key.name = defaultName;
    if (peekWord("IF") && peekWord("NOT", 1)) {
        m_pos += 2;
        expect("EXISTS");
    }
    if (!isPunct(peek(), u'(') && !peekWord("USING")) {
        const QString name = identifier();
        if (kind != MysqlKeySpec::Kind::Primary)
            key.name = name;
    }
    indexOptions(key);
    key.parts = keyParts();
    indexOptions(key);
    return key;
}

QList<IndexPart> MysqlStatementParser::keyParts()
{
    QList<IndexPart> parts;
    expectPunct(u'(');
    do {
        IndexPart part;
        if (isPunct(peek(), u'(')) {
            part.expression = parenthesizedExpression();
        } else {
            part.column = identifier();
            if (acceptPunct(u'(')) {
                part.prefixLength = number().toInt();
                expectPunct(u')');
            }
        }
        if (accept("DESC"))
            part.descending = true;
        else
            accept("ASC");
        parts.append(std::move(part));
    } while (acceptPunct(u','));
    expectPunct(u')');
    return parts;
}

void MysqlStatementParser::indexOptions(MysqlKeySpec &key)
{
    while (true) {
        if (accept("USING") || accept("TYPE")) {
            key.method = identifier().toUpper();
        } else if (accept("COMMENT")) {
            key.comment = stringLiteral();
        } else if (accept("KEY_BLOCK_SIZE")) {
            acceptEquals();
            number();
        } else if (accept("WITH")) {
            expect("PARSER");
            identifier();
        } else if (accept("VISIBLE") || accept("INVISIBLE") || accept("IGNORED")) {
        } else if (peekWord("NOT") && peekWord("IGNORED", 1)) {
            m_pos += 2;
        } else if (accept("CLUSTERING")) {
            acceptEquals();
            identifier();
        } else {
            return;
        }
    }
}

std::optional<ReferenceAction> MysqlStatementParser::referenceAction()
{
    if (accept("RESTRICT"))
        return ReferenceAction::Restrict;
    if (accept("CASCADE"))
        return ReferenceAction::Cascade;
    if (accept("SET")) {
        if (accept("NULL"))
            return ReferenceAction::SetNull;
        expect("DEFAULT");
        return ReferenceAction::SetDefault;
    }
    if (accept("NO")) {
        expect("ACTION");
        return ReferenceAction::NoAction;
    }
    syntaxError();
}

void MysqlStatementParser::references(MysqlForeignKeySpec &key)
{
    expect("REFERENCES");
    qualifiedName(key.refSchema, key.refTable);
    if (acceptPunct(u'(')) {
        do {
            key.refColumns.append(identifier());
            if (acceptPunct(u'(')) {
                number();
                expectPunct(u')');
            }
            accept("ASC") || accept("DESC");
        } while (acceptPunct(u','));
        expectPunct(u')');
    }
    if (accept("MATCH")) {
        if (!accept("FULL") && !accept("PARTIAL"))
            expect("SIMPLE");
    }
    while (peekWord("ON")) {
        ++m_pos;
        if (accept("DELETE"))
            key.onDelete = referenceAction();
        else if (accept("UPDATE"))
            key.onUpdate = referenceAction();
        else
            syntaxError();
    }
}

MysqlForeignKeySpec MysqlStatementParser::foreignKeyDefinition(const QString &constraintName)
{
    MysqlForeignKeySpec key;
    key.constraintName = constraintName;
    if (peekWord("IF") && peekWord("NOT", 1)) {
        m_pos += 2;
        expect("EXISTS");
    }
    if (!isPunct(peek(), u'('))
        key.indexName = identifier();
    expectPunct(u'(');
    do {
        key.columns.append(identifier());
    } while (acceptPunct(u','));
    expectPunct(u')');
    references(key);
    return key;
}

MysqlCheckSpec MysqlStatementParser::checkDefinition(const QString &name)
{
    MysqlCheckSpec check;
    check.name = name;
    check.expression = parenthesizedExpression();
    if (peekWord("NOT") && peekWord("ENFORCED", 1)) {
        m_pos += 2;
        check.enforced = false;
    } else {
        accept("ENFORCED");
    }
    return check;
}

MysqlColumnSpec MysqlStatementParser::columnDefinition(MysqlTableBodySpec &body)
{
    MysqlColumnSpec column;
    column.name = identifier();
    column.type = dataType();
    if (column.type.name == QLatin1String("serial")) {
        column.type.name = QStringLiteral("bigint");
        column.type.isUnsigned = true;
        column.notNull = true;
        column.autoIncrement = true;
        column.unique = true;
    }
    bool inlineUniqueAdded = false;
    const auto addInlineKey = [&](MysqlKeySpec::Kind kind) {
        MysqlKeySpec key;
        key.kind = kind;
        key.parts.append(IndexPart{column.name, {}, false, 0});
        body.keys.append(std::move(key));
    };
    if (column.unique) {
        addInlineKey(MysqlKeySpec::Kind::Unique);
        inlineUniqueAdded = true;
    }
    while (!isPunct(peek(), u',') && !isPunct(peek(), u')') && !atStatementEnd() &&
           !peekWord("FIRST") && !peekWord("AFTER")) {
        if (accept("NOT")) {
            expect("NULL");
            column.notNull = true;
        } else if (accept("NULL")) {
            column.notNull = false;
        } else if (accept("DEFAULT")) {
            const int start = peek().start;
            column.defaultValue = defaultValue(true);
            const MysqlToken &last = m_tokens[m_pos - 1];
            column.defaultValue.source =
                QStringView(m_text).mid(start, last.start + last.length - start);
        } else if (accept("AUTO_INCREMENT")) {
            column.autoIncrement = true;
        } else if (accept("UNIQUE")) {
            accept("KEY");
            column.unique = true;
            if (!inlineUniqueAdded)
                addInlineKey(MysqlKeySpec::Kind::Unique);
            inlineUniqueAdded = true;
        } else if (accept("PRIMARY") || peekWord("KEY")) {
            expect("KEY");
            column.primaryKey = true;
            addInlineKey(MysqlKeySpec::Kind::Primary);
        } else if (accept("COMMENT")) {
            column.comment = stringLiteral();
        } else if (accept("COLLATE")) {
            column.type.collation = identifier();
        } else if (charsetClause(column.type.charset)) {
        } else if (accept("GENERATED")) {
            expect("ALWAYS");
            expect("AS");
            column.generated = GeneratedExpression{parenthesizedExpression(), false};
        } else if (accept("AS")) {
            column.generated = GeneratedExpression{parenthesizedExpression(), false};
        } else if (accept("STORED") || accept("PERSISTENT")) {
            if (column.generated)
                column.generated->stored = true;
        } else if (accept("VIRTUAL")) {
        } else if (peekWord("ON") && peekWord("UPDATE", 1)) {
            m_pos += 2;
            if (!isCurrentTimestampWord())
                syntaxError();
            ++m_pos;
            const int precision = timestampPrecision();
            column.onUpdatePrecision = precision < 0 ? -2 : precision;
        } else if (peekWord("REFERENCES")) {
            MysqlForeignKeySpec key;
            key.columns.append(column.name);
            key.inlineReference = true;
            references(key);
            column.reference = key;
            body.foreignKeys.append(std::move(key));
        } else if (accept("CHECK")) {
            column.checks.append(checkDefinition(QString()));
        } else if (accept("CONSTRAINT")) {
            QString name;
            if (!peekWord("CHECK"))
                name = identifier();
            expect("CHECK");
            column.checks.append(checkDefinition(name));
        } else if (accept("COLUMN_FORMAT") || accept("STORAGE")) {
            identifier();
        } else if (accept("VISIBLE") || accept("INVISIBLE")) {
        } else if (accept("SRID")) {
            number();
        } else if (accept("SERIAL")) {
            expect("DEFAULT");
            expect("VALUE");
            column.notNull = true;
            column.autoIncrement = true;
            column.unique = true;
            if (!inlineUniqueAdded)
                addInlineKey(MysqlKeySpec::Kind::Unique);
            inlineUniqueAdded = true;
        } else if ((peekWord("WITH") || peekWord("WITHOUT")) && peekWord("SYSTEM", 1)) {
            m_pos += 2;
            expect("VERSIONING");
        } else {
            syntaxError();
        }
    }
    return column;
}

void MysqlStatementParser::tableOptions(MysqlTableOptionsSpec &options)
{
    static const char *const ignoredOptions[] = {
        "AUTO_INCREMENT",    "AVG_ROW_LENGTH",    "CHECKSUM",
        "TABLE_CHECKSUM",    "DELAY_KEY_WRITE",   "KEY_BLOCK_SIZE",
        "MAX_ROWS",          "MIN_ROWS",          "PACK_KEYS",
        "STATS_AUTO_RECALC", "STATS_PERSISTENT",  "STATS_SAMPLE_PAGES",
        "ROW_FORMAT",        "INSERT_METHOD",     "COMPRESSION",
        "ENCRYPTION",        "CONNECTION",        "PAGE_CHECKSUM",
        "TRANSACTIONAL",     "PAGE_COMPRESSED",   "PAGE_COMPRESSION_LEVEL",
        "ENCRYPTED",         "ENCRYPTION_KEY_ID", "IETF_QUOTES",
        "SEQUENCE",          "TABLESPACE",        "SECONDARY_ENGINE",
        "AUTOEXTEND_SIZE"};
    while (!atStatementEnd()) {
        acceptPunct(u',');
        const bool isDefault = accept("DEFAULT");
        if (QString charset; charsetClause(charset)) {
            options.charset = charset;
            continue;
        }
        if (accept("COLLATE")) {
            acceptEquals();
            options.collation = identifier();
            continue;
        }
        if (isDefault)
            syntaxError();
        if (accept("ENGINE") || accept("TYPE")) {
            acceptEquals();
            options.engine = peek().kind == Kind::String ? stringLiteral() : identifier();
            continue;
        }
        if (accept("COMMENT")) {
            acceptEquals();
            options.comment = stringLiteral();
            continue;
        }
        if ((peekWord("DATA") || peekWord("INDEX")) && peekWord("DIRECTORY", 1)) {
            m_pos += 2;
            acceptEquals();
            stringLiteral();
            continue;
        }
        if (accept("UNION")) {
            acceptEquals();
            parenthesized();
            continue;
        }
        if (peekWord("WITH") && peekWord("SYSTEM", 1)) {
            m_pos += 2;
            expect("VERSIONING");
            continue;
        }
        bool known = false;
        for (const char *option : ignoredOptions)
            known = known || peekWord(QLatin1String(option));
        if (!known)
            return;
        ++m_pos;
        acceptEquals();
        const MysqlToken value = peek();
        if (value.kind == Kind::End || isPunct(value, u';'))
            syntaxError();
        ++m_pos;
        if (accept("STORAGE"))
            identifier();
    }
}

} // namespace strata::mysqlparse
