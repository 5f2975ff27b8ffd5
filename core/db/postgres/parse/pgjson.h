#pragma once

#include "pgjsonreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cctype>

namespace strata::pgjson {

// libpg_query's JSON wraps every node as {"NodeType": {fields}} and leaves out fields that
// hold their zero value (0, false, ""), so every accessor has a default.

inline QLatin1StringView nodeType(const Value &node)
{
    return node.firstKey();
}

inline Object body(const Value &node)
{
    return node.firstValue().toObject();
}

inline QString text(const Object &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

inline int integer(const Object &object, const char *key, int fallback = 0)
{
    return object.value(QLatin1StringView(key)).toInt(fallback);
}

inline Array list(const Object &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toArray();
}

/// The text of a {"String": {"sval": ...}} node.
inline QString stringNode(const Value &node)
{
    return body(node).value(QLatin1StringView("sval")).toString();
}

/// A list of String nodes: qualified names, column lists.
inline QStringList strings(const Array &nodes)
{
    QStringList result;
    result.reserve(nodes.size());
    for (const Value node : nodes)
        result.append(stringNode(node));
    return result;
}

/// The integer literal written at (or, for an option, after the keywords at) byte `offset` of
/// `source`: "-1", "- 5", "START WITH -5". libpg_query 15-4.0's JSON leaves negative integers
/// out, so their value has to come from the text.
inline qint64 pgIntegerAt(const QByteArray &source, qsizetype offset, qint64 fallback)
{
    if (offset < 0 || offset >= source.size())
        return fallback;
    qsizetype i = offset;
    const auto isSpace = [&](qsizetype at) {
        const char c = source.at(at);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    };
    while (i < source.size() && (std::isalpha(uchar(source.at(i))) || isSpace(i)))
        ++i;
    bool negative = false;
    if (i < source.size() && source.at(i) == '-') {
        negative = true;
        ++i;
        while (i < source.size() && isSpace(i))
            ++i;
    }
    const qsizetype start = i;
    while (i < source.size() && std::isdigit(uchar(source.at(i))))
        ++i;
    bool ok = false;
    const qint64 value = source.mid(start, i - start).toLongLong(&ok);
    if (!ok)
        return fallback;
    return negative ? -value : value;
}

} // namespace strata::pgjson
