#pragma once

#include "jsondocument.h"
#include "model/schema.h"

#include <QString>

namespace strata {

/// The realm as Atlas's `schema inspect --format '{{ json . }}'` prints it (cmdlog's
/// SchemaInspect.MarshalJSON): schemas[] of name, tables[] (name, columns[] of name/type/null,
/// indexes[], primary_key, foreign_keys[]) and the comment/charset/collate attributes, in
/// Atlas's field order, empty fields left out as its `omitempty` tags do. No trailing newline.
QString writeAtlasJson(const Realm &realm, const JsonLayout &layout = {});

} // namespace strata
