#include "core/mqtt/printerdiscovery.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QUdpSocket>

using namespace Spoolbridge;

namespace {

QByteArray notify(const QString &ip, const QString &serial, const QString &model, const QString &name)
{
    return QStringLiteral("NOTIFY * HTTP/1.1\r\nHOST: 239.255.255.250:1990\r\nServer: UPnP/1.0\r\n"
                          "Location: %1\r\nNT: urn:bambulab-com:device:3dprinter:1\r\nNTS: ssdp:alive\r\n"
                          "USN: %2\r\nCache-Control: max-age=1800\r\nDevModel.bambu.com: %3\r\n"
                          "DevName.bambu.com: %4\r\nDevSignal.bambu.com: -44\r\nDevConnect.bambu.com: lan\r\n"
                          "DevBind.bambu.com: free\r\nDevseclink.bambu.com: secure\r\n"
                          "DevVersion.bambu.com: 01.07.00.00\r\n\r\n")
        .arg(ip, serial, model, name)
        .toUtf8();
}

} // namespace

TEST_CASE("discovery: parses a Bambu SSDP NOTIFY and ignores other datagrams")
{
    const auto printer
        = PrinterDiscovery::parseNotify(notify(QStringLiteral("192.168.1.50"), QStringLiteral("01P00A123456789"),
                                            QStringLiteral("C12"), QStringLiteral("Workshop P1S")),
            QHostAddress(QStringLiteral("192.168.1.50")));
    REQUIRE(printer.has_value());
    CHECK(printer->serial == QStringLiteral("01P00A123456789"));
    CHECK(printer->modelCode == QStringLiteral("C12"));
    CHECK(printer->modelName == QStringLiteral("P1S"));
    CHECK(printer->name == QStringLiteral("Workshop P1S"));
    CHECK(printer->ip == QStringLiteral("192.168.1.50"));
    CHECK(printer->connectMode == QStringLiteral("lan"));
    CHECK(printer->bindState == QStringLiteral("free"));
    CHECK(printer->firmware == QStringLiteral("01.07.00.00"));
    CHECK(printer->lastSeen.isValid());

    CHECK_FALSE(PrinterDiscovery::parseNotify(QByteArrayLiteral("M-SEARCH * HTTP/1.1\r\nST: ssdp:all\r\n\r\n"), {}));
    CHECK_FALSE(PrinterDiscovery::parseNotify(
        QByteArrayLiteral("NOTIFY * HTTP/1.1\r\nNT: upnp:rootdevice\r\nUSN: uuid:tv\r\n\r\n"), {}));
    CHECK_FALSE(PrinterDiscovery::parseNotify(QByteArrayLiteral("\x01\x02garbage"), {}));
    CHECK(PrinterDiscovery::modelName(QStringLiteral("N2S")) == QStringLiteral("A1"));
    CHECK(PrinterDiscovery::modelName(QStringLiteral("ZZ9")) == QStringLiteral("ZZ9"));
}

TEST_CASE("discovery: a datagram on loopback adds the printer, a changed IP updates it")
{
    PrinterDiscovery discovery;
    const quint16 port = Test::freeTcpPort(); // the same number is almost always free for UDP too
    discovery.setPort(port);
    discovery.setBindAddress(QHostAddress::LocalHost);
    REQUIRE(discovery.start());
    QSignalSpy discovered(&discovery, &PrinterDiscovery::printerDiscovered);
    QSignalSpy updated(&discovery, &PrinterDiscovery::printerUpdated);

    QUdpSocket sender;
    sender.writeDatagram(QByteArrayLiteral("hello"), QHostAddress::LocalHost, port);
    sender.writeDatagram(notify(QStringLiteral("127.0.0.1"), QStringLiteral("01S00C000000042"),
                             QStringLiteral("3DPrinter-X1-Carbon"), QStringLiteral("X1C")),
        QHostAddress::LocalHost, port);
    REQUIRE(Test::waitUntil([&] { return discovered.count() == 1; }));
    REQUIRE(discovery.printers().size() == 1);
    CHECK(discovery.printers().first().modelName == QStringLiteral("X1 Carbon"));
    CHECK(discovery.printers().first().ip == QStringLiteral("127.0.0.1"));

    sender.writeDatagram(notify(QStringLiteral("127.0.0.2"), QStringLiteral("01S00C000000042"),
                             QStringLiteral("3DPrinter-X1-Carbon"), QStringLiteral("X1C")),
        QHostAddress::LocalHost, port);
    REQUIRE(Test::waitUntil([&] { return updated.count() == 1; }));
    CHECK(discovery.printers().size() == 1);
    CHECK(discovery.printers().first().ip == QStringLiteral("127.0.0.2"));
    CHECK(discovered.count() == 1);
}
