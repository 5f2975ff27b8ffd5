#pragma once

#include <QJsonValue>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace strata::hcl {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = QMap<QString, Value>;

/// A value an HCL expression evaluates to. Collections are shared and immutable, so copying a
/// value (the `var` object, a long list) is cheap.
class Value
{
public:
    enum class Type : quint8
    {
        Null,
        Bool,
        Number,
        String,
        Tuple,
        Set,
        Object
    };

    Value() = default;
    static Value boolean(bool value);
    static Value number(double value);
    static Value string(const QString &value);
    static Value tuple(ValueList items);
    /// Unique elements; strings sort as cty sets do, so iteration order is stable.
    static Value set(ValueList items);
    static Value object(ValueMap fields);

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isBool() const { return m_type == Type::Bool; }
    /// Tuples and sets: anything with ordered items.
    bool isSequence() const { return m_type == Type::Tuple || m_type == Type::Set; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString &toText() const { return m_string; }
    const ValueList &items() const;
    /// cty's automatic conversions: numbers and bools print as strings, numeric strings count as
    /// numbers, "true"/"false" as bools. Empty when the value does not convert.
    std::optional<QString> asString() const;
    std::optional<double> asNumber() const;
    std::optional<bool> asBool() const;
    const ValueMap &fields() const;

    /// "string", "number", "bool", "tuple", "set", "object" or "null", for messages.
    QString typeName() const;
    /// The value as HCL text: `"a"`, `1`, `1.5`, `true`, `null`, `["a", 2]`, `{ a = 1 }`.
    QString toHcl() const;
    /// Numbers as Atlas prints them: integers without a fraction, otherwise the shortest form.
    static QString formatNumber(double value);
    QJsonValue toJson() const;

    bool operator==(const Value &other) const;

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    QString m_string;
    std::shared_ptr<const ValueList> m_items;
    std::shared_ptr<const ValueMap> m_fields;
};

} // namespace strata::hcl
