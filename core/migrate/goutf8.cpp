#include "goutf8.h"

namespace strata::goutf8 {
namespace {

bool isContinuation(unsigned char byte, unsigned char low = 0x80, unsigned char high = 0xBF)
{
    return byte >= low && byte <= high;
}

} // namespace

Rune decode(QByteArrayView text, qsizetype offset)
{
    const qsizetype left = text.size() - offset;
    if (left <= 0)
        return {0, 0};
    const auto at = [&](qsizetype i) {
        return static_cast<unsigned char>(text[offset + i]);
    };
    const unsigned char b0 = at(0);
    if (b0 < 0x80)
        return {b0, 1};
    const Rune invalid{kRuneError, 1};
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (left < 2 || !isContinuation(at(1)))
            return invalid;
        return {char32_t((b0 & 0x1F) << 6 | (at(1) & 0x3F)), 2};
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        // The second byte's range excludes overlong forms (E0) and surrogates (ED).
        const unsigned char low = b0 == 0xE0 ? 0xA0 : 0x80;
        const unsigned char high = b0 == 0xED ? 0x9F : 0xBF;
        if (left < 3 || !isContinuation(at(1), low, high) || !isContinuation(at(2)))
            return invalid;
        return {char32_t((b0 & 0x0F) << 12 | (at(1) & 0x3F) << 6 | (at(2) & 0x3F)), 3};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        // The second byte's range excludes overlong forms (F0) and code points past U+10FFFF.
        const unsigned char low = b0 == 0xF0 ? 0x90 : 0x80;
        const unsigned char high = b0 == 0xF4 ? 0x8F : 0xBF;
        if (left < 4 || !isContinuation(at(1), low, high) || !isContinuation(at(2)) ||
            !isContinuation(at(3)))
            return invalid;
        return {char32_t((b0 & 0x07) << 18 | (at(1) & 0x3F) << 12 | (at(2) & 0x3F) << 6 |
                         (at(3) & 0x3F)),
                4};
    }
    return invalid;
}

bool isSpace(char32_t rune)
{
    switch (rune) {
    case U'\t':
    case U'\n':
    case U'\v':
    case U'\f':
    case U'\r':
    case U' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return rune >= 0x2000 && rune <= 0x200A;
    }
}

qsizetype leadingSpace(QByteArrayView text)
{
    qsizetype offset = 0;
    while (offset < text.size()) {
        const Rune rune = decode(text, offset);
        if (!isSpace(rune.value))
            break;
        offset += rune.width;
    }
    return offset;
}

QByteArrayView trimSpace(QByteArrayView text)
{
    const qsizetype start = leadingSpace(text);
    // Walk forward so multi-byte spaces at the end are recognised as Go decodes them.
    qsizetype end = start;
    for (qsizetype offset = start; offset < text.size();) {
        const Rune rune = decode(text, offset);
        offset += rune.width;
        if (!isSpace(rune.value))
            end = offset;
    }
    return text.sliced(start, end - start);
}

} // namespace strata::goutf8
