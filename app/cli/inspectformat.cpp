#include "inspectformat.h"

#include "format/jsonwriter.h"
#include "format/mermaidwriter.h"
#include "hclgen/hclwriter.h"
#include "sqlgen/sqlwriter.h"

#include <QCoreApplication>
#include <QSet>

#include <optional>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class InspectFormatTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::InspectFormat)
};

bool isTemplateSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
           c == QLatin1Char('\n');
}

Error unsupported(const QString &text)
{
    return Error{InspectFormatTr::tr("Unsupported --format \"%1\": use '{{ sql . }}', "
                                     "'{{ sql . \"  \" }}', '{{ json . }}' or '{{ mermaid . }}' "
                                     "(the default prints Atlas HCL).")
                     .arg(text)};
}

/// Go's strconv.Unquote of a template string literal: "..." with Go escapes, or `raw`.
std::optional<QString> unquote(const QString &literal)
{
    if (literal.size() >= 2 && literal.front() == QLatin1Char('`') &&
        literal.back() == QLatin1Char('`')) {
        return literal.mid(1, literal.size() - 2).remove(QLatin1Char('\r'));
    }
    if (literal.size() < 2 || literal.front() != QLatin1Char('"') ||
        literal.back() != QLatin1Char('"'))
        return std::nullopt;
    const QString body = literal.mid(1, literal.size() - 2);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c != QLatin1Char('\\')) {
            out += c;
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        const char e = body.at(i).toLatin1();
        static const QString simple = QStringLiteral("abfnrtv\\\"");
        static const char16_t values[] = {u'\a', u'\b', u'\f', u'\n', u'\r',
                                          u'\t', u'\v', u'\\', u'"'};
        if (const qsizetype k = simple.indexOf(QLatin1Char(e)); k >= 0) {
            out += QChar(values[k]);
            continue;
        }
        const int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
        if (digits == 0)
            return std::nullopt;
        bool ok = false;
        const QString hex = body.mid(i + 1, digits);
        const char32_t code = hex.toUInt(&ok, 16);
        if (!ok || hex.size() != digits)
            return std::nullopt;
        out += QString::fromUcs4(&code, 1);
        i += digits;
    }
    return out;
}

/// Splits an action's pipeline into words; string literals stay one word with their quotes.
std::optional<QStringList> words(const QString &pipeline)
{
    QStringList result;
    qsizetype i = 0;
    while (i < pipeline.size()) {
        if (isTemplateSpace(pipeline.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        const QChar quote = pipeline.at(i);
        if (quote == QLatin1Char('"') || quote == QLatin1Char('`')) {
            for (++i; i < pipeline.size() && pipeline.at(i) != quote; ++i) {
                if (quote == QLatin1Char('"') && pipeline.at(i) == QLatin1Char('\\'))
                    ++i;
            }
            if (i >= pipeline.size())
                return std::nullopt;
            ++i;
        } else {
            while (i < pipeline.size() && !isTemplateSpace(pipeline.at(i)))
                ++i;
        }
        result.append(pipeline.mid(start, i - start));
    }
    return result;
}

/// Go template's keywords and builtin functions: defined, but not something Strata evaluates.
bool isTemplateBuiltin(const QString &word)
{
    static const QSet<QString> builtins = {
        QStringLiteral("if"),       QStringLiteral("else"),    QStringLiteral("end"),
        QStringLiteral("range"),    QStringLiteral("with"),    QStringLiteral("define"),
        QStringLiteral("template"), QStringLiteral("block"),   QStringLiteral("break"),
        QStringLiteral("continue"), QStringLiteral("nil"),     QStringLiteral("and"),
        QStringLiteral("call"),     QStringLiteral("html"),    QStringLiteral("index"),
        QStringLiteral("slice"),    QStringLiteral("js"),      QStringLiteral("len"),
        QStringLiteral("not"),      QStringLiteral("or"),      QStringLiteral("print"),
        QStringLiteral("printf"),   QStringLiteral("println"), QStringLiteral("urlquery"),
        QStringLiteral("eq"),       QStringLiteral("ge"),      QStringLiteral("gt"),
        QStringLiteral("le"),       QStringLiteral("lt"),      QStringLiteral("ne"),
        QStringLiteral("true"),     QStringLiteral("false")};
    return builtins.contains(word);
}

bool isIdentifier(const QString &word)
{
    if (word.isEmpty() || word.front().isDigit())
        return false;
    for (const QChar c : word) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

/// Interprets one action's pipeline into `format`.
Status parseAction(const QString &pipeline, int line, const QString &text, InspectFormat &format)
{
    const std::optional<QStringList> parsed = words(pipeline);
    if (!parsed || parsed->isEmpty())
        return unsupported(text);
    const QString head = parsed->constFirst();
    QStringList arguments;
    for (qsizetype i = head.startsWith(QLatin1Char('.')) || head.startsWith(QLatin1Char('$')) ? 1
                                                                                              : 2;
         i < parsed->size(); ++i) {
        const std::optional<QString> argument = unquote(parsed->at(i));
        if (!argument)
            return unsupported(text);
        arguments.append(*argument);
    }
    if (head == QLatin1String(".MarshalHCL") || head == QLatin1String("$.MarshalHCL")) {
        if (parsed->size() != 1)
            return unsupported(text);
        format.kind = InspectFormat::Kind::Hcl;
        return Ok{};
    }
    if (head == QLatin1String(".MarshalSQL") || head == QLatin1String("$.MarshalSQL")) {
        format.kind = InspectFormat::Kind::Sql;
    } else if (isIdentifier(head) && !isTemplateBuiltin(head)) {
        static const QStringList functions{QStringLiteral("sql"), QStringLiteral("json"),
                                           QStringLiteral("mermaid")};
        if (!functions.contains(head)) {
            return Error{InspectFormatTr::tr(
                             "parse log format: template: format:%1: function \"%2\" not defined")
                             .arg(line)
                             .arg(head)};
        }
        const QString dot = parsed->value(1);
        if (dot != QLatin1String(".") && dot != QLatin1String("$"))
            return unsupported(text);
        format.kind = head == QLatin1String("sql")    ? InspectFormat::Kind::Sql
                      : head == QLatin1String("json") ? InspectFormat::Kind::Json
                                                      : InspectFormat::Kind::Mermaid;
    } else {
        return unsupported(text);
    }
    if (format.kind == InspectFormat::Kind::Sql && arguments.size() > 1)
        return unsupported(text);
    format.arguments = arguments;
    return Ok{};
}

/// Where the action that starts at `open` ends ("}}" outside string literals); -1 if never.
qsizetype actionEnd(const QString &text, qsizetype open)
{
    QChar quote;
    for (qsizetype i = open + 2; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"'))
                ++i;
            else if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c;
        } else if (text.mid(i, 2) == QLatin1String("}}")) {
            return i;
        }
    }
    return -1;
}

QString trimmedEnd(QString text)
{
    while (!text.isEmpty() && isTemplateSpace(text.back()))
        text.chop(1);
    return text;
}

QString trimmedStart(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && isTemplateSpace(text.at(i)))
        ++i;
    return text.mid(i);
}

} // namespace

