#pragma once

#include <QByteArray>
#include <QList>

namespace strata {

/// Token classes of HCL text; the HCL lexer uses them as its style numbers.
enum class HclStyle
{
    Default,
    Comment,
    String,
    Escape,
    Interpolation,
    Number,
    Keyword,
    Constant,
    Identifier,
    Operator,
    Count
};

/// What a line hands to the next: brace depth (for folding) and an open /* comment.
struct HclLineState
{
    int depth = 0;
    bool inBlockComment = false;

    /// Packs the state into Scintilla's per-line int and back.
    int toInt() const { return (depth << 1) | (inBlockComment ? 1 : 0); }
    static HclLineState fromInt(int value) { return {value >> 1, (value & 1) != 0}; }
    bool operator==(const HclLineState &) const = default;
};

/// A run of `length` bytes in one style.
struct HclRun
{
    int length = 0;
    HclStyle style = HclStyle::Default;
};

/// Splits one line of UTF-8 HCL (with its line break) into styled runs covering every byte, and
/// advances `state` to the state at the end of the line.
QList<HclRun> tokenizeHclLine(const QByteArray &line, HclLineState &state);

} // namespace strata
