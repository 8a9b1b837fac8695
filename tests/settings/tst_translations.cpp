#include "core/settings/settingsvalidation.h"
#include "core/settings/translations.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;

TEST_CASE("translations: every language is embedded and can be installed")
{
    const QStringList languages = Translations::available();
    CHECK(languages
        == QStringList {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("zh_CN")});
    const QString english = SettingsValidation::checkSpoolmanUrl(QString());

    CHECK(Translations::install(QStringLiteral("de")) == QLatin1String("de"));
    const QString german = SettingsValidation::checkSpoolmanUrl(QString());
    CHECK(german != english);
    CHECK(german.contains(QLatin1String("Spoolman")));

    for (const QString &language : languages) {
        INFO(language.toStdString());
        CHECK(Translations::install(language) == language);
        CHECK(SettingsValidation::checkSpoolmanUrl(QString()) != english);
    }
    CHECK(Translations::install(QStringLiteral("en")).isEmpty());
    CHECK(SettingsValidation::checkSpoolmanUrl(QString()) == english);
    // A language without a translation keeps English.
    CHECK(Translations::install(QStringLiteral("sw")).isEmpty());
    CHECK(SettingsValidation::checkSpoolmanUrl(QString()) == english);
    CHECK(Translations::displayName(QStringLiteral("de")) == QLatin1String("Deutsch"));
}
