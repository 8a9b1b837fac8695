#include "brokerfixture.h"

#include "core/cli/commandtable.h"
#include "support/clirun.h"
#include "support/testsupport.h"
#include "tools/printer-sim/printersimulator.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUdpSocket>

using namespace Spoolbridge;

namespace {

using CliRun = Test::CliResult;
using Test::runCli;

} // namespace

TEST_CASE("cli: printer-check connects to the simulated printer and reports a wrong access code")
{
    auto broker = Test::startBroker();
    Sim::PrinterSimulator sim;
    Sim::PrinterSimulator::Options options;
    options.port = broker->port();
    options.serial = broker->serial();
    options.accessCode = broker->accessCode();
    options.caFile = broker->caFile();
    options.reportFixture = Test::fixturePath(QStringLiteral("h2d-pushall-ams-amsht-printing.json"));
    options.versionFixture = Test::fixturePath(QStringLiteral("h2d-get_version-ams-amsht.json"));
    QString error;
    REQUIRE(sim.setOptions(options, &error));
    sim.start();
    REQUIRE(Test::waitUntil([&] { return sim.isOnline(); }));

    const QStringList base {QStringLiteral("printer-check"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
        QStringLiteral("--port"), QString::number(broker->port()), QStringLiteral("--serial"), broker->serial(),
        QStringLiteral("--ca"), broker->caFile(), QStringLiteral("--timeout"), QStringLiteral("5")};
    const CliRun ok = runCli(base + QStringList {QStringLiteral("--access-code"), broker->accessCode()});
    INFO(ok.out.toStdString() << ok.err.toStdString());
    CHECK(ok.code == 0);
    const QJsonObject result = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    CHECK(result.value(QLatin1String("state")).toString() == QLatin1String("Connected"));
    CHECK(result.value(QLatin1String("amsUnits")).toInt() == 2);
    CHECK(result.value(QLatin1String("modules")).toInt() > 0);

    const CliRun bad = runCli(base + QStringList {QStringLiteral("--access-code"), QStringLiteral("99999999")});
    CHECK(bad.code == 1);
    CHECK(QJsonDocument::fromJson(bad.out.toUtf8()).object().value(QLatin1String("state")).toString()
        == QLatin1String("AccessCodeRejected"));
    CHECK(bad.err.contains(QStringLiteral("rejected the access code")));

    const CliRun untrusted = runCli(QStringList {QStringLiteral("printer-check"), QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(broker->port()),
        QStringLiteral("--serial"), broker->serial(), QStringLiteral("--access-code"), broker->accessCode()});
    CHECK(untrusted.code == 1);
    CHECK(QJsonDocument::fromJson(untrusted.out.toUtf8())
              .object()
              .value(QLatin1String("certificateFingerprint"))
              .toString()
              .size()
        == 95);
}

TEST_CASE("cli: discover lists a printer that announces itself")
{
    const quint16 port = Test::freeTcpPort();
    QUdpSocket sender;
    QTimer::singleShot(200, [&] {
        sender.writeDatagram(QByteArrayLiteral("NOTIFY * HTTP/1.1\r\nLocation: 127.0.0.1\r\n"
                                               "NT: urn:bambulab-com:device:3dprinter:1\r\nUSN: 03919A000000007\r\n"
                                               "DevModel.bambu.com: N2S\r\nDevName.bambu.com: Desk A1\r\n"
                                               "DevConnect.bambu.com: lan\r\nDevBind.bambu.com: free\r\n\r\n"),
            QHostAddress::LocalHost, port);
    });
    const CliRun run = runCli({QStringLiteral("discover"), QStringLiteral("--seconds"), QStringLiteral("0.8"),
        QStringLiteral("--port"), QString::number(port)});
    CHECK(run.code == 0);
    const QJsonArray printers = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(printers.size() == 1);
    CHECK(printers.at(0).toObject().value(QLatin1String("serial")).toString() == QLatin1String("03919A000000007"));
    CHECK(printers.at(0).toObject().value(QLatin1String("model")).toString() == QLatin1String("A1"));
}
