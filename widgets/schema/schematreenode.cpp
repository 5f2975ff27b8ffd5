#include "schematreenode.h"

namespace strata {

SchemaTreeNode *SchemaTreeNode::addChild(std::unique_ptr<SchemaTreeNode> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

} // namespace strata
