#pragma once

#include "sourcefile.h"
#include "value.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace strata::hcl {

enum class ExprKind : quint8
{
    Literal,       ///< value
    Template,      ///< operands: the parts (literals, interpolated expressions, directives)
    TemplateIf,    ///< operands: condition, then-template, else-template (may be absent)
    TemplateFor,   ///< keyName/name bound; operands: collection, body template
    Tuple,         ///< operands: items
    Object,        ///< operands: key, value, key, value, ...
    Variable,      ///< name: the root of a traversal (var, local, each, ...)
    GetAttr,       ///< operands: source; name: the attribute
    Index,         ///< operands: source, key
    Splat,         ///< operands: source, the traversal applied to each item (rooted at SplatItem)
    SplatItem,     ///< the current item inside a Splat
    FunctionCall,  ///< name; operands: arguments; expandFinal: `f(xs...)`
    Unary,         ///< op; operands: operand
    Binary,        ///< op; operands: left, right
    Conditional,   ///< operands: condition, true result, false result
    ForTuple,      ///< keyName/name; operands: collection, value, [condition]
    ForObject,     ///< keyName/name; operands: collection, key, value, [condition]; grouping
    Parenthesized, ///< operands: inner expression
};

enum class Operator : quint8
{
    None,
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Not,
    Negate,
};

struct Expression;
using ExpressionPtr = std::unique_ptr<Expression>;

/// One node of an expression tree. A single node type keeps the tree compact and easy to walk;
/// ExprKind says which fields mean what.
struct Expression
{
    ExprKind kind = ExprKind::Literal;
    Operator op = Operator::None;
    /// FunctionCall: the last argument is expanded (`...`); ForObject: values are grouped.
    bool flag = false;
    SourceRange range;
    QString name;
    QString keyName;
    Value value;
    std::vector<ExpressionPtr> operands;

    const Expression *operand(size_t i) const
    {
        return i < operands.size() ? operands[i].get() : nullptr;
    }
    /// `a.b.c` as the list {a, b, c} when the expression is a plain traversal of attributes,
    /// otherwise empty. Lets callers recognise references such as `local.name`.
    QStringList traversalPath() const;
    /// Every plain reference inside, as traversal paths (`var.x`, `local.y`, `each.value`).
    QList<QStringList> references() const;
};

struct Block;

/// `name = expression` inside a body.
struct Attribute
{
    QString name;
    SourceRange nameRange;
    /// From the name to the end of the expression (comments after it are not included).
    SourceRange range;
    ExpressionPtr expression;
};

/// The contents of a file or a block, in source order.
struct Body
{
    std::vector<Attribute> attributes;
    std::vector<Block> blocks;

    const Attribute *attribute(const QString &name) const;
    QList<const Block *> blocksOfType(const QString &type) const;
};

/// `type "label" label2 { ... }`.
struct Block
{
    QString type;
    SourceRange typeRange;
    QStringList labels;
    QList<SourceRange> labelRanges;
    SourceRange openBrace;
    SourceRange closeBrace;
    /// From the type to the closing brace.
    SourceRange range;
    /// Written on one line (`a { b = 1 }`): anything added needs the block opened up first.
    bool singleLine = false;
    Body body;
};

} // namespace strata::hcl
