#pragma once

#include <QString>

class QLocale;
class QTranslator;

//! Loads and installs Qt's own translation (qtbase) and the console's for this locale, the
//! console's from qmDir (":/i18n" in the executable). A language the console has no translation
//! for gets the English one, whose plural forms say "1 match" rather than the sources' "1
//! match(es)". False when the console's translation could not be loaded at all.
bool installTranslators(QTranslator &qtTranslator, QTranslator &translator, const QLocale &locale,
                        const QString &qmDir);
