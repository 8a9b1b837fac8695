#include "core/settings/settings.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QCommandLineParser>
#include <QFile>
#include <QSignalSpy>

using namespace Spoolbridge;

namespace {
QString freshConfig()
{
    return Test::makeTempDir(QStringLiteral("settings")) + QStringLiteral("/spoolbridge.conf");
}

PrinterEntry samplePrinter(const QString &name, const QString &serial)
{
    PrinterEntry entry = PrinterEntry::create();
    entry.name = name;
    entry.host = QStringLiteral("192.168.1.20");
    entry.serial = serial;
    entry.model = QStringLiteral("X1C");
    return entry;
}
} // namespace

TEST_CASE("settings: defaults come from the key table with their types")
{
    Settings settings(freshConfig());
    CHECK(settings.text(SettingKey::SyncLocationTemplate) == QLatin1String("{printer} - AMS {unit} Slot {slot}"));
    CHECK(settings.value(SettingKey::SyncDebounceMs).typeId() == QMetaType::Int);
    CHECK(settings.value(SettingKey::SyncAutoCreate).typeId() == QMetaType::Bool);
    CHECK(settings.value(SettingKey::SpoolmanUrl).typeId() == QMetaType::QString);
    CHECK(settings.spoolmanAuthKind() == Settings::AuthKind::None);
    CHECK(settings.syncMode() == Settings::SyncMode::Auto);
    CHECK(settings.weightSource() == Settings::WeightSource::PerPrint);
    CHECK(settings.secretsBackend() == Settings::SecretsBackend::Keychain);
    CHECK(settings.number(SettingKey::SpoolmanTimeoutS) == 10);
    CHECK(settings.number(SettingKey::SyncLowStockThresholdG) == 100);
    CHECK(settings.notificationEnabled(Settings::NotificationKind::SyncError));
    CHECK_FALSE(settings.flag(SettingKey::AppStartAtLogin));
    CHECK(settings.printers().isEmpty());
    // Every key has a unique name and a default of its declared type.
    QSet<QString> names;
    for (const SettingDefinition &def : SettingKeys::all()) {
        INFO(def.name);
        CHECK(def.defaultValue.typeId() == int(def.type));
        CHECK_FALSE(names.contains(QLatin1String(def.name)));
        names.insert(QLatin1String(def.name));
        SettingKey back {};
        CHECK(SettingKeys::fromName(QLatin1String(def.name), &back));
        CHECK(back == def.key);
    }
}

TEST_CASE("settings: values persist in the given --config file, typed")
{
    const QString path = freshConfig();
    {
        Settings settings(path);
        REQUIRE(settings.setValue(SettingKey::SpoolmanUrl, QStringLiteral("http://192.168.1.50:7912")));
        REQUIRE(settings.setValue(SettingKey::SyncDebounceMs, 750));
        REQUIRE(settings.setValue(SettingKey::SyncAutoCreate, false));
        REQUIRE(settings.setValue(SettingKey::SyncWeightSource, QStringLiteral("ams_estimate")));
        CHECK(settings.filePath() == path);
    }
    REQUIRE(QFile::exists(path)); // written at once, not only at destruction
    Settings again(path);
    CHECK(again.spoolmanUrl() == QUrl(QStringLiteral("http://192.168.1.50:7912")));
    CHECK(again.number(SettingKey::SyncDebounceMs) == 750);
    CHECK(again.value(SettingKey::SyncDebounceMs).typeId() == QMetaType::Int);
    CHECK(again.flag(SettingKey::SyncAutoCreate) == false);
    CHECK(again.weightSource() == Settings::WeightSource::AmsEstimate);
    CHECK(again.isSet(SettingKey::SyncDebounceMs));
    CHECK_FALSE(again.isSet(SettingKey::SyncMode));

    // The --config option feeds the constructor.
    QCommandLineParser parser;
    parser.addOption(Settings::configOption());
    REQUIRE(parser.parse({QStringLiteral("spoolbridge"), QStringLiteral("--config"), path}));
    Settings fromOption(parser.value(Settings::configOption()));
    CHECK(fromOption.number(SettingKey::SyncDebounceMs) == 750);
    CHECK(Settings::defaultFilePath().endsWith(QLatin1String("/Spoolbridge/spoolbridge.conf")));
}

TEST_CASE("settings: change signals name the key and the area, only on real changes")
{
    Settings settings(freshConfig());
    QSignalSpy changed(&settings, &Settings::changed);
    QSignalSpy spoolman(&settings, &Settings::spoolmanChanged);
    QSignalSpy sync(&settings, &Settings::syncChanged);
    QSignalSpy app(&settings, &Settings::appChanged);

    REQUIRE(settings.setValue(SettingKey::SyncMode, QStringLiteral("manual")));
    REQUIRE(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<SettingKey>() == SettingKey::SyncMode);
    CHECK(sync.count() == 1);
    CHECK(spoolman.count() == 0);

    // Same value again: nothing to announce.
    REQUIRE(settings.setValue(SettingKey::SyncMode, QStringLiteral("manual")));
    CHECK(changed.count() == 1);

    REQUIRE(settings.setValues({{SettingKey::SpoolmanUrl, QStringLiteral("https://spoolman.lan")},
        {SettingKey::AppLanguage, QStringLiteral("de")}}));
    CHECK(changed.count() == 3);
    CHECK(spoolman.count() == 1);
    CHECK(app.count() == 1);

    REQUIRE(settings.reset(SettingKey::SyncMode));
    CHECK(settings.syncMode() == Settings::SyncMode::Auto);
    CHECK(changed.count() == 4);
}