Expected<InspectFormat> InspectFormat::parse(const QString &text)
{
    InspectFormat format;
    if (text.isEmpty())
        return format;
    const qsizetype open = text.indexOf(QLatin1String("{{"));
    if (open < 0) {
        format.kind = Kind::Text;
        format.before = text;
        return format;
    }
    const qsizetype close = actionEnd(text, open);
    if (close < 0 || text.indexOf(QLatin1String("{{"), close + 2) >= 0)
        return unsupported(text);
    QString pipeline = text.mid(open + 2, close - open - 2);
    format.before = text.left(open);
    format.after = text.mid(close + 2);
    // Go's trim markers: "{{- " and " -}}", the dash always next to a space.
    if (pipeline.size() >= 2 && pipeline.front() == QLatin1Char('-') &&
        isTemplateSpace(pipeline.at(1))) {
        pipeline.remove(0, 1);
        format.before = trimmedEnd(format.before);
    }
    if (pipeline.size() >= 2 && pipeline.back() == QLatin1Char('-') &&
        isTemplateSpace(pipeline.at(pipeline.size() - 2))) {
        pipeline.chop(1);
        format.after = trimmedStart(format.after);
    }
    const int line = int(format.before.count(QLatin1Char('\n'))) + 1;
    if (const Status status = parseAction(pipeline, line, text, format); !status)
        return status.error();
    return format;
}

QString InspectFormat::render(const Realm &realm, const Dialect &dialect) const
{
    QString body;
    switch (kind) {
    case Kind::Hcl:
        body = writeAtlasHcl(realm, dialect);
        break;
    case Kind::Sql:
        body = writeSchemaSql(realm, dialect, arguments.value(0));
        break;
    case Kind::Json: {
        JsonLayout layout;
        layout.indented = !arguments.isEmpty();
        layout.prefix = arguments.size() > 1 ? arguments.at(0) : QString();
        layout.indent = arguments.size() > 1 ? arguments.at(1) : arguments.value(0);
        body = writeAtlasJson(realm, layout);
        break;
    }
    case Kind::Mermaid:
        body = writeMermaid(realm, dialect);
        break;
    case Kind::Text:
        break;
    }
    return before + body + after;
}

} // namespace strata::cli
