#include "lexpatterns.h"

#include "goutf8.h"

namespace strata::lexpatterns {
namespace {

bool isRe2Space(char c)
{
    return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
}

qsizetype spaces(QByteArrayView text, qsizetype offset)
{
    qsizetype end = offset;
    while (end < text.size() && isRe2Space(text[end]))
        ++end;
    return end - offset;
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

/// Whether `word` (lower case) is at `offset`, in any ASCII case.
bool keywordAt(QByteArrayView text, qsizetype offset, QByteArrayView word)
{
    if (text.size() - offset < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (lower(text[offset + i]) != word[i])
            return false;
    }
    return true;
}

/// `\s*WORD` then `\s+` (required) or `\s*` (optional); the end of the match, or -1.
qsizetype keywordThenSpace(QByteArrayView text, qsizetype offset, QByteArrayView word,
                           bool spaceRequired)
{
    offset += spaces(text, offset);
    if (!keywordAt(text, offset, word))
        return -1;
    offset += word.size();
    const qsizetype after = spaces(text, offset);
    if (spaceRequired && after == 0)
        return -1;
    return offset + after;
}

/// [A-Za-zÈ-ÿ_] (first) or [\wÈ-ÿ] (the rest): È-ÿ is U+00C8..U+00FF.
bool isTagRune(char32_t rune, bool first)
{
    if ((rune >= 'A' && rune <= 'Z') || (rune >= 'a' && rune <= 'z') || rune == '_')
        return true;
    if (rune >= 0xC8 && rune <= 0xFF)
        return true;
    return !first && rune >= '0' && rune <= '9';
}

} // namespace

qsizetype dollarQuoteTag(QByteArrayView text)
{
    if (text.isEmpty() || text[0] != '$')
        return -1;
    // The repeated group is an identifier that cannot start with a digit; repeating it adds
    // nothing a longer identifier does not.
    qsizetype offset = 1;
    bool first = true;
    while (offset < text.size()) {
        const goutf8::Rune rune = goutf8::decode(text, offset);
        if (!isTagRune(rune.value, first))
            break;
        first = false;
        offset += rune.width;
    }
    if (offset < text.size() && text[offset] == '$')
        return offset + 1;
    return -1;
}

qsizetype beginAtomic(QByteArrayView text)
{
    const qsizetype afterBegin = keywordThenSpace(text, 0, "begin", true);
    if (afterBegin < 0)
        return -1;
    if (!keywordAt(text, afterBegin, "atomic"))
        return -1;
    const qsizetype afterAtomic = afterBegin + 6;
    const qsizetype after = spaces(text, afterAtomic);
    return after == 0 ? -1 : afterAtomic + after;
}

qsizetype begin(QByteArrayView text)
{
    return keywordThenSpace(text, 0, "begin", true);
}

qsizetype end(QByteArrayView text)
{
    return keywordThenSpace(text, 0, "end", false);
}

qsizetype goCommand(QByteArrayView text)
{
    if (!keywordAt(text, 0, "go"))
        return -1;
    if (text.size() == 2)
        return 2;
    const qsizetype after = spaces(text, 2);
    return after == 0 ? -1 : 2 + after;
}

} // namespace strata::lexpatterns
