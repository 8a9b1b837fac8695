// bench/soak (Spoolman outages and exactly-once usage): the real daemon `spoolbridge-cli run`
// against a simulated X1C (real TLS mosquitto, RFID spools) and the Spoolman stand-in (a child
// process on a database file). Scripted print jobs whose usage is known in advance (the AMS
// remain delta: every percent of a 1000 g spool is 10 g) finish while the stand-in is killed
// and started again — before a job end, right after it (mid-delivery), right after applying the
// ledger's intent or the /use (reply lost), across two job ends — and the daemon itself is
// SIGKILLed mid-job, with usage pending, mid-delivery, and while a job ends (down across FINISH).
// At the end, once the ledger is drained, every spool's used_weight in Spoolman must have grown
// by exactly the grams the jobs used, and the daemon's ledger must say the same: no gram lost,
// none counted twice. Also: no daemon crash, VmRSS sampled, drain time after each outage.
//
//   spoolbridge-bench-soak-outages [--jobs 20] [--seed N] [--keep]
//
// Prints one line per job and outage, a summary, and `PASS`/`FAIL`; exit code 1 on FAIL.
#include "outagerig.h"
#include "soakplan.h"
#include "soakrun.h"

#include "core/settings/printerentry.h"
#include "core/settings/settings.h"
#include "tools/printer-sim/mosquittobroker.h"
#include "tools/printer-sim/printersimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Spoolbridge;
using namespace Spoolbridge::Soak;

namespace {

const QString serial = QStringLiteral("01P00A000000001");
const QString accessCode = QStringLiteral("12345678");

bool writeConfig(const QString &file, const Sim::MosquittoBroker &broker, const QUrl &spoolman, QString *error)
{
    Settings settings(file);
    PrinterEntry entry = PrinterEntry::create();
    entry.name = QStringLiteral("Soak X1C");
    entry.host = QStringLiteral("127.0.0.1");
    entry.port = broker.port();
    entry.serial = serial;
    entry.model = QStringLiteral("X1C");
    entry.caFile = broker.caFile();
    return settings.setValue(SettingKey::SpoolmanUrl, spoolman.toString(), error)
        && settings.setValue(SettingKey::SyncDebounceMs, 500, error)
        && settings.setValue(SettingKey::SecretsBackend, QStringLiteral("env"), error)
        && settings.savePrinter(entry, error);
}

QString tagOf(const QJsonObject &spool)
{
    const QString raw = spool.value(QLatin1String("extra")).toObject().value(QLatin1String("tag")).toString();
    const QJsonDocument decoded = QJsonDocument::fromJson("[" + raw.toUtf8() + "]");
    return decoded.isArray() ? decoded.array().first().toString().toUpper() : raw.toUpper();
}

// used_weight per tag (upper case) of the spools carrying one of `tags`.
QHash<QString, double> usedByTag(const QJsonArray &spools, const QStringList &tags)
{
    QHash<QString, double> used;
    for (const QJsonValue &value : spools) {
        const QJsonObject spool = value.toObject();
        const QString tag = tagOf(spool);
        if (tags.contains(tag))
            used[tag] += spool.value(QLatin1String("used_weight")).toDouble();
    }
    return used;
}

int countTags(const QJsonArray &spools, const QString &tag)
{
    int count = 0;
    for (const QJsonValue &value : spools)
        count += tagOf(value.toObject()) == tag ? 1 : 0;
    return count;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, qint64 fallback) {
        const int index = int(args.indexOf(name));
        return index > 0 && index + 1 < args.size() ? args.at(index + 1).toLongLong() : fallback;
    };
    const int jobCount = int(std::clamp<qint64>(option(QStringLiteral("--jobs"), 20), 1, 200));
    const quint32 seed = quint32(option(QStringLiteral("--seed"), QRandomGenerator::global()->bounded(1000000)));
    const bool keep = args.contains(QStringLiteral("--keep"));

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/sb-soak-outages-XXXXXX"));
    dir.setAutoRemove(false); // removed at the end unless a check failed or --keep
    std::printf("soak-outages: %d jobs, seed %u, files in %s\n", jobCount, seed, qPrintable(dir.path()));

