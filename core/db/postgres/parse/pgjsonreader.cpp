#include "pgjsonreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>

namespace strata::pgjson {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class PgJsonReaderTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::PgJsonReader)
};

/// A recursive-descent reader that appends nodes to a Document. Recursion depth is bounded by
/// Document::kNestingLimit.
class Parser
{
public:
    using Type = Document::Type;
    using Node = Document::Node;

    /// Reads the text that starts at byte `start` of the document's buffer and runs to its end.
    Parser(Document &document, qsizetype start)
        : m_document(document)
        , m_data(document.m_text.data())
        , m_size(document.m_text.size())
        , m_start(start)
        , m_at(start)
    {}

    bool parse()
    {
        skipSpace();
        if (!value())
            return false;
        skipSpace();
        if (m_at != m_size)
            return fail(PgJsonReaderTr::tr("garbage at the end of the document"));
        return true;
    }

    QString error() const
    {
        return PgJsonReaderTr::tr("%1 at byte %2").arg(m_error).arg(m_errorAt - m_start);
    }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorAt = m_at;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_at < m_size) {
            const char c = m_data[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_at;
        }
    }

    quint32 push(Type type)
    {
        Node node{};
        node.type = type;
        m_document.m_nodes.push_back(node);
        return quint32(m_document.m_nodes.size() - 1);
    }

    void close(quint32 index)
    {
        m_document.m_nodes[index].end = quint32(m_document.m_nodes.size());
    }

    bool literal(const char *word, Type type)
    {
        const qsizetype length = qsizetype(std::strlen(word));
        if (m_size - m_at < length || std::memcmp(m_data + m_at, word, size_t(length)) != 0)
            return fail(PgJsonReaderTr::tr("invalid value"));
        m_at += length;
        close(push(type));
        return true;
    }

    bool value()
    {
        if (m_at >= m_size)
            return fail(PgJsonReaderTr::tr("unexpected end of the document"));
        switch (m_data[m_at]) {
        case '{':
            return object();
        case '[':
            return array();
        case '"':
            return string();
        case 't':
            return literal("true", Type::True);
        case 'f':
            return literal("false", Type::False);
        case 'n':
            return literal("null", Type::Null);
        default:
            return number();
        }
    }

    bool enter()
    {
        if (++m_depth > Document::kNestingLimit)
            return fail(PgJsonReaderTr::tr("too deeply nested document"));
        return true;
    }

    bool object()
    {
        if (!enter())
            return false;
        const quint32 index = push(Type::Object);
        ++m_at;
        skipSpace();
        quint32 count = 0;
        if (m_at < m_size && m_data[m_at] == '}') {
            ++m_at;
        } else {
            for (;;) {
                if (m_at >= m_size || m_data[m_at] != '"')
                    return fail(PgJsonReaderTr::tr("expected a member name"));
                if (!string())
                    return false;
                skipSpace();
                if (m_at >= m_size || m_data[m_at] != ':')
                    return fail(PgJsonReaderTr::tr("expected ':'"));
                ++m_at;
                skipSpace();
                if (!value())
                    return false;
                ++count;
                skipSpace();
                if (m_at < m_size && m_data[m_at] == ',') {
                    ++m_at;
                    skipSpace();
                    continue;
                }
                if (m_at < m_size && m_data[m_at] == '}') {
                    ++m_at;
                    break;
                }
                return fail(PgJsonReaderTr::tr("expected ',' or '}'"));
            }
        }
        m_document.m_nodes[index].count = count;
        close(index);
        --m_depth;
        return true;
    }

    bool array()
    {
        if (!enter())
            return false;
        const quint32 index = push(Type::Array);
        ++m_at;
        skipSpace();
        quint32 count = 0;
        if (m_at < m_size && m_data[m_at] == ']') {
            ++m_at;
        } else {
            for (;;) {
                if (!value())
                    return false;
                ++count;
                skipSpace();
                if (m_at < m_size && m_data[m_at] == ',') {
                    ++m_at;
                    skipSpace();
                    continue;
                }
                if (m_at < m_size && m_data[m_at] == ']') {
                    ++m_at;
                    break;
                }
                return fail(PgJsonReaderTr::tr("expected ',' or ']'"));
            }
        }
        m_document.m_nodes[index].count = count;
        close(index);
        --m_depth;
        return true;
    }

    int hex4()
    {
        if (m_size - m_at < 4)
            return -1;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_data[m_at + i];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= c - '0';
            else if (c >= 'a' && c <= 'f')
                value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                value |= c - 'A' + 10;
            else
                return -1;
        }
        m_at += 4;
        return value;
    }

    /// Unescapes in place: the decoded bytes are never longer than the escaped ones, so the
    /// write position never passes the read position.
    bool string()
    {
        ++m_at;
        const qsizetype start = m_at;
        // Most strings hold no escapes: find their end without copying anything.
        while (m_at < m_size) {
            const char c = m_data[m_at];
            if (c == '"' || c == '\\' || uchar(c) < 0x20)
                break;
            ++m_at;
        }
        qsizetype out = m_at;
        for (;;) {
            if (m_at >= m_size)
                return fail(PgJsonReaderTr::tr("unterminated string"));
            const char c = m_data[m_at];
            if (c == '"')
                break;
            if (uchar(c) < 0x20)
                return fail(PgJsonReaderTr::tr("control character in a string"));
            if (c != '\\') {
                m_data[out++] = c;
                ++m_at;
                continue;
            }
            ++m_at;
            if (m_at >= m_size)
                return fail(PgJsonReaderTr::tr("unterminated string"));
            const char escape = m_data[m_at++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                m_data[out++] = escape;
                break;
            case 'b':
                m_data[out++] = '\b';
                break;
            case 'f':
                m_data[out++] = '\f';
                break;
            case 'n':
                m_data[out++] = '\n';
                break;
            case 'r':
                m_data[out++] = '\r';
                break;
            case 't':
                m_data[out++] = '\t';
                break;
            case 'u': {
                int code = hex4();
                if (code < 0)
                    return fail(PgJsonReaderTr::tr("invalid escape sequence"));
                if (code >= 0xD800 && code < 0xDC00) {
                    // A high surrogate must be followed by an escaped low one.
                    if (m_size - m_at < 6 || m_data[m_at] != '\\' || m_data[m_at + 1] != 'u')
                        return fail(PgJsonReaderTr::tr("invalid surrogate pair"));
                    m_at += 2;
                    const int low = hex4();
                    if (low < 0xDC00 || low > 0xDFFF)
                        return fail(PgJsonReaderTr::tr("invalid surrogate pair"));
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                } else if (code >= 0xDC00 && code < 0xE000) {
                    return fail(PgJsonReaderTr::tr("invalid surrogate pair"));
                }
                out = appendUtf8(out, char32_t(code));
                break;
            }
            default:
                return fail(PgJsonReaderTr::tr("invalid escape sequence"));
            }
        }
        const quint32 index = push(Type::String);
        Node &node = m_document.m_nodes[index];
        node.offset = quint32(start);
        node.count = quint32(out - start);
        close(index);
        ++m_at;
        return true;
    }

    /// At most as many bytes as the six to twelve of the escape it replaces.
    qsizetype appendUtf8(qsizetype out, char32_t code)
    {
        if (code < 0x80) {
            m_data[out++] = char(code);
        } else if (code < 0x800) {
            m_data[out++] = char(0xC0 | (code >> 6));
            m_data[out++] = char(0x80 | (code & 0x3F));
        } else if (code < 0x10000) {
            m_data[out++] = char(0xE0 | (code >> 12));
            m_data[out++] = char(0x80 | ((code >> 6) & 0x3F));
            m_data[out++] = char(0x80 | (code & 0x3F));
        } else {
            m_data[out++] = char(0xF0 | (code >> 18));
            m_data[out++] = char(0x80 | ((code >> 12) & 0x3F));
            m_data[out++] = char(0x80 | ((code >> 6) & 0x3F));
            m_data[out++] = char(0x80 | (code & 0x3F));
        }
        return out;
    }

    bool number()
    {
        const qsizetype start = m_at;
        const auto digits = [&] {
            const qsizetype from = m_at;
            while (m_at < m_size && m_data[m_at] >= '0' && m_data[m_at] <= '9')
                ++m_at;
            return m_at > from;
        };
        if (m_at < m_size && m_data[m_at] == '-')
            ++m_at;
        if (!digits())
            return fail(PgJsonReaderTr::tr("invalid value"));
        bool integral = true;
        if (m_at < m_size && m_data[m_at] == '.') {
            ++m_at;
            integral = false;
            if (!digits())
                return fail(PgJsonReaderTr::tr("invalid number"));
        }
        if (m_at < m_size && (m_data[m_at] == 'e' || m_data[m_at] == 'E')) {
            ++m_at;
            integral = false;
            if (m_at < m_size && (m_data[m_at] == '+' || m_data[m_at] == '-'))
                ++m_at;
            if (!digits())
                return fail(PgJsonReaderTr::tr("invalid number"));
        }
        const char *first = m_data + start;
        const char *last = m_data + m_at;
        const quint32 index = push(Type::Integer);
        Node &node = m_document.m_nodes[index];
        if (integral && std::from_chars(first, last, node.integer).ec == std::errc()) {
            close(index);
            return true;
        }
        // Fractions, exponents and integers beyond 64 bits are doubles, as in QJsonValue.
        node.type = Type::Real;
        if (std::from_chars(first, last, node.real).ec != std::errc())
            node.real = *first == '-' ? -std::numeric_limits<double>::infinity()
                                      : std::numeric_limits<double>::infinity();
        close(index);
        return true;
    }

    Document &m_document;
    char *m_data;
    qsizetype m_size;
    qsizetype m_start;
    qsizetype m_at;
    int m_depth = 0;
    QString m_error;
    qsizetype m_errorAt = 0;
};

