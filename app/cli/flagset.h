#pragma once

#include "util/expected.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace strata::cli {

/// A command's flags, parsed the way Atlas's cobra/pflag parse them, so the same command line
/// means the same to Strata: `--url x`, `--url=x`, `-u x`, `-ux`, `-u=x`, `--` ends the flags,
/// flags and arguments mix freely. A string flag keeps its last value. A list flag (pflag's
/// StringSlice) reads each value as one CSV record and appends it: `--schema a,b -s c` is
/// a, b, c. Errors carry pflag's own text ("unknown flag: --x", "flag needs an argument: --x").
class FlagSet
{
public:
    /// The reason one element of a list flag is invalid; empty when it is valid.
    using ElementCheck = std::function<QString(const QString &element)>;

    void addString(const QString &name, QChar shorthand = QChar());
    /// A list flag. With `check` it behaves like Atlas's --var (a custom pflag.Value rather than
    /// a StringSlice): every element is checked, and an empty value is a CSV error ("EOF").
    void addList(const QString &name, QChar shorthand = QChar(), ElementCheck check = {});
    void addBool(const QString &name, QChar shorthand = QChar());

    /// Parses `arguments` (without the command words); stops at the first error.
    Status parse(const QStringList &arguments);

    /// Whether the flag was given (pflag's Changed).
    bool isSet(const QString &name) const;
    /// A string flag's last value; "true"/"false" for a bool flag.
    QString value(const QString &name) const;
    /// A list flag's elements, in command-line order.
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const { return m_positional; }

private:
    enum class Kind
    {
        String,
        List,
        Bool
    };
    struct Flag
    {
        QString name;
        QChar shorthand;
        Kind kind = Kind::String;
        ElementCheck check;
        bool set = false;
        QStringList values;
    };

    void add(const QString &name, QChar shorthand, Kind kind, ElementCheck check);
    Status parseLong(const QString &argument, QStringList &rest);
    Status parseShort(const QString &argument, QStringList &rest);
    Status assign(Flag &flag, const QString &value);
    const Flag *find(const QString &name) const;

    QList<Flag> m_flags;
    QHash<QString, qsizetype> m_byName;
    QHash<QChar, qsizetype> m_byShorthand;
    QStringList m_positional;
};

} // namespace strata::cli
