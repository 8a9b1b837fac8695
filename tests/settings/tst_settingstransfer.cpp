#include "core/settings/settings.h"
#include "core/settings/settingstransfer.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Spoolbridge;

namespace {
QString freshConfig()
{
    return Test::makeTempDir(QStringLiteral("transfer")) + QStringLiteral("/spoolbridge.conf");
}
} // namespace

TEST_CASE("transfer: export and import carry settings and printers to another file")
{
    Settings source(freshConfig());
    REQUIRE(source.setValues({{SettingKey::SpoolmanUrl, QStringLiteral("http://10.0.0.2:7912")},
        {SettingKey::SpoolmanAuthKind, QStringLiteral("basic")}, {SettingKey::SpoolmanUsername, QStringLiteral("ada")},
        {SettingKey::SyncHomeLocation, QStringLiteral("Dry box")}, {SettingKey::SyncLowStockThresholdG, 250}}));
    PrinterEntry printer = PrinterEntry::create();
    printer.name = QStringLiteral("Workshop X1C");
    printer.serial = QStringLiteral("00M09A350100123");
    printer.host = QStringLiteral("192.168.1.20");
    REQUIRE(source.savePrinter(printer));

    const QString exportPath = Test::makeTempDir(QStringLiteral("export")) + QStringLiteral("/settings.json");
    QString error;
    REQUIRE(SettingsTransfer::exportToFile(source, exportPath, &error));

    Settings target(freshConfig());
    const SettingsTransfer::ImportResult result = SettingsTransfer::importFromFile(target, exportPath);
    INFO(result.error.toStdString());
    REQUIRE(result.ok);
    CHECK(result.notes.isEmpty());
    CHECK(target.spoolmanUrl() == source.spoolmanUrl());
    CHECK(target.spoolmanAuthKind() == Settings::AuthKind::Basic);
    CHECK(target.text(SettingKey::SpoolmanUsername) == QLatin1String("ada"));
    CHECK(target.number(SettingKey::SyncLowStockThresholdG) == 250);
    REQUIRE(target.printers().size() == 1);
    CHECK(target.printers().first() == printer);
}

TEST_CASE("transfer: secrets in an import are ignored and reported, never stored")
{
    Settings settings(freshConfig());
    QJsonObject printer {{QStringLiteral("id"), QStringLiteral("6f1c0b5e-1d2a-4c1e-9a55-0f3e4b8f7a10")},
        {QStringLiteral("name"), QStringLiteral("A1")}, {QStringLiteral("serial"), QStringLiteral("03919A3B0400001")},
        {QStringLiteral("host"), QStringLiteral("10.0.0.9")},
        {QStringLiteral("access_code"), QStringLiteral("leaked-code-4711")}};
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("spoolbridge-settings")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("settings"),
            QJsonObject {{QStringLiteral("spoolman/password"), QStringLiteral("leaked-password-0815")},
                {QStringLiteral("sync/mode"), QStringLiteral("manual")}, {QStringLiteral("something/else"), 1}}},
        {QStringLiteral("printers"), QJsonArray {printer}}};
    const SettingsTransfer::ImportResult result = SettingsTransfer::fromJson(settings, json);
    REQUIRE(result.ok);
    CHECK(result.notes.size() == 3);
    CHECK(result.notes.join(u'\n').contains(QLatin1String("spoolman/password")));
    CHECK(result.notes.join(u'\n').contains(QLatin1String("access_code")));
    CHECK(settings.syncMode() == Settings::SyncMode::Manual);
    CHECK(settings.printers().size() == 1);
    QFile file(settings.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK_FALSE(content.contains("leaked-password-0815"));
    CHECK_FALSE(content.contains("leaked-code-4711"));
}

TEST_CASE("transfer: a bad import changes nothing and says why")
{
    Settings settings(freshConfig());
    REQUIRE(settings.setValue(SettingKey::SyncDebounceMs, 1234));
    const QJsonObject bad {{QStringLiteral("format"), QStringLiteral("spoolbridge-settings")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("settings"),
            QJsonObject {
                {QStringLiteral("sync/debounce_ms"), 10}, {QStringLiteral("spoolman/url"), QStringLiteral("nope")}}}};
    SettingsTransfer::ImportResult result = SettingsTransfer::fromJson(settings, bad);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QLatin1String("http")));
    CHECK(settings.number(SettingKey::SyncDebounceMs) == 1234);

    result = SettingsTransfer::fromJson(settings, QJsonObject {{QStringLiteral("hello"), 1}});
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QLatin1String("not a Spoolbridge settings export")));

    const QString garbage = Test::makeTempDir(QStringLiteral("import")) + QStringLiteral("/garbage.json");
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("<html>502 Bad Gateway</html>");
    file.close();
    result = SettingsTransfer::importFromFile(settings, garbage);
    CHECK_FALSE(result.ok);
    CHECK(result.error.contains(QLatin1String("not valid JSON")));
}
