#include "functions.h"

#include "functions_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace strata::hcl {
namespace functions {

QString stringArg(const ValueList &args, int index, const char *function)
{
    const std::optional<QString> text = args.at(index).asString();
    if (!text) {
        throw FunctionError{FunctionsTr::tr("%1: argument %2 must be a string, got %3")
                                .arg(QLatin1String(function))
                                .arg(index + 1)
                                .arg(args.at(index).typeName()),
                            index};
    }
    return *text;
}

const ValueList &listArg(const ValueList &args, int index, const char *function)
{
    if (!args.at(index).isSequence()) {
        throw FunctionError{FunctionsTr::tr("%1: argument %2 must be a list, got %3")
                                .arg(QLatin1String(function))
                                .arg(index + 1)
                                .arg(args.at(index).typeName()),
                            index};
    }
    return args.at(index).items();
}

namespace {

Value getenv(const ValueList &args, const FunctionContext &)
{
    return Value::string(
        qEnvironmentVariable(stringArg(args, 0, "getenv").toLocal8Bit().constData()));
}

Value file(const ValueList &args, const FunctionContext &context)
{
    const QString path = stringArg(args, 0, "file");
    QFile f(QDir(context.baseDirectory).filePath(path));
    if (!f.open(QIODevice::ReadOnly)) {
        throw FunctionError{FunctionsTr::tr("file: cannot read \"%1\": %2")
                                .arg(QDir::cleanPath(f.fileName()), f.errorString()),
                            0};
    }
    return Value::string(QString::fromUtf8(f.readAll()));
}

Value lower(const ValueList &args, const FunctionContext &)
{
    return Value::string(stringArg(args, 0, "lower").toLower());
}

Value upper(const ValueList &args, const FunctionContext &)
{
    return Value::string(stringArg(args, 0, "upper").toUpper());
}

Value trimspace(const ValueList &args, const FunctionContext &)
{
    return Value::string(stringArg(args, 0, "trimspace").trimmed());
}

Value join(const ValueList &args, const FunctionContext &)
{
    const QString separator = stringArg(args, 0, "join");
    QStringList parts;
    for (int i = 1; i < int(args.size()); ++i) {
        for (const Value &item : listArg(args, i, "join")) {
            const std::optional<QString> text = item.asString();
            if (!text)
                throw FunctionError{
                    FunctionsTr::tr("join: the list items must be strings, found %1")
                        .arg(item.typeName()),
                    i};
            parts.append(*text);
        }
    }
    return Value::string(parts.join(separator));
}

Value split(const ValueList &args, const FunctionContext &)
{
    const QString separator = stringArg(args, 0, "split");
    ValueList out;
    for (const QString &part : stringArg(args, 1, "split").split(separator))
        out.push_back(Value::string(part));
    return Value::tuple(std::move(out));
}

Value replace(const ValueList &args, const FunctionContext &)
{
    QString text = stringArg(args, 0, "replace");
    const QString search = stringArg(args, 1, "replace");
    QString replacement = stringArg(args, 2, "replace");
    if (search.size() > 1 && search.startsWith(QLatin1Char('/')) &&
        search.endsWith(QLatin1Char('/'))) {
        const QRegularExpression pattern(search.mid(1, search.size() - 2));
        if (!pattern.isValid())
            throw FunctionError{FunctionsTr::tr("replace: invalid regular expression: %1")
                                    .arg(pattern.errorString()),
                                1};
        replacement.replace(QRegularExpression(QStringLiteral("\\$\\{?(\\d+)\\}?")),
                            QStringLiteral("\\\\1"));
        return Value::string(text.replace(pattern, replacement));
    }
    return Value::string(text.replace(search, replacement));
}

Value concat(const ValueList &args, const FunctionContext &)
{
    ValueList out;
    for (int i = 0; i < int(args.size()); ++i) {
        const ValueList &items = listArg(args, i, "concat");
        out.insert(out.end(), items.cbegin(), items.cend());
    }
    return Value::tuple(std::move(out));
}

Value length(const ValueList &args, const FunctionContext &)
{
    const Value &value = args.front();
    if (value.isString())
        return Value::number(double(value.toText().toUcs4().size()));
    if (value.isSequence())
        return Value::number(double(value.items().size()));
    if (value.isObject())
        return Value::number(double(value.fields().size()));
    throw FunctionError{
        FunctionsTr::tr("length: argument 1 must be a string, list or object, got %1")
            .arg(value.typeName()),
        0};
}

Value coalesce(const ValueList &args, const FunctionContext &)
{
    for (const Value &value : args) {
        if (!value.isNull() && !(value.isString() && value.toText().isEmpty()))
            return value;
    }
    throw FunctionError{FunctionsTr::tr("coalesce: every argument is null or an empty string")};
}

Value toset(const ValueList &args, const FunctionContext &)
{
    return Value::set(listArg(args, 0, "toset"));
}

Value tolist(const ValueList &args, const FunctionContext &)
{
    return Value::tuple(listArg(args, 0, "tolist"));
}

Value tostring(const ValueList &args, const FunctionContext &)
{
    if (args.front().isNull())
        return Value();
    return Value::string(stringArg(args, 0, "tostring"));
}

Value tonumber(const ValueList &args, const FunctionContext &)
{
    if (args.front().isNull())
        return Value();
    const std::optional<double> number = args.front().asNumber();
    if (!number)
        throw FunctionError{
            FunctionsTr::tr("tonumber: %1 is not a number").arg(args.front().toHcl()), 0};
    return Value::number(*number);
}

Value jsonencode(const ValueList &args, const FunctionContext &)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{args.front().toJson()}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(array.mid(1, array.size() - 2));
    text.replace(QLatin1Char('<'), QLatin1String("\\u003c"));
    text.replace(QLatin1Char('>'), QLatin1String("\\u003e"));
    text.replace(QLatin1Char('&'), QLatin1String("\\u0026"));
    text.replace(QChar(0x2028), QLatin1String("\\u2028"));
    text.replace(QChar(0x2029), QLatin1String("\\u2029"));
    return Value::string(text);
}

const ValueMap &objectArg(const ValueList &args, int index, const char *function)
{
    if (!args.at(index).isObject()) {
        throw FunctionError{FunctionsTr::tr("%1: argument %2 must be an object, got %3")
                                .arg(QLatin1String(function))
                                .arg(index + 1)
                                .arg(args.at(index).typeName()),
                            index};
    }
    return args.at(index).fields();
}

Value keys(const ValueList &args, const FunctionContext &)
{
    ValueList out;
    for (const QString &key : objectArg(args, 0, "keys").keys())
        out.push_back(Value::string(key));
    return Value::tuple(std::move(out));
}

Value values(const ValueList &args, const FunctionContext &)
{
    const ValueMap &fields = objectArg(args, 0, "values");
    return Value::tuple(ValueList(fields.cbegin(), fields.cend()));
}

Value merge(const ValueList &args, const FunctionContext &)
{
    ValueMap out;
    for (int i = 0; i < int(args.size()); ++i) {
        if (args.at(i).isNull())
            continue;
        const ValueMap &fields = objectArg(args, i, "merge");
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            out.insert(it.key(), it.value());
    }
    return Value::object(std::move(out));
}

Value contains(const ValueList &args, const FunctionContext &)
{
    const ValueList &items = listArg(args, 0, "contains");
    return Value::boolean(std::find(items.cbegin(), items.cend(), args.at(1)) != items.cend());
}

Value startswith(const ValueList &args, const FunctionContext &)
{
    return Value::boolean(
        stringArg(args, 0, "startswith").startsWith(stringArg(args, 1, "startswith")));
}

Value endswith(const ValueList &args, const FunctionContext &)
{
    return Value::boolean(stringArg(args, 0, "endswith").endsWith(stringArg(args, 1, "endswith")));
}

struct Entry
{
    const char *name;
    Function function;
};

constexpr Entry kFunctions[] = {
    {"coalesce", {1, -1, coalesce}},
    {"concat", {1, -1, concat}},
    {"contains", {2, 2, contains}},
    {"endswith", {2, 2, endswith}},
    {"file", {1, 1, file}},
    {"format", {1, -1, format}},
    {"getenv", {1, 1, getenv}},
    {"join", {2, -1, join}},
    {"jsonencode", {1, 1, jsonencode}},
    {"keys", {1, 1, keys}},
    {"length", {1, 1, length}},
    {"lower", {1, 1, lower}},
    {"merge", {0, -1, merge}},
    {"replace", {3, 3, replace}},
    {"split", {2, 2, split}},
    {"startswith", {2, 2, startswith}},
    {"tolist", {1, 1, tolist}},
    {"tonumber", {1, 1, tonumber}},
    {"toset", {1, 1, toset}},
    {"tostring", {1, 1, tostring}},
    {"trimspace", {1, 1, trimspace}},
    {"upper", {1, 1, upper}},
    {"urlescape", {1, 1, urlEscape}},
    {"urlqueryset", {3, 3, urlQuerySet}},
    {"urlsetpath", {2, 2, urlSetPath}},
    {"values", {1, 1, values}},
};

} // namespace
} // namespace functions

const Function *findFunction(const QString &name)
{
    for (const functions::Entry &entry : functions::kFunctions) {
        if (name == QLatin1String(entry.name))
            return &entry.function;
    }
    return nullptr;
}

QStringList functionNames()
{
    QStringList names{QStringLiteral("can"), QStringLiteral("try")};
    for (const functions::Entry &entry : functions::kFunctions)
        names.append(QLatin1String(entry.name));
    names.sort();
    return names;
}

} // namespace strata::hcl
