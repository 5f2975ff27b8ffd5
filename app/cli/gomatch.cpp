#include "gomatch.h"

#include <QCoreApplication>

#include <string_view>

namespace strata::cli {
namespace {

/// Gives lupdate and QCoreApplication::translate the same context for this file's messages,
/// whose English is Go's path/filepath's own.
class GoMatchTr
{
    Q_DECLARE_TR_FUNCTIONS(strata::cli::GoMatch)
};

using Text = std::u32string_view;

constexpr char32_t kSeparator = U'/';

Error badPattern()
{
    return Error{GoMatchTr::tr("syntax error in pattern")};
}

/// filepath.scanChunk: leading stars, then the chunk up to the next star outside a class.
void scanChunk(Text &pattern, bool &star, Text &chunk)
{
    star = false;
    while (!pattern.empty() && pattern.front() == U'*') {
        pattern.remove_prefix(1);
        star = true;
    }
    bool inRange = false;
    size_t i = 0;
    for (; i < pattern.size(); ++i) {
        const char32_t c = pattern[i];
        if (c == U'\\') {
            if (i + 1 < pattern.size())
                ++i;
        } else if (c == U'[') {
            inRange = true;
        } else if (c == U']') {
            inRange = false;
        } else if (c == U'*' && !inRange) {
            break;
        }
    }
    chunk = pattern.substr(0, i);
    pattern.remove_prefix(i);
}

/// filepath.getEsc: one (possibly escaped) character of a class.
bool classChar(Text &chunk, char32_t &c)
{
    if (chunk.empty() || chunk.front() == U'-' || chunk.front() == U']')
        return false;
    if (chunk.front() == U'\\') {
        chunk.remove_prefix(1);
        if (chunk.empty())
            return false;
    }
    c = chunk.front();
    chunk.remove_prefix(1);
    return !chunk.empty();
}

/// filepath.matchChunk: matches `chunk` at the start of `s`; on success `rest` is what is left.
/// A malformed chunk is an error even once the match has failed.
Expected<bool> matchChunk(Text chunk, Text s, Text &rest)
{
    bool failed = false;
    while (!chunk.empty()) {
        if (!failed && s.empty())
            failed = true;
        const char32_t head = chunk.front();
        if (head == U'[') {
            char32_t r = 0;
            if (!failed) {
                r = s.front();
                s.remove_prefix(1);
            }
            chunk.remove_prefix(1);
            bool negated = false;
            if (!chunk.empty() && chunk.front() == U'^') {
                negated = true;
                chunk.remove_prefix(1);
            }
            bool match = false;
            int ranges = 0;
            while (true) {
                if (!chunk.empty() && chunk.front() == U']' && ranges > 0) {
                    chunk.remove_prefix(1);
                    break;
                }
                char32_t lo = 0;
                if (!classChar(chunk, lo))
                    return badPattern();
                char32_t hi = lo;
                if (chunk.front() == U'-') {
                    chunk.remove_prefix(1);
                    if (!classChar(chunk, hi))
                        return badPattern();
                }
                if (lo <= r && r <= hi)
                    match = true;
                ++ranges;
            }
            if (match == negated)
                failed = true;
            continue;
        }
        if (head == U'?') {
            if (!failed) {
                if (s.front() == kSeparator)
                    failed = true;
                s.remove_prefix(1);
            }
            chunk.remove_prefix(1);
            continue;
        }
        if (head == U'\\') {
            chunk.remove_prefix(1);
            if (chunk.empty())
                return badPattern();
        }
        if (!failed) {
            if (chunk.front() != s.front())
                failed = true;
            s.remove_prefix(1);
        }
        chunk.remove_prefix(1);
    }
    if (failed)
        return false;
    rest = s;
    return true;
}

} // namespace

Expected<bool> goGlobMatch(const QString &patternText, const QString &nameText)
{
    const std::u32string patternCodes = patternText.toStdU32String();
    const std::u32string nameCodes = nameText.toStdU32String();
    Text pattern(patternCodes);
    Text name(nameCodes);
    while (!pattern.empty()) {
        bool star = false;
        Text chunk;
        scanChunk(pattern, star, chunk);
        if (star && chunk.empty())
            return name.find(kSeparator) == Text::npos;
        Text rest;
        auto matched = matchChunk(chunk, name, rest);
        if (matched && *matched && (rest.empty() || !pattern.empty())) {
            name = rest;
            continue;
        }
        if (!matched)
            return matched.error();
        bool advanced = false;
        if (star) {
            for (size_t i = 0; i < name.size() && name[i] != kSeparator; ++i) {
                auto skipped = matchChunk(chunk, name.substr(i + 1), rest);
                if (skipped && *skipped) {
                    if (pattern.empty() && !rest.empty())
                        continue;
                    name = rest;
                    advanced = true;
                    break;
                }
                if (!skipped)
                    return skipped.error();
            }
        }
        if (advanced)
            continue;
        while (!pattern.empty()) {
            scanChunk(pattern, star, chunk);
            Text unused;
            if (auto valid = matchChunk(chunk, Text(), unused); !valid)
                return valid.error();
        }
        return false;
    }
    return name.empty();
}

} // namespace strata::cli
