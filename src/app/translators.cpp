#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

bool installTranslators(QTranslator &qtTranslator, QTranslator &translator, const QLocale &locale,
                        const QString &qmDir)
{
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    const QString name = QStringLiteral("stitchconsole");
    const bool loaded
        = translator.load(locale, name, QStringLiteral("_"), qmDir)
        || translator.load(name + QStringLiteral("_en"), qmDir);
    if (loaded)
        QCoreApplication::installTranslator(&translator);
    return loaded;
}
