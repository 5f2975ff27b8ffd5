#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace strata::hcl {

/// A half-open byte range [begin, end) in a SourceFile's UTF-8 text. Byte offsets let an editor
/// splice new text into the original buffer without disturbing anything around it.
struct SourceRange
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - begin; }
    bool operator==(const SourceRange &) const = default;
};

/// 1-based line and column; the column counts characters, as editors show them.
struct SourcePosition
{
    int line = 1;
    int column = 1;
};

/// The text of one configuration file and what messages need from it: the name to show and
/// line/column lookups for byte offsets.
class SourceFile
{
public:
    SourceFile(QString name, QByteArray text);

    const QString &name() const { return m_name; }
    const QByteArray &text() const { return m_text; }

    SourcePosition position(qsizetype offset) const;
    /// "name:line:column" for messages and warnings.
    QString location(qsizetype offset) const;
    /// The line's text without its line break.
    QString lineText(int line) const;
    QString slice(SourceRange range) const;

    /// "name:line:column: message", then the line and a caret under the column, so the user sees
    /// where the problem is without opening the file. Passwords in URLs are masked.
    Error error(qsizetype offset, const QString &message) const;

private:
    QString m_name;
    QByteArray m_text;
    QList<qsizetype> m_lineStarts;
};

} // namespace strata::hcl
