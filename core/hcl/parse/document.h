#pragma once

#include "syntaxtree.h"
#include "util/expected.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace strata::hcl {

/// One step of a path to a block: its type and, when not empty, its exact labels.
struct BlockSelector
{
    QString type;
    QStringList labels;
};

/// An HCL file parsed with its exact text kept. Writing it back without edits gives the same
/// bytes; an edit replaces only the bytes of what it changes, so comments, blank lines and the
/// alignment of everything else survive a save from a form.
class Document
{
public:
    static Expected<Document> parse(const QByteArray &text, const QString &fileName);

    const SourceFile &source() const { return *m_source; }
    /// For evaluators and models that must outlive this document's next edit.
    std::shared_ptr<const SourceFile> sharedSource() const { return m_source; }
    const Body &body() const { return m_body; }
    const QByteArray &text() const { return m_source->text(); }

    /// Every block reached by `path`; a selector without labels matches any labels.
    QList<const Block *> findBlocks(const QList<BlockSelector> &path) const;

    /// Sets attribute `name` of the block at `path` (empty path: the top level) to the HCL
    /// expression `expressionText`. An existing value is replaced in place; a missing attribute
    /// is added at the end of its block, indented like its siblings, and missing nested blocks
    /// after the first step of the path are created. The text must parse as one expression.
    Status setAttributeValue(const QList<BlockSelector> &path, const QString &name,
                             const QString &expressionText);

    /// Removes attribute `name` and its line; nothing happens when it is absent.
    Status removeAttribute(const QList<BlockSelector> &path, const QString &name);

private:
    Document(std::shared_ptr<const SourceFile> source, Body body);
    Status replaceText(QByteArray text);
    Expected<const Block *> uniqueBlock(const QList<BlockSelector> &path, qsizetype *found) const;
    QByteArray insertion(const Block &block, const QList<QByteArray> &lines, qsizetype *offset,
                         qsizetype *replaceEnd) const;

    std::shared_ptr<const SourceFile> m_source;
    Body m_body;
};

} // namespace strata::hcl
