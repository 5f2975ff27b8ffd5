#pragma once

#include <QByteArrayView>

namespace strata::goutf8 {

/// A code point and the bytes it took, as Go's utf8.DecodeRune reads it: invalid or truncated
/// UTF-8 is U+FFFD of width 1, so a scanner steps over bad bytes one at a time as Atlas does.
struct Rune
{
    char32_t value = 0;
    qsizetype width = 0;
};

inline constexpr char32_t kRuneError = 0xFFFD;

/// The rune at `offset`; width 0 at the end of `text`.
Rune decode(QByteArrayView text, qsizetype offset);

/// Go's unicode.IsSpace: ASCII space, tab, newline, \v, \f, \r, U+0085, U+00A0 and Unicode's
/// other White_Space characters.
bool isSpace(char32_t rune);

/// How many leading bytes are space (strings.TrimLeftFunc(s, unicode.IsSpace)).
qsizetype leadingSpace(QByteArrayView text);

/// `text` without leading and trailing space (strings.TrimSpace).
QByteArrayView trimSpace(QByteArrayView text);

} // namespace strata::goutf8