std::shared_ptr<const Document> Document::parse(const QByteArray &json, QString *error)
{
    auto document = std::make_shared<Document>();
    if (document->append(json, error).isUndefined())
        return nullptr;
    return document;
}

Value Document::append(const QByteArray &json, QString *error)
{
    const qsizetype start = m_text.size();
    const size_t firstNode = m_nodes.size();
    // Node indexes and string offsets are 32-bit, which keeps a node at 24 bytes.
    if (qint64(start) + json.size() >= qint64(std::numeric_limits<quint32>::max()) ||
        firstNode + size_t(json.size()) >= size_t(std::numeric_limits<quint32>::max())) {
        if (error)
            *error = PgJsonReaderTr::tr("the document is too large");
        return {};
    }
    m_text.append(json);
    // libpg_query's JSON has a node about every 12 bytes; reserving saves regrowth, and
    // doubling keeps appending many texts linear.
    const size_t needed = firstNode + size_t(json.size() / 12 + 16);
    if (m_nodes.capacity() < needed)
        m_nodes.reserve(std::max(needed, 2 * m_nodes.capacity()));
    Parser parser(*this, start);
    if (!parser.parse()) {
        if (error)
            *error = parser.error();
        m_text.truncate(start);
        m_nodes.resize(firstNode);
        return {};
    }
    return Value(this, quint32(firstNode));
}

