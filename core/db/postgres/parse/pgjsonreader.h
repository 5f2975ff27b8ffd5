#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>

#include <memory>
#include <vector>

namespace strata::pgjson {

class Document;

/// A read-only handle to one value of a Document, with the part of QJsonValue's interface the
/// PostgreSQL parser uses. It is two words and copies freely; it stays valid while its Document
/// lives. A default-constructed Value is "undefined", like a missing object member.
class Value
{
public:
    Value() = default;

    bool isUndefined() const { return m_document == nullptr; }
    bool isNull() const;
    bool isObject() const;
    bool isArray() const;
    bool isString() const;

    /// This value if it is an object (array), else an undefined one: reading members of it
    /// gives undefined values, as QJsonValue::toObject() gives an empty object.
    Value toObject() const { return isObject() ? *this : Value(); }
    Value toArray() const { return isArray() ? *this : Value(); }

    QString toString() const;
    bool toBool(bool fallback = false) const;
    int toInt(int fallback = 0) const;
    qint64 toInteger(qint64 fallback = 0) const;

    /// Members of an object, elements of an array; 0 for anything else.
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }

    /// The member named `key` of an object; undefined when there is none.
    Value value(QLatin1StringView key) const;
    bool contains(QLatin1StringView key) const { return !value(key).isUndefined(); }
    /// The first member of an object, which names the node type in libpg_query's JSON.
    QLatin1StringView firstKey() const;
    Value firstValue() const;

    /// The element at `index` of an array; undefined when out of range.
    Value at(qsizetype index) const;
    Value last() const { return at(size() - 1); }

    /// Walks the elements of an array (nothing for other values).
    class Iterator
    {
    public:
        Value operator*() const { return Value(m_document, m_index); }
        Iterator &operator++();
        bool operator==(const Iterator &other) const { return m_index == other.m_index; }

    private:
        friend class Value;
        Iterator(const Document *document, quint32 index)
            : m_document(document)
            , m_index(index)
        {}
        const Document *m_document;
        quint32 m_index;
    };
    Iterator begin() const;
    Iterator end() const;

private:
    friend class Document;
    Value(const Document *document, quint32 index)
        : m_document(document)
        , m_index(index)
    {}

    const Document *m_document = nullptr;
    quint32 m_index = 0;
};

// Objects and arrays are Values too; the names say what a caller expects to hold.
using Object = Value;
using Array = Value;

/// A parsed JSON text, stored as one flat vector of nodes in document order over a private
/// copy of the text: strings are byte ranges of that copy (unescaped in place), so reading a
/// tree costs two allocations instead of one per value as with QJsonDocument, which was the
/// largest cost of Strata's PostgreSQL parse.
class Document
{
public:
    /// Nesting deeper than this is refused, as QJsonDocument refuses it, so recursion over the
    /// tree stays bounded and the same statements are reported as too deep.
    static constexpr int kNestingLimit = 1024;

    /// Parses `json`; on malformed or too deeply nested input returns null and sets `error`.
    static std::shared_ptr<const Document> parse(const QByteArray &json, QString *error);

    /// Parses `json` into this document next to the trees already in it and returns its root;
    /// on malformed input returns an undefined Value, sets `error` and keeps the document as it
    /// was. One document for many small texts saves two allocations per text.
    Value append(const QByteArray &json, QString *error);

    /// Forgets every tree, keeping the buffers' capacity for the next append(); Values into
    /// the document become invalid.
    void clear()
    {
        m_text.resize(0);
        m_nodes.clear();
    }

    /// The root of the first text parsed into the document.
    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

    enum class Type : quint8
    {
        Null,
        False,
        True,
        Integer,
        Real,
        String,
        Array,
        Object
    };

private:
    friend class Value;
    friend class Parser;

    struct Node
    {
        Type type = Type::Null;
        /// Index one past this node's subtree: the next sibling.
        quint32 end = 0;
        /// Members of an object, elements of an array; bytes of a string.
        quint32 count = 0;
        /// Where a string's bytes start in m_text.
        quint32 offset = 0;
        union {
            qint64 integer;
            double real;
        };
    };

    QByteArray m_text;
    std::vector<Node> m_nodes;
};

} // namespace strata::pgjson
