#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// Loads Spoolbridge's translations (compiled .qm files embedded under :/i18n) and Qt's own,
// for the desktop app and the CLI alike. Core strings use QCoreApplication::translate
// contexts, so they are translated in both.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Translations)

public:
    // The languages with an embedded translation ("de", "fr", "zh_CN", …), sorted.
    static QStringList available();

    // Installs the translation for `language` (a locale name such as "de" or "zh_CN"), or for
    // the system locale when `language` is empty (the app/language setting). Replaces what an
    // earlier call installed. Returns the language loaded, or an empty string when the UI
    // stays in English (no translation for that language, or English asked for).
    static QString install(const QString &language = QString());

    // The native name of a language for a language menu ("Deutsch", "简体中文").
    static QString displayName(const QString &language);
};

} // namespace Spoolbridge
