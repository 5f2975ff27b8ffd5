#include "directives.h"

#include "goutf8.h"
#include "hcl/gostring.h"

#include <QCoreApplication>

namespace strata {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class DirectivesTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::Directives)
};

const QByteArray kAtlas("atlas:");

bool isPrintableAscii(char c)
{
    return c >= ' ' && c <= '~';
}

bool isWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

/// Go's %q of a []string: ["a" "b"].
QString goQuotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted.append(goQuoted(value));
    return QLatin1Char('[') + quoted.join(QLatin1Char(' ')) + QLatin1Char(']');
}

void appendIfNamed(QStringList &found, QByteArrayView text, const QString &name,
                   std::optional<QByteArrayView> prefix)
{
    const std::optional<DirectiveMatch> match = matchDirective(text);
    if (!match || QString::fromLatin1(match->name) != name)
        return;
    if (prefix && match->prefix != *prefix)
        return;
    found.append(QString::fromLatin1(match->argument));
}

} // namespace

std::optional<DirectiveMatch> matchDirective(QByteArrayView text)
{
    qsizetype printable = 0;
    while (printable < text.size() && isPrintableAscii(text[printable]))
        ++printable;
    // The greedy prefix backs off from the end of the printable run to the last `atlas:` that
    // a word character follows.
    for (qsizetype at = printable; at >= 0; --at) {
        const qsizetype nameStart = at + kAtlas.size();
        if (nameStart >= text.size() || text.sliced(at, kAtlas.size()) != kAtlas ||
            !isWordChar(text[nameStart]))
            continue;
        qsizetype nameEnd = nameStart;
        while (nameEnd < text.size() && isWordChar(text[nameEnd]))
            ++nameEnd;
        DirectiveMatch match;
        match.prefix = text.first(at).toByteArray();
        match.name = text.sliced(nameStart, nameEnd - nameStart).toByteArray();
        qsizetype argumentStart = nameEnd;
        while (argumentStart < text.size() && text[argumentStart] == ' ')
            ++argumentStart;
        if (argumentStart > nameEnd) {
            qsizetype argumentEnd = argumentStart;
            while (argumentEnd < text.size() && isPrintableAscii(text[argumentEnd]))
                ++argumentEnd;
            match.argument = text.sliced(argumentStart, argumentEnd - argumentStart).toByteArray();
        }
        return match;
    }
    return std::nullopt;
}

QStringList fileDirectiveComments(QByteArrayView content)
{
    QStringList comments;
    while (content.startsWith('#') || content.startsWith("--")) {
        const qsizetype newline = content.indexOf('\n');
        if (newline < 0) {
            // A comments-only file: what follows is not a blank line, so nothing counts.
            comments.append(QString::fromUtf8(content));
            break;
        }
        comments.append(QString::fromUtf8(goutf8::trimSpace(content.first(newline))));
        content = content.sliced(newline + 1);
    }
    if (!content.startsWith('\n'))
        return {};
    return comments;
}

QStringList fileDirectives(QByteArrayView content, const QString &name)
{
    QStringList found;
    for (const QString &comment : fileDirectiveComments(content))
        appendIfNamed(found, comment.toUtf8(), name, std::nullopt);
    return found;
}

QStringList statementDirectives(const QStringList &comments, const QString &name)
{
    QStringList found;
    for (const QString &comment : comments) {
        const QByteArray text = comment.toUtf8();
        if (text.startsWith("/*") && !text.contains('\n')) {
            QByteArrayView inner = text;
            if (inner.endsWith("*/"))
                inner.chop(2);
            appendIfNamed(found, inner, name, QByteArrayView("/*"));
            continue;
        }
        for (const char *prefix : {"#", "--", "-- "})
            appendIfNamed(found, text, name, QByteArrayView(prefix));
    }
    return found;
}

bool isSumIgnored(QByteArrayView content)
{
    const std::optional<DirectiveMatch> match = matchDirective(content);
    return match && match->name == "sum" && match->argument == "ignore";
}

std::optional<QByteArray> delimiterDirective(QByteArrayView content)
{
    const std::optional<DirectiveMatch> match = matchDirective(content);
    if (!match || match->name != "delimiter" || match->prefix != "-- ")
        return std::nullopt;
    return match->argument;
}

Expected<std::optional<QString>> fileTxMode(const QString &fileName, QByteArrayView content)
{
    const QStringList modes = fileDirectives(content, QStringLiteral("txmode"));
    if (modes.isEmpty())
        return std::optional<QString>();
    if (modes.size() > 1) {
        return Error{DirectivesTr::tr("multiple txmode values found in file %1: %2")
                         .arg(goQuoted(fileName), goQuotedList(modes))};
    }
    const QString &mode = modes.constFirst();
    if (mode == QLatin1String("all")) {
        return Error{
            DirectivesTr::tr("txmode %1 is not allowed in file directive %2. Use %3 "
                             "instead")
                .arg(goQuoted(mode), goQuoted(fileName), goQuoted(QStringLiteral("file")))};
    }
    if (mode != QLatin1String("none") && mode != QLatin1String("file")) {
        return Error{DirectivesTr::tr("unknown txmode %1 found in file directive %2")
                         .arg(goQuoted(mode), goQuoted(fileName))};
    }
    return std::optional<QString>(mode);
}

bool isCheckpoint(QByteArrayView content)
{
    return !fileDirectives(content, QStringLiteral("checkpoint")).isEmpty();
}

std::optional<QString> checkpointTag(QByteArrayView content)
{
    const QStringList tags = fileDirectives(content, QStringLiteral("checkpoint"));
    if (tags.isEmpty())
        return std::nullopt;
    return tags.constFirst();
}

QStringList nolintRules(const QString &argument)
{
    if (argument.isEmpty())
        return {};
    return argument.split(QLatin1Char(' '));
}

} // namespace strata
