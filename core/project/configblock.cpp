#include "configblock.h"

namespace strata {

const ConfigBlock *ConfigBlock::block(const QString &blockType) const
{
    for (const ConfigBlock &child : blocks) {
        if (child.type == blockType)
            return &child;
    }
    return nullptr;
}

} // namespace strata