namespace {
using Type = Document::Type;
} // namespace

bool Value::isNull() const
{
    return m_document && m_document->m_nodes[m_index].type == Type::Null;
}

bool Value::isObject() const
{
    return m_document && m_document->m_nodes[m_index].type == Type::Object;
}

bool Value::isArray() const
{
    return m_document && m_document->m_nodes[m_index].type == Type::Array;
}

bool Value::isString() const
{
    return m_document && m_document->m_nodes[m_index].type == Type::String;
}

QString Value::toString() const
{
    if (!isString())
        return {};
    const auto &node = m_document->m_nodes[m_index];
    return QString::fromUtf8(m_document->m_text.constData() + node.offset, node.count);
}

bool Value::toBool(bool fallback) const
{
    if (!m_document)
        return fallback;
    const Type type = m_document->m_nodes[m_index].type;
    if (type == Type::True)
        return true;
    if (type == Type::False)
        return false;
    return fallback;
}

qint64 Value::toInteger(qint64 fallback) const
{
    if (!m_document)
        return fallback;
    const auto &node = m_document->m_nodes[m_index];
    if (node.type == Type::Integer)
        return node.integer;
    // Like QJsonValue: a double counts when it holds an integer that fits.
    if (node.type == Type::Real && node.real >= -9223372036854775808.0 &&
        node.real < 9223372036854775808.0 && node.real == double(qint64(node.real)))
        return qint64(node.real);
    return fallback;
}

int Value::toInt(int fallback) const
{
    if (!m_document)
        return fallback;
    const auto &node = m_document->m_nodes[m_index];
    if (node.type == Type::Integer) {
        if (node.integer < std::numeric_limits<int>::min() ||
            node.integer > std::numeric_limits<int>::max())
            return fallback;
        return int(node.integer);
    }
    if (node.type == Type::Real && node.real >= std::numeric_limits<int>::min() &&
        node.real <= std::numeric_limits<int>::max() && node.real == double(int(node.real)))
        return int(node.real);
    return fallback;
}

qsizetype Value::size() const
{
    if (!m_document)
        return 0;
    const auto &node = m_document->m_nodes[m_index];
    return node.type == Type::Object || node.type == Type::Array ? node.count : 0;
}

Value Value::value(QLatin1StringView key) const
{
    if (!isObject())
        return {};
    const auto &nodes = m_document->m_nodes;
    const char *text = m_document->m_text.constData();
    const quint32 end = nodes[m_index].end;
    // Members are few (libpg_query leaves out zero-valued fields), so a scan beats a hash.
    for (quint32 i = m_index + 1; i < end; i = nodes[i + 1].end) {
        const auto &name = nodes[i];
        if (qsizetype(name.count) == key.size() &&
            std::memcmp(text + name.offset, key.data(), size_t(name.count)) == 0)
            return Value(m_document, i + 1);
    }
    return {};
}

QLatin1StringView Value::firstKey() const
{
    if (isEmpty() || !isObject())
        return {};
    const auto &name = m_document->m_nodes[m_index + 1];
    return QLatin1StringView(m_document->m_text.constData() + name.offset, name.count);
}

Value Value::firstValue() const
{
    if (isEmpty() || !isObject())
        return {};
    return Value(m_document, m_index + 2);
}

Value Value::at(qsizetype index) const
{
    if (!isArray() || index < 0 || index >= size())
        return {};
    Iterator it = begin();
    while (index-- > 0)
        ++it;
    return *it;
}

Value::Iterator &Value::Iterator::operator++()
{
    m_index = m_document->m_nodes[m_index].end;
    return *this;
}

Value::Iterator Value::begin() const
{
    if (!isArray())
        return Iterator(m_document, 0);
    return Iterator(m_document, m_index + 1);
}

Value::Iterator Value::end() const
{
    if (!isArray())
        return Iterator(m_document, 0);
    return Iterator(m_document, m_document->m_nodes[m_index].end);
}

} // namespace strata::pgjson
