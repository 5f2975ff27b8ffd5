#include "flagset.h"

#include "gocsv.h"
#include "hcl/gostring.h"

#include <QCoreApplication>

#include <optional>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages,
/// whose English is pflag's own.
class FlagSetTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::FlagSet)
};

/// fmt's %q of a shorthand letter: 'u', '\'', '\\'.
QString goQuotedRune(QChar c)
{
    if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
        return QStringLiteral("'\\%1'").arg(c);
    if (c.unicode() < 0x20 || c.unicode() == 0x7f)
        return QStringLiteral("'\\x%1'").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    return QLatin1Char('\'') + c + QLatin1Char('\'');
}

/// strconv.ParseBool.
std::optional<bool> parseGoBool(const QString &text)
{
    static const QStringList yes{QStringLiteral("1"),    QStringLiteral("t"),
                                 QStringLiteral("T"),    QStringLiteral("TRUE"),
                                 QStringLiteral("true"), QStringLiteral("True")};
    static const QStringList no{QStringLiteral("0"),     QStringLiteral("f"),
                                QStringLiteral("F"),     QStringLiteral("FALSE"),
                                QStringLiteral("false"), QStringLiteral("False")};
    if (yes.contains(text))
        return true;
    if (no.contains(text))
        return false;
    return std::nullopt;
}

} // namespace

void FlagSet::add(const QString &name, QChar shorthand, Kind kind, ElementCheck check)
{
    Flag flag;
    flag.name = name;
    flag.shorthand = shorthand;
    flag.kind = kind;
    flag.check = std::move(check);
    if (kind == Kind::Bool)
        flag.values = {QStringLiteral("false")};
    m_byName.insert(name, m_flags.size());
    if (!shorthand.isNull())
        m_byShorthand.insert(shorthand, m_flags.size());
    m_flags.append(std::move(flag));
}

void FlagSet::addString(const QString &name, QChar shorthand)
{
    add(name, shorthand, Kind::String, {});
}

void FlagSet::addList(const QString &name, QChar shorthand, ElementCheck check)
{
    add(name, shorthand, Kind::List, std::move(check));
}

void FlagSet::addBool(const QString &name, QChar shorthand)
{
    add(name, shorthand, Kind::Bool, {});
}

Status FlagSet::parse(const QStringList &arguments)
{
    QStringList rest = arguments;
    while (!rest.isEmpty()) {
        const QString argument = rest.takeFirst();
        if (argument.size() < 2 || argument.front() != QLatin1Char('-')) {
            m_positional.append(argument);
            continue;
        }
        if (argument == QLatin1String("--")) {
            m_positional += rest;
            break;
        }
        const Status status = argument.at(1) == QLatin1Char('-') ? parseLong(argument, rest)
                                                                 : parseShort(argument, rest);
        if (!status)
            return status;
    }
    return Ok{};
}

Status FlagSet::parseLong(const QString &argument, QStringList &rest)
{
    QString name = argument.mid(2);
    if (name.startsWith(QLatin1Char('-')) || name.startsWith(QLatin1Char('=')))
        return Error{FlagSetTr::tr("bad flag syntax: %1").arg(argument)};
    const qsizetype equals = name.indexOf(QLatin1Char('='));
    const bool inlineValue = equals >= 0;
    const QString value = inlineValue ? name.mid(equals + 1) : QString();
    if (inlineValue)
        name.truncate(equals);
    const auto it = m_byName.constFind(name);
    if (it == m_byName.constEnd())
        return Error{FlagSetTr::tr("unknown flag: --%1").arg(name)};
    Flag &flag = m_flags[*it];
    if (inlineValue)
        return assign(flag, value);
    if (flag.kind == Kind::Bool)
        return assign(flag, QStringLiteral("true"));
    if (rest.isEmpty())
        return Error{FlagSetTr::tr("flag needs an argument: %1").arg(argument)};
    return assign(flag, rest.takeFirst());
}

Status FlagSet::parseShort(const QString &argument, QStringList &rest)
{
    // "-vvv" is three flags; "-uURL" and "-u=URL" give u its value.
    QString shorthands = argument.mid(1);
    while (!shorthands.isEmpty()) {
        const QChar c = shorthands.front();
        const auto it = m_byShorthand.constFind(c);
        if (it == m_byShorthand.constEnd()) {
            return Error{FlagSetTr::tr("unknown shorthand flag: %1 in -%2")
                             .arg(goQuotedRune(c), shorthands)};
        }
        Flag &flag = m_flags[*it];
        QString value;
        if (shorthands.size() > 2 && shorthands.at(1) == QLatin1Char('=')) {
            value = shorthands.mid(2);
            shorthands.clear();
        } else if (flag.kind == Kind::Bool) {
            value = QStringLiteral("true");
            shorthands.remove(0, 1);
        } else if (shorthands.size() > 1) {
            value = shorthands.mid(1);
            shorthands.clear();
        } else if (!rest.isEmpty()) {
            value = rest.takeFirst();
            shorthands.clear();
        } else {
            return Error{FlagSetTr::tr("flag needs an argument: %1 in -%2")
                             .arg(goQuotedRune(c), shorthands)};
        }
        if (const Status status = assign(flag, value); !status)
            return status;
    }
    return Ok{};
}

Status FlagSet::assign(Flag &flag, const QString &value)
{
    // pflag names the flag "-s, --schema" in its error when it has a shorthand.
    const QString flagName = flag.shorthand.isNull()
                                 ? QStringLiteral("--") + flag.name
                                 : QStringLiteral("-%1, --%2").arg(flag.shorthand, flag.name);
    const auto invalid = [&](const QString &reason) {
        return Error{FlagSetTr::tr("invalid argument %1 for %2 flag: %3")
                         .arg(goQuoted(value), goQuoted(flagName), reason)};
    };
    switch (flag.kind) {
    case Kind::String:
        flag.values = {value};
        break;
    case Kind::Bool: {
        const std::optional<bool> parsed = parseGoBool(value);
        if (!parsed) {
            return invalid(FlagSetTr::tr("strconv.ParseBool: parsing %1: invalid syntax")
                               .arg(goQuoted(value)));
        }
        flag.values = {*parsed ? QStringLiteral("true") : QStringLiteral("false")};
        break;
    }
    case Kind::List: {
        // pflag: an empty value is an empty list; a checked list is Atlas's own --var value,
        // which reads even an empty value as CSV. The first value replaces the default.
        QStringList elements;
        if (!value.isEmpty() || flag.check) {
            auto records = readGoCsv(value, ',', 1);
            if (!records)
                return invalid(records.error().message);
            elements = records->constFirst();
        }
        if (flag.check) {
            for (const QString &element : std::as_const(elements)) {
                if (const QString reason = flag.check(element); !reason.isEmpty())
                    return invalid(reason);
            }
        }
        if (!flag.set)
            flag.values.clear();
        flag.values += elements;
        break;
    }
    }
    flag.set = true;
    return Ok{};
}

const FlagSet::Flag *FlagSet::find(const QString &name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_flags[*it];
}

bool FlagSet::isSet(const QString &name) const
{
    const Flag *flag = find(name);
    return flag && flag->set;
}

QString FlagSet::value(const QString &name) const
{
    const Flag *flag = find(name);
    return flag && !flag->values.isEmpty() ? flag->values.constLast() : QString();
}

QStringList FlagSet::values(const QString &name) const
{
    const Flag *flag = find(name);
    return flag ? flag->values : QStringList();
}

} // namespace strata::cli
