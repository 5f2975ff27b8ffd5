#include "document.h"

#include "parser.h"

#include <QCoreApplication>

namespace strata::hcl {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages.
class HclDocumentTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::HclDocument)
};

QString describeSelector(const BlockSelector &selector)
{
    QString text = selector.type;
    for (const QString &label : selector.labels)
        text += QLatin1Char(' ') + Value::string(label).toHcl();
    return text;
}

bool matches(const Block &block, const BlockSelector &selector)
{
    return block.type == selector.type &&
           (selector.labels.isEmpty() || block.labels == selector.labels);
}

qsizetype lineStart(const QByteArray &text, qsizetype offset)
{
    const qsizetype newline = text.lastIndexOf('\n', offset - 1);
    return newline < 0 ? 0 : newline + 1;
}

bool onlySpaces(const QByteArray &text, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i) {
        if (text.at(i) != ' ' && text.at(i) != '\t')
            return false;
    }
    return true;
}

QByteArray indentationAt(const QByteArray &text, qsizetype offset)
{
    const qsizetype start = lineStart(text, offset);
    qsizetype end = start;
    while (end < offset && (text.at(end) == ' ' || text.at(end) == '\t'))
        ++end;
    return text.mid(start, end - start);
}

QByteArray lineBreak(const QByteArray &text)
{
    return text.contains("\r\n") ? QByteArray("\r\n") : QByteArray("\n");
}

qsizetype firstItemOffset(const Body &body)
{
    qsizetype first = -1;
    if (!body.attributes.empty())
        first = body.attributes.front().range.begin;
    if (!body.blocks.empty() && (first < 0 || body.blocks.front().range.begin < first))
        first = body.blocks.front().range.begin;
    return first;
}

} // namespace

Document::Document(std::shared_ptr<const SourceFile> source, Body body)
    : m_source(std::move(source))
    , m_body(std::move(body))
{}

Expected<Document> Document::parse(const QByteArray &text, const QString &fileName)
{
    auto source = std::make_shared<const SourceFile>(fileName, text);
    Expected<Body> body = parseFile(*source);
    if (!body)
        return body.error();
    return Document(std::move(source), std::move(*body));
}

QList<const Block *> Document::findBlocks(const QList<BlockSelector> &path) const
{
    QList<const Block *> current;
    for (qsizetype level = 0; level < path.size(); ++level) {
        QList<const Block *> next;
        const auto collect = [&](const Body &body) {
            for (const Block &block : body.blocks) {
                if (matches(block, path.at(level)))
                    next.append(&block);
            }
        };
        if (level == 0) {
            collect(m_body);
        } else {
            for (const Block *parent : std::as_const(current))
                collect(parent->body);
        }
        current = next;
    }
    return current;
}

Expected<const Block *> Document::uniqueBlock(const QList<BlockSelector> &path,
                                              qsizetype *found) const
{
    const Block *block = nullptr;
    *found = 0;
    for (qsizetype level = 0; level < path.size(); ++level) {
        const Body &body = block ? block->body : m_body;
        const Block *match = nullptr;
        for (const Block &candidate : body.blocks) {
            if (!matches(candidate, path.at(level)))
                continue;
            if (match) {
                return Error{HclDocumentTr::tr(
                                 "%1: more than one block %2 matches; the file is ambiguous here")
                                 .arg(m_source->location(candidate.range.begin),
                                      describeSelector(path.at(level)))};
            }
            match = &candidate;
        }
        if (!match)
            return block;
        block = match;
        *found = level + 1;
    }
    return block;
}

QByteArray Document::insertion(const Block &block, const QList<QByteArray> &lines,
                               qsizetype *offset, qsizetype *replaceEnd) const
{
    const QByteArray &text = m_source->text();
    const QByteArray nl = lineBreak(text);
    const QByteArray blockIndent = indentationAt(text, block.range.begin);
    QByteArray childIndent = blockIndent + (blockIndent.contains('\t') ? "\t" : "  ");
    const qsizetype first = firstItemOffset(block.body);
    if (first >= 0 && onlySpaces(text, lineStart(text, first), first))
        childIndent = indentationAt(text, first);
    QByteArray out;
    if (block.singleLine) {
        *offset = block.openBrace.end;
        *replaceEnd = block.closeBrace.begin;
        out = nl;
        for (const Attribute &attribute : block.body.attributes)
            out += childIndent + text.mid(attribute.range.begin, attribute.range.length()) + nl;
        for (const QByteArray &line : lines)
            out += childIndent + line + nl;
        return out + blockIndent;
    }
    const qsizetype closeLine = lineStart(text, block.closeBrace.begin);
    if (onlySpaces(text, closeLine, block.closeBrace.begin)) {
        *offset = *replaceEnd = closeLine;
        for (const QByteArray &line : lines)
            out += childIndent + line + nl;
        return out;
    }
    *offset = *replaceEnd = block.closeBrace.begin;
    out = nl;
    for (const QByteArray &line : lines)
        out += childIndent + line + nl;
    return out + blockIndent;
}

