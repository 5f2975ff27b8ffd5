#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cctype>

namespace strata::pgjson {

// libpg_query's JSON wraps every node as {"NodeType": {fields}} and leaves out fields that
// hold their zero value (0, false, ""), so every accessor has a default.

inline QString nodeType(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.isEmpty() ? QString() : object.constBegin().key();
}

inline QJsonObject body(const QJsonValue &node)
{
    const QJsonObject object = node.toObject();
    return object.isEmpty() ? QJsonObject() : object.constBegin().value().toObject();
}

inline QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

inline int integer(const QJsonObject &object, const char *key, int fallback = 0)
{
    return object.value(QLatin1String(key)).toInt(fallback);
}

inline QJsonArray list(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toArray();
}

/// The text of a {"String": {"sval": ...}} node.
inline QString stringNode(const QJsonValue &node)
{
    return body(node).value(QLatin1String("sval")).toString();
}

/// A list of String nodes: qualified names, column lists.
inline QStringList strings(const QJsonArray &nodes)
{
    QStringList result;
    result.reserve(nodes.size());
    for (const QJsonValue &node : nodes)
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