    Sim::MosquittoBroker broker;
    Sim::MosquittoBroker::Setup brokerSetup;
    brokerSetup.directory = dir.path() + QStringLiteral("/broker");
    brokerSetup.serial = serial;
    brokerSetup.accessCode = accessCode;
    QString error;
    if (!broker.prepare(brokerSetup, &error) || !broker.start(&error)) {
        std::fprintf(stderr, "soak-outages: %s\n", qPrintable(error));
        return 2;
    }

    OutageRig::Setup rigSetup;
    rigSetup.cli = QStringLiteral(SB_SOAK_CLI);
    rigSetup.standin = QStringLiteral(SB_SOAK_STANDIN);
    rigSetup.directory = dir.path();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES")); // the ledger's info lines are the soak's clock
    environment.insert(QStringLiteral("SPOOLBRIDGE_ACCESS_CODE_") + serial, accessCode);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.path() + QStringLiteral("/xdg-data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path() + QStringLiteral("/xdg-config"));
    rigSetup.daemonEnvironment = environment;
    OutageRig rig(rigSetup);
    if (!rig.startStandin(&error)) {
        std::fprintf(stderr, "soak-outages: %s\n", qPrintable(error));
        return 2;
    }

    Sim::PrinterSimulator printer;
    Sim::PrinterSimulator::Options simOptions;
    simOptions.port = broker.port();
    simOptions.serial = serial;
    simOptions.accessCode = accessCode;
    simOptions.caFile = broker.caFile();
    simOptions.reportFixture = QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-pushall-2ams-ams2pro-amsht.json");
    simOptions.versionFixture = QStringLiteral(SB_PRINTERSIM_FIXTURES_DIR "/x1c-get_version-2ams-ams2pro-amsht.json");
    simOptions.deltaIntervalMs = 2000;
    if (!printer.setOptions(simOptions, &error)) {
        std::fprintf(stderr, "soak-outages: %s\n", qPrintable(error));
        return 2;
    }
    printer.start();
    if (!waitFor([&] { return printer.isOnline(); }, 15000)) {
        std::fprintf(stderr, "soak-outages: the simulated printer did not come online\n");
        return 2;
    }

    SoakPlan plan(jobCount, seed);
    for (const SoakPlan::Spool &spool : plan.spools())
        printer.insertSpool(spool.unit, spool.slot, QStringLiteral("PLA"), spool.color, spool.tag, 100);

    const QString configFile = dir.path() + QStringLiteral("/settings.ini");
    if (!writeConfig(configFile, broker, rig.standinUrl(), &error) || !rig.startDaemon(configFile, &error)) {
        std::fprintf(stderr, "soak-outages: %s\n", qPrintable(error));
        return 2;
    }
    // The daemon creates the six RFID spools; their used_weight then is the baseline.
    QHash<QString, double> baseline;
    const bool created = waitFor(
        [&] {
            const std::optional<QJsonArray> spools = rig.spools();
            if (!spools)
                return false;
            for (const QString &tag : plan.tags()) {
                if (countTags(*spools, tag) != 1)
                    return false;
            }
            baseline = usedByTag(*spools, plan.tags());
            return true;
        },
        60000);
    if (!created) {
        std::fprintf(
            stderr, "soak-outages: the daemon did not create the RFID spools (see %s)\n", qPrintable(rig.logPath()));
        return 2;
    }
    sleepEvents(1500); // let the first sync settle (locations)

    SoakRun run(&rig, &printer, &plan, configFile);
    run.execute();
    const SoakReport report = run.finish(baseline);
    report.print();
    if (report.passed() && !keep)
        dir.remove();
    else
        std::printf("soak-outages: files kept in %s\n", qPrintable(dir.path()));
    printer.stop();
    broker.stop();
    return report.passed() ? 0 : 1;
}