Status Document::setAttributeValue(const QList<BlockSelector> &path, const QString &name,
                                   const QString &expressionText)
{
    const SourceFile valueFile(QStringLiteral("<value>"), expressionText.toUtf8());
    if (Expected<ExpressionPtr> check = hcl::parseExpression(valueFile); !check) {
        return Error{HclDocumentTr::tr("the new value of \"%1\" is not a valid expression: %2")
                         .arg(name, check.error().message)};
    }
    qsizetype found = 0;
    const Expected<const Block *> target = uniqueBlock(path, &found);
    if (!target)
        return target.error();
    if (!path.isEmpty() && found == 0)
        return Error{HclDocumentTr::tr("%1 has no block %2")
                         .arg(m_source->name(), describeSelector(path.front()))};
    const Block *block = *target;
    const QByteArray &text = m_source->text();
    const QByteArray value = expressionText.toUtf8();
    QByteArray result = text;
    if (found == path.size()) {
        const Body &body = block ? block->body : m_body;
        if (const Attribute *attribute = body.attribute(name)) {
            const SourceRange range = attribute->expression->range;
            return replaceText(result.replace(range.begin, range.length(), value));
        }
    }
    const QByteArray unit = block && indentationAt(text, block->range.begin).contains('\t')
                                ? QByteArray("\t")
                                : QByteArray("  ");
    QList<QByteArray> lines;
    QByteArray indent;
    for (qsizetype level = found; level < path.size(); ++level) {
        QByteArray header = indent + path.at(level).type.toUtf8();
        for (const QString &label : path.at(level).labels)
            header += ' ' + Value::string(label).toHcl().toUtf8();
        lines.append(header + " {");
        indent += unit;
    }
    lines.append(indent + name.toUtf8() + " = " + value);
    for (qsizetype level = path.size() - 1; level >= found; --level) {
        indent.chop(unit.size());
        lines.append(indent + "}");
    }
    if (!block) {
        const QByteArray nl = lineBreak(text);
        if (!result.isEmpty() && !result.endsWith('\n'))
            result += nl;
        for (const QByteArray &line : std::as_const(lines))
            result += line + nl;
        return replaceText(result);
    }
    qsizetype offset = 0;
    qsizetype replaceEnd = 0;
    const QByteArray inserted = insertion(*block, lines, &offset, &replaceEnd);
    return replaceText(result.replace(offset, replaceEnd - offset, inserted));
}

Status Document::removeAttribute(const QList<BlockSelector> &path, const QString &name)
{
    qsizetype found = 0;
    const Expected<const Block *> target = uniqueBlock(path, &found);
    if (!target)
        return target.error();
    if (found != path.size())
        return Ok{};
    const Body &body = *target ? (*target)->body : m_body;
    const Attribute *attribute = body.attribute(name);
    if (!attribute)
        return Ok{};
    const QByteArray &text = m_source->text();
    qsizetype begin = attribute->range.begin;
    qsizetype end = attribute->range.end;
    const qsizetype start = lineStart(text, begin);
    qsizetype lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0)
        lineEnd = text.size();
    qsizetype rest = end;
    while (rest < lineEnd &&
           (text.at(rest) == ' ' || text.at(rest) == '\t' || text.at(rest) == '\r'))
        ++rest;
    const bool restIsComment = rest == lineEnd || text.at(rest) == '#' || text.mid(rest, 2) == "//";
    if (onlySpaces(text, start, begin) && restIsComment) {
        begin = start;
        end = lineEnd < text.size() ? lineEnd + 1 : lineEnd;
    }
    QByteArray result = text;
    return replaceText(result.remove(begin, end - begin));
}

Status Document::replaceText(QByteArray text)
{
    Expected<Document> reparsed = parse(text, m_source->name());
    if (!reparsed)
        return Error{HclDocumentTr::tr("the edit would make the file invalid: %1")
                         .arg(reparsed.error().message)};
    *this = std::move(*reparsed);
    return Ok{};
}

} // namespace strata::hcl
