#include "functions_p.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace strata::hcl::functions {
namespace {

struct Spec
{
    bool leftAlign = false;
    bool zeroPad = false;
    bool plus = false;
    int width = 0;
    int precision = -1;
    QChar verb;
};

QString jsonText(const Value &value)
{
    const QByteArray array =
        QJsonDocument(QJsonArray{value.toJson()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString pad(QString text, const Spec &spec)
{
    if (text.size() >= spec.width)
        return text;
    const qsizetype fill = spec.width - text.size();
    if (spec.leftAlign)
        return text + QString(fill, QLatin1Char(' '));
    if (spec.zeroPad && spec.verb != QLatin1Char('s') && spec.verb != QLatin1Char('q')) {
        const bool sign = text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('+'));
        return text.insert(sign ? 1 : 0, QString(fill, QLatin1Char('0')));
    }
    return QString(fill, QLatin1Char(' ')) + text;
}

double numberOf(const Value &value, const Spec &spec, int argument)
{
    const std::optional<double> number = value.asNumber();
    if (!number) {
        throw FunctionError{FunctionsTr::tr("format: \"%%1\" needs a number, got %2")
                                .arg(spec.verb)
                                .arg(value.typeName()),
                            argument};
    }
    return *number;
}

QString render(const Value &value, const Spec &spec, int argument)
{
    const char verb = spec.verb.toLatin1();
    switch (verb) {
    case 'v':
        if (value.isNull())
            return QStringLiteral("null");
        if (value.isSequence() || value.isObject())
            return jsonText(value);
        return *value.asString();
    case 's': {
        const std::optional<QString> text = value.asString();
        if (!text)
            throw FunctionError{
                FunctionsTr::tr("format: \"%s\" needs a string, got %1").arg(value.typeName()),
                argument};
        return spec.precision >= 0 ? text->left(spec.precision) : *text;
    }
    case 'q': {
        const std::optional<QString> text = value.asString();
        if (!text)
            throw FunctionError{
                FunctionsTr::tr("format: \"%q\" needs a string, got %1").arg(value.typeName()),
                argument};
        return jsonText(Value::string(*text));
    }
    case 'd': {
        const double number = numberOf(value, spec, argument);
        if (number != std::trunc(number))
            throw FunctionError{FunctionsTr::tr("format: \"%d\" needs a whole number, got %1")
                                    .arg(Value::formatNumber(number)),
                                argument};
        const QString text = QString::number(qint64(number));
        return spec.plus && number >= 0 ? QLatin1Char('+') + text : text;
    }
    case 'f': {
        const double number = numberOf(value, spec, argument);
        const QString text = QString::number(number, 'f', spec.precision >= 0 ? spec.precision : 6);
        return spec.plus && number >= 0 ? QLatin1Char('+') + text : text;
    }
    case 't': {
        const std::optional<bool> flag = value.asBool();
        if (!flag)
            throw FunctionError{
                FunctionsTr::tr("format: \"%t\" needs a bool, got %1").arg(value.typeName()),
                argument};
        return *flag ? QStringLiteral("true") : QStringLiteral("false");
    }
    default:
        throw FunctionError{
            FunctionsTr::tr("format: unsupported verb \"%%1\"; use %s, %d, %f, %t, %q or %v")
                .arg(spec.verb),
            0};
    }
}

} // namespace

Value format(const ValueList &args, const FunctionContext &)
{
    const QString pattern = stringArg(args, 0, "format");
    QString out;
    int next = 1;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%')) {
            out.append(c);
            continue;
        }
        const qsizetype start = i;
        if (++i >= pattern.size())
            throw FunctionError{FunctionsTr::tr("format: the format ends with a lone \"%\""), 0};
        if (pattern.at(i) == QLatin1Char('%')) {
            out.append(QLatin1Char('%'));
            continue;
        }
        Spec spec;
        for (; i < pattern.size(); ++i) {
            const QChar flag = pattern.at(i);
            if (flag == QLatin1Char('-'))
                spec.leftAlign = true;
            else if (flag == QLatin1Char('0'))
                spec.zeroPad = true;
            else if (flag == QLatin1Char('+'))
                spec.plus = true;
            else
                break;
        }
        for (; i < pattern.size() && pattern.at(i).isDigit(); ++i)
            spec.width = spec.width * 10 + pattern.at(i).digitValue();
        if (i < pattern.size() && pattern.at(i) == QLatin1Char('.')) {
            spec.precision = 0;
            for (++i; i < pattern.size() && pattern.at(i).isDigit(); ++i)
                spec.precision = spec.precision * 10 + pattern.at(i).digitValue();
        }
        if (i >= pattern.size())
            throw FunctionError{
                FunctionsTr::tr("format: the verb \"%1\" is incomplete").arg(pattern.mid(start)),
                0};
        spec.verb = pattern.at(i);
        if (next >= int(args.size()))
            throw FunctionError{FunctionsTr::tr("format: not enough arguments for \"%1\"")
                                    .arg(pattern.mid(start, i - start + 1))};
        out.append(pad(render(args.at(next), spec, next), spec));
        ++next;
    }
    if (next < int(args.size()))
        throw FunctionError{FunctionsTr::tr("format: too many arguments; the format uses %1 of %2")
                                .arg(next - 1)
                                .arg(args.size() - 1)};
    return Value::string(out);
}

} // namespace strata::hcl::functions
