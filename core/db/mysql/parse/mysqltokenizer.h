#pragma once

#include <QString>
#include <QStringView>

#include <vector>

namespace strata {

/// One token of MySQL text: a view into the script by offset, so tokenizing allocates nothing
/// per token.
struct MysqlToken
{
    enum class Kind : quint8
    {
        Word,         ///< keyword or bare identifier
        Quoted,       ///< `identifier`
        String,       ///< 'text'
        DoubleQuoted, ///< "text": a string, or an identifier where one is expected
        Number,       ///< 12, 1.5, 1e3, .5
        HexOrBit,     ///< x'0A', 0x0A, b'01', 0b01
        Variable,     ///< @x, @@x
        Punct,        ///< ( ) , ; . = and operators such as <= <> != || &&
        End
    };
    int start = 0;
    int length = 0;
    Kind kind = Kind::End;
};

/// The tokens of a script plus, when the text cannot be tokenized, where and why.
struct MysqlTokens
{
    std::vector<MysqlToken> tokens; ///< always ends with an End token
    /// Offset of an unterminated quote or comment; -1 when the text tokenized completely.
    int errorOffset = -1;
    QString errorWhat;
};

/// Splits MySQL text into tokens one at a time, so a parser holds only the tokens of the
/// statement it is reading. Comments (`--`, `#`, `/* */`) are skipped; the content of
/// executable comments is tokenized as tokenizeMysql() describes.
class MysqlTokenizer
{
public:
    MysqlTokenizer(QStringView text, int versionNumber, bool mariaDb);

    /// Appends the next token to `out`: an End token (at the error's offset after an error)
    /// once the text is exhausted, again on every later call.
    void next(std::vector<MysqlToken> &out);
    /// Offset of an unterminated quote or comment; -1 while the text tokenizes.
    int errorOffset() const { return m_errorOffset; }
    QString errorWhat() const { return m_errorWhat; }

private:
    char16_t at(int i) const { return i < m_size ? m_text[i].unicode() : u'\0'; }
    void push(int start, MysqlToken::Kind kind);
    void fail(int offset, const QString &what);
    void step();
    void skipLine();
    void blockComment();
    void quoted(char16_t quote, MysqlToken::Kind kind);
    void variable();
    void number();
    void word();
    void punct();

    QStringView m_text;
    int m_size;
    int m_pos = 0;
    int m_version;
    bool m_mariaDb;
    bool m_inExecutableComment = false;
    int m_errorOffset = -1;
    QString m_errorWhat;
    std::vector<MysqlToken> *m_out = nullptr;
};

/// Splits MySQL text into tokens. Comments (`--`, `#`, `/* */`) are skipped; the content of
/// executable comments `/*! ... */`, `/*!NNNNN ... */` (run when `versionNumber` >= NNNNN) and
/// MariaDB's `/*M! ... */` (when `mariaDb`) is tokenized as if the comment markers were absent,
/// as the server does.
MysqlTokens tokenizeMysql(QStringView text, int versionNumber, bool mariaDb);

/// The value of a quoted token ('..', "..", `..`): doubled quotes undone, and for strings the
/// backslash escapes MySQL reads (\n, \t, \0, \\, \', \", \%, \_ kept as \% and \_).
QString mysqlUnquote(QStringView quoted);

} // namespace strata
