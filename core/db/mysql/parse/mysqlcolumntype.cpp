#include "mysqlstatementparser_p.h"

// The column type and DEFAULT rules of MySQL's CREATE TABLE grammar.

namespace strata::mysqlparse {

MysqlTypeSpec MysqlStatementParser::dataType()
{
    MysqlTypeSpec type;
    const MysqlToken nameToken = peek();
    if (nameToken.kind != Kind::Word)
        syntaxError();
    const QString *canonical = canonicalTypeName(text(nameToken));
    if (!canonical)
        syntaxError();
    ++m_pos;
    QString name = *canonical;
    bool national = false;
    if (name == QLatin1String("national")) {
        national = true;
        if (accept("VARCHAR") || (accept("CHAR") && accept("VARYING")) ||
            (peekWord("CHARACTER") && accept("CHARACTER") && accept("VARYING")))
            name = QStringLiteral("varchar");
        else if (accept("CHAR") || accept("CHARACTER"))
            name = QStringLiteral("char");
        else
            syntaxError();
    } else if (name == QLatin1String("nchar")) {
        national = true;
        name = accept("VARCHAR") || accept("VARYING") ? QStringLiteral("varchar")
                                                      : QStringLiteral("char");
    } else if (name == QLatin1String("nvarchar")) {
        national = true;
        name = QStringLiteral("varchar");
    } else if (name == QLatin1String("char") && accept("VARYING")) {
        name = QStringLiteral("varchar");
    } else if (name == QLatin1String("double")) {
        accept("PRECISION");
    } else if (name == QLatin1String("long")) {
        if (accept("VARBINARY"))
            name = QStringLiteral("mediumblob");
        else {
            accept("VARCHAR") || accept("VARCHARACTER");
            name = QStringLiteral("mediumtext");
        }
    }
    if (national)
        type.charset = QStringLiteral("utf8mb3");
    if (isPunct(peek(), u'(') && cachedTypeArguments(type.args)) {
    } else if (acceptPunct(u'(')) {
        const size_t open = m_pos - 1;
        do {
            const MysqlToken arg = peek();
            if (arg.kind == Kind::Number) {
                type.args.append(text(arg).toString());
                ++m_pos;
            } else if (arg.kind == Kind::String || arg.kind == Kind::DoubleQuoted) {
                QString value = mysqlUnquote(text(arg));
                value.replace(QLatin1Char('\''), QLatin1String("''"));
                type.args.append(QLatin1Char('\'') + value + QLatin1Char('\''));
                ++m_pos;
            } else {
                syntaxError();
            }
        } while (acceptPunct(u','));
        expectPunct(u')');
        const MysqlToken &first = m_tokens[open];
        const MysqlToken &last = m_tokens[m_pos - 1];
        m_typeArguments.emplace(
            QStringView(m_text).mid(first.start, last.start + last.length - first.start),
            type.args);
    }
    if (name == QLatin1String("bool")) {
        static const QStringList widthOne{QStringLiteral("1")};
        name = QStringLiteral("tinyint");
        type.args = widthOne;
    }
    type.name = name;
    while (true) {
        if (accept("UNSIGNED")) {
            type.isUnsigned = true;
        } else if (accept("SIGNED")) {
        } else if (accept("ZEROFILL")) {
            type.zerofill = true;
        } else if (accept("BINARY")) {
            type.binary = true;
        } else if (accept("ASCII")) {
            type.charset = QStringLiteral("latin1");
        } else if (accept("UNICODE")) {
            type.charset = QStringLiteral("ucs2");
        } else if (accept("BYTE")) {
            type.charset = QStringLiteral("binary");
        } else if (charsetClause(type.charset)) {
        } else if (accept("COLLATE")) {
            type.collation = identifier();
        } else {
            break;
        }
    }
    return type;
}

/// Type arguments seen before with the same text, e.g. `(255)`: a schema repeats a few
/// dozen of them thousands of times, and the cached list costs no allocation.
bool MysqlStatementParser::cachedTypeArguments(QStringList &args)
{
    const MysqlToken open = peek();
    int ahead = 1;
    while (true) {
        const MysqlToken token = peek(ahead);
        if (isPunct(token, u')'))
            break;
        if (token.kind != Kind::Number && token.kind != Kind::String && !isPunct(token, u','))
            return false;
        if (++ahead > 64)
            return false;
    }
    const MysqlToken close = peek(ahead);
    const auto it = m_typeArguments.find(
        QStringView(m_text).mid(open.start, close.start + close.length - open.start));
    if (it == m_typeArguments.end())
        return false;
    args = it->second;
    m_pos += size_t(ahead) + 1;
    return true;
}

/// CHARACTER SET x | CHARSET x | CHAR SET x.
bool MysqlStatementParser::charsetClause(QString &charset)
{
    if (accept("CHARSET") ||
        ((peekWord("CHARACTER") || peekWord("CHAR")) && peekWord("SET", 1) && (m_pos += 2))) {
        acceptEquals();
        charset = identifier();
        return true;
    }
    return false;
}

int MysqlStatementParser::timestampPrecision()
{
    if (!acceptPunct(u'('))
        return -1;
    int precision = 0;
    if (!isPunct(peek(), u')'))
        precision = number().toInt();
    expectPunct(u')');
    return precision;
}

bool MysqlStatementParser::isCurrentTimestampWord() const
{
    return peekWord("CURRENT_TIMESTAMP") || peekWord("NOW") || peekWord("LOCALTIME") ||
           peekWord("LOCALTIMESTAMP");
}

/// With `textFromSource`, a one-token number or string leaves `text` null: the normalizer
/// reads it from `source` only when its cache has not seen the default before.
MysqlDefaultSpec MysqlStatementParser::defaultValue(bool textFromSource)
{
    MysqlDefaultSpec value;
    const MysqlToken token = peek();
    if (isPunct(token, u'(')) {
        value.kind = MysqlDefaultSpec::Kind::Expression;
        value.text = parenthesizedExpression();
        if (value.text.startsWith(QLatin1String("current_timestamp("))) {
            value.kind = MysqlDefaultSpec::Kind::CurrentTimestamp;
            const QString digits = value.text.mid(18).chopped(1);
            value.precision = digits.isEmpty() ? -1 : digits.toInt();
        }
        return value;
    }
    if ((isPunct(token, u'-') || isPunct(token, u'+')) && peek(1).kind == Kind::Number) {
        value.kind = MysqlDefaultSpec::Kind::Number;
        value.text =
            (isPunct(token, u'-') ? QStringLiteral("-") : QString()) + text(peek(1)).toString();
        m_pos += 2;
        return value;
    }
    switch (token.kind) {
    case Kind::Number:
        value.kind = MysqlDefaultSpec::Kind::Number;
        if (textFromSource) {
            ++m_pos;
            return value;
        }
        value.text = number();
        return value;
    case Kind::String:
    case Kind::DoubleQuoted:
        value.kind = MysqlDefaultSpec::Kind::String;
        if (textFromSource && peek(1).kind != Kind::String) {
            ++m_pos;
            return value;
        }
        value.text = stringLiteral();
        return value;
    case Kind::HexOrBit:
        value.kind = MysqlDefaultSpec::Kind::Bits;
        value.text = text(token).toString();
        ++m_pos;
        return value;
    default:
        break;
    }
    if (token.kind != Kind::Word)
        syntaxError();
    if (accept("NULL")) {
        value.kind = MysqlDefaultSpec::Kind::Null;
    } else if (accept("TRUE") || accept("FALSE")) {
        value.kind = MysqlDefaultSpec::Kind::Bool;
        value.text =
            isWord(token, QLatin1String("TRUE")) ? QStringLiteral("1") : QStringLiteral("0");
    } else if (isCurrentTimestampWord()) {
        ++m_pos;
        value.kind = MysqlDefaultSpec::Kind::CurrentTimestamp;
        value.precision = timestampPrecision();
    } else if ((peekWord("DATE") || peekWord("TIME") || peekWord("TIMESTAMP")) &&
               peek(1).kind == Kind::String) {
        ++m_pos;
        value.kind = MysqlDefaultSpec::Kind::String;
        value.text = stringLiteral();
    } else if (text(token).startsWith(QLatin1Char('_')) && peek(1).kind == Kind::String) {
        value.kind = MysqlDefaultSpec::Kind::String;
        value.text = stringLiteral();
    } else if (isPunct(peek(1), u'(')) {
        const size_t begin = m_pos;
        ++m_pos;
        parenthesized();
        value.kind = MysqlDefaultSpec::Kind::Expression;
        value.text = expression(begin, m_pos);
    } else {
        syntaxError();
    }
    return value;
}

} // namespace strata::mysqlparse
