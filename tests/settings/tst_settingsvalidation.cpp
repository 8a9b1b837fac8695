#include "core/settings/printerentry.h"
#include "core/settings/settingsvalidation.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge;
namespace V = Spoolbridge::SettingsValidation;

TEST_CASE("validation: Spoolman URLs must be http(s) with a host")
{
    CHECK(V::checkSpoolmanUrl(QStringLiteral("http://192.168.1.50:7912")).isEmpty());
    CHECK(V::checkSpoolmanUrl(QStringLiteral("https://spoolman.example.lan/base/")).isEmpty());
    CHECK(V::checkSpoolmanUrl(QString()).contains(QLatin1String("Enter the address")));
    CHECK(V::checkSpoolmanUrl(QStringLiteral("ftp://host")).contains(QLatin1String("http://")));
    CHECK(V::checkSpoolmanUrl(QStringLiteral("192.168.1.50:7912")).contains(QLatin1String("http")));
    CHECK(V::checkSpoolmanUrl(QStringLiteral("http://")).contains(QLatin1String("host")));
    CHECK(V::checkSpoolmanUrl(QStringLiteral("http://host/?a=1")).contains(QLatin1String("query")));
    CHECK(V::checkSpoolmanUrl(QStringLiteral("http://ho st")).contains(QLatin1String("not a valid")));
}

TEST_CASE("validation: location templates use only known placeholders")
{
    CHECK(V::checkLocationTemplate(QStringLiteral("{printer} - AMS {unit} Slot {slot}")).isEmpty());
    CHECK(V::checkLocationTemplate(QStringLiteral("{model} {serial} #{slot}")).isEmpty());
    CHECK(V::checkLocationTemplate(QStringLiteral("{printer} {tray}")).contains(QLatin1String("{tray}")));
    CHECK(V::checkLocationTemplate(QStringLiteral("{printer} {slot")).contains(QLatin1String("brace")));
    CHECK(V::checkLocationTemplate(QStringLiteral("Shelf")).contains(QLatin1String("{slot}")));
    CHECK(V::checkLocationTemplate(QStringLiteral("  ")).contains(QLatin1String("empty")));
    CHECK(V::expandLocationTemplate(QStringLiteral("{printer} - AMS {unit} Slot {slot}"),
              {{QStringLiteral("printer"), QStringLiteral("Workshop X1C")},
                  {QStringLiteral("unit"), QStringLiteral("A")}, {QStringLiteral("slot"), QStringLiteral("1")}})
        == QLatin1String("Workshop X1C - AMS A Slot 1"));
}

TEST_CASE("validation: header names, files and typed values")
{
    CHECK(V::checkHeaderName(QStringLiteral("X-Api-Key")).isEmpty());
    CHECK_FALSE(V::checkHeaderName(QStringLiteral("Bad Header")).isEmpty());
    CHECK(V::checkReadableFile(QStringLiteral("/nonexistent/ca.pem")).contains(QLatin1String("does not exist")));
    CHECK(V::checkValue(SettingKey::SyncAutoCreate, true).isEmpty());
    CHECK(V::checkValue(SettingKey::SyncAutoCreate, QStringLiteral("false")).isEmpty());
    CHECK_FALSE(V::checkValue(SettingKey::SyncAutoCreate, QStringLiteral("maybe")).isEmpty());
    CHECK_FALSE(V::checkValue(SettingKey::SyncDebounceMs, QStringLiteral("fast")).isEmpty());
    CHECK_FALSE(V::checkValue(SettingKey::SyncLowStockThresholdG, -1).isEmpty());
    CHECK(V::checkValue(SettingKey::SecretsBackend, QStringLiteral("env")).isEmpty());
    CHECK_FALSE(V::checkValue(SettingKey::SecretsBackend, QStringLiteral("plaintext")).isEmpty());
}

TEST_CASE("validation: printer entries explain what is missing")
{
    PrinterEntry entry = PrinterEntry::create();
    const QStringList problems = entry.validate();
    CHECK(problems.size() == 3); // name, serial, host
    entry.name = QStringLiteral("P1S");
    entry.serial = QStringLiteral("01P00A400200456");
    entry.host = QStringLiteral("10.0.0.5");
    CHECK(entry.validate().isEmpty());
    entry.port = 70000;
    entry.pinnedFingerprint = QStringLiteral("zz");
    CHECK(entry.validate().size() == 2);
    PrinterEntry parsed;
    QString error;
    CHECK_FALSE(PrinterEntry::fromJson({{QStringLiteral("id"), QStringLiteral("nope")}}, &parsed, &error));
    CHECK(error.contains(QLatin1String("id")));
}
