#include "value.h"

#include "hcl/hclvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace strata::hcl {
namespace {

/// One HCL string escaper for the whole program: the writer's (hcl/hclvalue.h).
QString quoted(const QString &text)
{
    return strata::hclString(text);
}

QString objectKey(const QString &key)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    return identifier.match(key).hasMatch() ? key : quoted(key);
}

const ValueList &emptyList()
{
    static const ValueList empty;
    return empty;
}

const ValueMap &emptyMap()
{
    static const ValueMap empty;
    return empty;
}

} // namespace

Value Value::boolean(bool value)
{
    Value v;
    v.m_type = Type::Bool;
    v.m_bool = value;
    return v;
}

Value Value::number(double value)
{
    Value v;
    v.m_type = Type::Number;
    v.m_number = value;
    return v;
}

Value Value::string(const QString &value)
{
    Value v;
    v.m_type = Type::String;
    v.m_string = value;
    return v;
}

Value Value::tuple(ValueList items)
{
    Value v;
    v.m_type = Type::Tuple;
    v.m_items = std::make_shared<const ValueList>(std::move(items));
    return v;
}

Value Value::set(ValueList items)
{
    ValueList unique;
    for (Value &item : items) {
        if (std::find(unique.cbegin(), unique.cend(), item) == unique.cend())
            unique.push_back(std::move(item));
    }
    const bool allStrings = std::all_of(unique.cbegin(), unique.cend(),
                                        [](const Value &item) { return item.isString(); });
    if (allStrings) {
        std::sort(unique.begin(), unique.end(),
                  [](const Value &a, const Value &b) { return a.toText() < b.toText(); });
    }
    Value v = tuple(std::move(unique));
    v.m_type = Type::Set;
    return v;
}

Value Value::object(ValueMap fields)
{
    Value v;
    v.m_type = Type::Object;
    v.m_fields = std::make_shared<const ValueMap>(std::move(fields));
    return v;
}

const ValueList &Value::items() const
{
    return m_items ? *m_items : emptyList();
}

const ValueMap &Value::fields() const
{
    return m_fields ? *m_fields : emptyMap();
}

std::optional<QString> Value::asString() const
{
    switch (m_type) {
    case Type::String:
        return m_string;
    case Type::Number:
        return formatNumber(m_number);
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return std::nullopt;
    }
}

std::optional<double> Value::asNumber() const
{
    if (m_type == Type::Number)
        return m_number;
    if (m_type != Type::String)
        return std::nullopt;
    bool ok = false;
    const double number = m_string.trimmed().toDouble(&ok);
    if (!ok || m_string.trimmed() != m_string)
        return std::nullopt;
    return number;
}

std::optional<bool> Value::asBool() const
{
    if (m_type == Type::Bool)
        return m_bool;
    if (m_type == Type::String && m_string == QLatin1String("true"))
        return true;
    if (m_type == Type::String && m_string == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QString Value::typeName() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("bool");
    case Type::Number:
        return QStringLiteral("number");
    case Type::String:
        return QStringLiteral("string");
    case Type::Tuple:
        return QStringLiteral("tuple");
    case Type::Set:
        return QStringLiteral("set");
    case Type::Object:
        return QStringLiteral("object");
    }
    return {};
}

QString Value::formatNumber(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString Value::toHcl() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Type::Number:
        return formatNumber(m_number);
    case Type::String:
        return quoted(m_string);
    case Type::Tuple:
    case Type::Set: {
        QStringList parts;
        for (const Value &item : items())
            parts.append(item.toHcl());
        return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
    }
    case Type::Object: {
        if (fields().isEmpty())
            return QStringLiteral("{}");
        QStringList parts;
        for (auto it = fields().cbegin(); it != fields().cend(); ++it)
            parts.append(objectKey(it.key()) + QLatin1String(" = ") + it.value().toHcl());
        return QLatin1String("{ ") + parts.join(QLatin1String(", ")) + QLatin1String(" }");
    }
    }
    return {};
}

QJsonValue Value::toJson() const
{
    switch (m_type) {
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    case Type::Bool:
        return QJsonValue(m_bool);
    case Type::Number:
        return QJsonValue(m_number);
    case Type::String:
        return QJsonValue(m_string);
    case Type::Tuple:
    case Type::Set: {
        QJsonArray array;
        for (const Value &item : items())
            array.append(item.toJson());
        return array;
    }
    case Type::Object: {
        QJsonObject object;
        for (auto it = fields().cbegin(); it != fields().cend(); ++it)
            object.insert(it.key(), it.value().toJson());
        return object;
    }
    }
    return {};
}

bool Value::operator==(const Value &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return m_string == other.m_string;
    case Type::Tuple:
    case Type::Set:
        return items() == other.items();
    case Type::Object:
        return fields() == other.fields();
    }
    return false;
}

} // namespace strata::hcl
