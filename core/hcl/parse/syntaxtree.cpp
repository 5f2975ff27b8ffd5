#include "syntaxtree.h"

namespace strata::hcl {
namespace {

void collectReferences(const Expression &expr, QList<QStringList> &out)
{
    const QStringList path = expr.traversalPath();
    if (!path.isEmpty()) {
        out.append(path);
        return;
    }
    for (const ExpressionPtr &operand : expr.operands) {
        if (operand)
            collectReferences(*operand, out);
    }
}

} // namespace

QStringList Expression::traversalPath() const
{
    switch (kind) {
    case ExprKind::Variable:
        return {name};
    case ExprKind::GetAttr: {
        QStringList path = operands.front()->traversalPath();
        if (!path.isEmpty())
            path.append(name);
        return path;
    }
    case ExprKind::Index: {
        QStringList path = operands.front()->traversalPath();
        const Expression *key = operands.back().get();
        if (!path.isEmpty() && key->kind == ExprKind::Literal)
            path.append(key->value.isString() ? key->value.toText() : key->value.toHcl());
        else
            path.clear();
        return path;
    }
    default:
        return {};
    }
}

QList<QStringList> Expression::references() const
{
    QList<QStringList> out;
    collectReferences(*this, out);
    return out;
}

const Attribute *Body::attribute(const QString &name) const
{
    for (const Attribute &attribute : attributes) {
        if (attribute.name == name)
            return &attribute;
    }
    return nullptr;
}

QList<const Block *> Body::blocksOfType(const QString &type) const
{
    QList<const Block *> out;
    for (const Block &block : blocks) {
        if (block.type == type)
            out.append(&block);
    }
    return out;
}

} // namespace strata::hcl
