#include "jsondocument.h"

namespace strata {
namespace {

/// encoding/json's string encoding with HTML escaping on, as json.Marshal uses it.
void writeString(QString &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const char32_t c : text.toStdU32String()) {
        switch (c) {
        case U'"':
            out += QLatin1String("\\\"");
            continue;
        case U'\\':
            out += QLatin1String("\\\\");
            continue;
        case U'\b':
            out += QLatin1String("\\b");
            continue;
        case U'\f':
            out += QLatin1String("\\f");
            continue;
        case U'\n':
            out += QLatin1String("\\n");
            continue;
        case U'\r':
            out += QLatin1String("\\r");
            continue;
        case U'\t':
            out += QLatin1String("\\t");
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == U'<' || c == U'>' || c == U'&') {
            out += QLatin1String("\\u00") + QLatin1Char(hex[c >> 4]) + QLatin1Char(hex[c & 0xf]);
        } else if (c == 0x2028 || c == 0x2029) {
            out += QLatin1String("\\u202") + QLatin1Char(hex[c & 0xf]);
        } else if (c == 0xfffd || (c >= 0xd800 && c <= 0xdfff)) {
            // Go replaces invalid UTF-8 with U+FFFD; a lone surrogate is what QString keeps of it.
            out += QChar(0xfffd);
        } else {
            out += QString::fromStdU32String(std::u32string(1, c));
        }
    }
    out += QLatin1Char('"');
}

void newline(QString &out, const JsonLayout &layout, int depth)
{
    out += QLatin1Char('\n') + layout.prefix;
    for (int i = 0; i < depth; ++i)
        out += layout.indent;
}

} // namespace

JsonValue JsonValue::object()
{
    return JsonValue();
}

JsonValue JsonValue::array()
{
    JsonValue value;
    value.m_type = Type::Array;
    return value;
}

JsonValue JsonValue::string(const QString &text)
{
    JsonValue value;
    value.m_type = Type::String;
    value.m_text = text;
    return value;
}

JsonValue JsonValue::boolean(bool flag)
{
    JsonValue value;
    value.m_type = Type::Bool;
    value.m_bool = flag;
    return value;
}

JsonValue &JsonValue::insert(const QString &key, JsonValue value)
{
    m_members.emplace_back(key, std::move(value));
    return *this;
}

JsonValue &JsonValue::append(JsonValue value)
{
    m_elements.push_back(std::move(value));
    return *this;
}

QString JsonValue::toJson(const JsonLayout &layout) const
{
    QString out;
    write(out, layout, 0);
    return out;
}

void JsonValue::write(QString &out, const JsonLayout &layout, int depth) const
{
    switch (m_type) {
    case Type::String:
        writeString(out, m_text);
        return;
    case Type::Bool:
        out += m_bool ? QLatin1String("true") : QLatin1String("false");
        return;
    case Type::Object:
    case Type::Array:
        break;
    }
    const bool isObject = m_type == Type::Object;
    out += isObject ? QLatin1Char('{') : QLatin1Char('[');
    const size_t count = isObject ? m_members.size() : m_elements.size();
    for (size_t i = 0; i < count; ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        if (layout.indented)
            newline(out, layout, depth + 1);
        if (isObject) {
            writeString(out, m_members[i].first);
            out += layout.indented ? QLatin1String(": ") : QLatin1String(":");
            m_members[i].second.write(out, layout, depth + 1);
        } else {
            m_elements[i].write(out, layout, depth + 1);
        }
    }
    if (layout.indented && count > 0)
        newline(out, layout, depth);
    out += isObject ? QLatin1Char('}') : QLatin1Char(']');
}

} // namespace strata
