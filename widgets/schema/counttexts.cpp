#include "counttexts.h"

#include <QCoreApplication>

namespace strata {

QString tableCountText(int count)
{
    if (count == 1)
        return QCoreApplication::translate("strata::CountTexts", "1 table");
    return QCoreApplication::translate("strata::CountTexts", "%n tables", nullptr, count);
}

} // namespace strata
