#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace vramscope {

void Translations::install(const QLocale &locale)
{
    // Installed once per process and kept: translators must outlive their use.
    static QTranslator qt;
    static QTranslator plurals;
    static QTranslator own;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qt);
    // The last one installed is asked first, so the locale's comes last.
    if (plurals.load(QStringLiteral(":/i18n/vramscope_en.qm")))
        QCoreApplication::installTranslator(&plurals);
    if (locale.language() != QLocale::English &&
        own.load(locale, QStringLiteral("vramscope"), QStringLiteral("_"),
                 QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&own);
}

} // namespace vramscope
