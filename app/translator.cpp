#include "translator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace strata {

void installTranslator(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    // The .qm files are compiled into the executable under :/i18n by qt_add_translations.
    if (translator->load(QLocale(), QStringLiteral("strata"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace strata
