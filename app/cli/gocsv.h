#pragma once

#include "util/expected.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace strata::cli {

/// Reads `text` as Go's encoding/csv Reader does (default options, `separator` as its Comma):
/// fields split on the separator, double quotes strip and protect separators, `""` is a quote.
/// Atlas reads list flags (pflag's StringSlice, --var) and --exclude patterns this way, so a
/// value means the same to Strata. At most `maxRecords` records are read (0: all); empty lines
/// are skipped. Errors carry Go's text: `parse error on line 1, column 3: bare " in
/// non-quoted-field`; `EOF` when no record is there.
Expected<QList<QStringList>> readGoCsv(const QString &text, char separator, int maxRecords = 0);

} // namespace strata::cli
