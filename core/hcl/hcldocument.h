#pragma once

#include "hclvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata {

/// Lays out an HCL document the way hclwrite formats it: two-space indentation, quoted block
/// labels, and the `=` of consecutive attribute lines aligned to the longest name in the run.
/// Knows nothing about schemas; the writers decide what goes in it.
class HclDocument
{
public:
    /// Opens `type "label" ... {`; attributes and blocks added next go inside it.
    void beginBlock(const QString &type, const QStringList &labels = {});
    /// Closes the innermost open block.
    void endBlock();
    /// Adds `name = expression`; the expression is HCL text (see hclvalue.h).
    void addAttribute(const QString &name, const QString &expression);
    void addAttributes(const QList<HclAttribute> &attributes);
    /// Adds `name = <<-MARKER` with the text's lines indented like the attribute, which is how
    /// Atlas prints multi-line SQL.
    void addHeredoc(const QString &name, const QString &text,
                    const QString &marker = QStringLiteral("SQL"));

    /// The document so far; empty when nothing was added, otherwise ending with a newline.
    QString toString() const;

private:
    struct PendingAttribute
    {
        QString name;
        QString expression;
        /// Lines after the first for heredocs, already indented.
        QStringList continuation;
    };

    QString indent() const;
    void flushAttributes();
    QString renderAttributes() const;

    QString m_text;
    QList<PendingAttribute> m_pending;
    int m_depth = 0;
};

} // namespace strata
