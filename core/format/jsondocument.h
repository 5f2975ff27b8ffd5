#pragma once

#include <QString>

#include <utility>
#include <vector>

namespace strata {

/// How Go's encoding/json lays a document out: compact as json.Marshal, or one member per
/// line as json.MarshalIndent(v, prefix, indent) (Atlas's `{{ json . "  " }}`).
struct JsonLayout
{
    bool indented = false;
    QString prefix;
    QString indent;
};

/// A JSON value built in member order, printed byte for byte as Go's encoding/json prints it:
/// members in the order they were added, `<`, `>` and `&` escaped as \u003c..., no trailing
/// newline. Only what Atlas's inspect JSON needs: objects, arrays, strings and booleans.
class JsonValue
{
public:
    static JsonValue object();
    static JsonValue array();
    static JsonValue string(const QString &text);
    static JsonValue boolean(bool value);

    /// Adds a member to an object.
    JsonValue &insert(const QString &key, JsonValue value);
    /// Appends an element to an array.
    JsonValue &append(JsonValue value);
    bool isEmpty() const { return m_members.empty() && m_elements.empty(); }

    QString toJson(const JsonLayout &layout = {}) const;

private:
    enum class Type
    {
        Object,
        Array,
        String,
        Bool
    };
    void write(QString &out, const JsonLayout &layout, int depth) const;

    Type m_type = Type::Object;
    QString m_text;
    bool m_bool = false;
    std::vector<std::pair<QString, JsonValue>> m_members;
    std::vector<JsonValue> m_elements;
};

} // namespace strata
