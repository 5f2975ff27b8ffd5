#pragma once

#include "hcl/parse/value.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace strata {

/// A block kept both as written and as evaluated: the parts of a project Strata passes through
/// (`lint`, `diff`, `test`) or does not know, so nothing in the user's file is silently dropped.
struct ConfigBlock
{
    QString type;
    QStringList labels;
    /// Evaluated values; null where the expression could not be evaluated.
    QMap<QString, hcl::Value> attributes;
    /// The expressions as written.
    QMap<QString, QString> expressions;
    QList<ConfigBlock> blocks;
    /// "file:line:column" of the block.
    QString location;

    const ConfigBlock *block(const QString &blockType) const;
    hcl::Value attribute(const QString &name) const { return attributes.value(name); }
};

} // namespace strata