TEST_CASE("settings: invalid values are refused with a message and change nothing")
{
    Settings settings(freshConfig());
    QSignalSpy changed(&settings, &Settings::changed);
    QString error;
    CHECK_FALSE(settings.setValue(SettingKey::SyncMode, QStringLiteral("sometimes"), &error));
    CHECK(error.contains(QLatin1String("auto, manual")));
    CHECK_FALSE(settings.setValue(SettingKey::SpoolmanTimeoutS, 0, &error));
    CHECK(error.contains(QLatin1String("between 1 and 300")));
    CHECK_FALSE(settings.setValue(SettingKey::SpoolmanUrl, QStringLiteral("ftp://x"), &error));
    // One bad value in a batch: none is stored.
    CHECK_FALSE(settings.setValues(
        {{SettingKey::SyncDebounceMs, 10}, {SettingKey::SyncLocationTemplate, QStringLiteral("{bogus}")}}, &error));
    CHECK(error.contains(QLatin1String("{bogus}")));
    CHECK(settings.number(SettingKey::SyncDebounceMs) == 3000);
    CHECK(changed.isEmpty());
}

TEST_CASE("settings: hand-edited nonsense in the file falls back to the default")
{
    const QString path = freshConfig();
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("[sync]\ndebounce_ms=soon\nmode=manual\n[spoolman]\nauth=kerberos\n");
    file.close();
    Settings settings(path);
    CHECK(settings.number(SettingKey::SyncDebounceMs) == 3000);
    CHECK(settings.syncMode() == Settings::SyncMode::Manual);
    CHECK(settings.spoolmanAuthKind() == Settings::AuthKind::None);
}

TEST_CASE("settings: a write that cannot be saved is reported")
{
    // The parent "directory" is a regular file, so the settings file can never be created.
    const QString dir = Test::makeTempDir(QStringLiteral("settings-blocked"));
    QFile blocker(dir + QStringLiteral("/not-a-dir"));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Settings settings(blocker.fileName() + QStringLiteral("/spoolbridge.conf"));
    QSignalSpy failed(&settings, &Settings::writeFailed);
    QString error;
    CHECK_FALSE(settings.setValue(SettingKey::SyncDebounceMs, 500, &error));
    CHECK(error.contains(QLatin1String("Could not save the settings")));
    CHECK(failed.count() == 1);
    CHECK(settings.lastError() == error);
}

TEST_CASE("settings: printers are stored as a list without secrets")
{
    const QString path = freshConfig();
    Settings settings(path);
    QSignalSpy printersChanged(&settings, &Settings::printersChanged);
    PrinterEntry first = samplePrinter(QStringLiteral("Workshop X1C"), QStringLiteral("00M09A350100123"));
    first.pinnedFingerprint = QStringLiteral("AB").repeated(32);
    PrinterEntry second = samplePrinter(QStringLiteral("Garage P1S"), QStringLiteral("01P00A400200456"));
    second.mode = PrinterEntry::Mode::Cloud;
    second.host.clear();
    second.enabled = false;
    REQUIRE(settings.savePrinter(first));
    REQUIRE(settings.savePrinter(second));
    CHECK(printersChanged.count() == 2);

    Settings again(path);
    const QList<PrinterEntry> stored = again.printers();
    REQUIRE(stored.size() == 2);
    CHECK(stored.at(0) == first);
    CHECK(stored.at(1) == second);
    CHECK(again.printer(second.id)->mode == PrinterEntry::Mode::Cloud);
    CHECK_FALSE(again.printer(second.id)->enabled);

    first.name = QStringLiteral("Renamed");
    REQUIRE(again.savePrinter(first));
    CHECK(again.printers().size() == 2);
    CHECK(again.printer(first.id)->name == QLatin1String("Renamed"));

    REQUIRE(again.removePrinter(second.id));
    CHECK(again.printers().size() == 1);
    QString error;
    CHECK_FALSE(again.removePrinter(second.id, &error));
    CHECK_FALSE(error.isEmpty());

    PrinterEntry invalid = samplePrinter(QString(), QString());
    CHECK_FALSE(again.savePrinter(invalid, &error));
    CHECK(error.contains(QLatin1String("name")));
    PrinterEntry duplicate = first;
    duplicate.name = QStringLiteral("Twin");
    CHECK_FALSE(again.setPrinters({first, duplicate}, &error));
    CHECK(error.contains(first.id));
}

TEST_CASE("settings: changes written by another process are picked up and announced")
{
    const QString path = freshConfig();
    Settings writer(path);
    REQUIRE(writer.setValue(SettingKey::SyncDebounceMs, 1000));
    Settings reader(path);
    QSignalSpy changed(&reader, &Settings::changed);
    QSignalSpy sync(&reader, &Settings::syncChanged);
    QSignalSpy printersChanged(&reader, &Settings::printersChanged);
    QSignalSpy writerChanged(&writer, &Settings::changed);

    REQUIRE(writer.setValue(SettingKey::SyncMode, QStringLiteral("manual")));
    REQUIRE(Test::waitUntil([&changed] { return changed.count() >= 1; }));
    CHECK(changed.at(0).at(0).value<SettingKey>() == SettingKey::SyncMode);
    CHECK(sync.count() == 1);
    CHECK(reader.syncMode() == Settings::SyncMode::Manual);

    PrinterEntry printer = samplePrinter(QStringLiteral("Shared"), QStringLiteral("01S00C123400001"));
    REQUIRE(writer.savePrinter(printer));
    REQUIRE(Test::waitUntil([&printersChanged] { return printersChanged.count() == 1; }));
    CHECK(reader.printers().size() == 1);
    // The writer announced each of its own changes once, not again when its watcher fired.
    CHECK(writerChanged.count() == 1);
    CHECK(changed.count() == 1);
}
