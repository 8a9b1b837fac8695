#include "core/mqtt/printerdiscovery.h"

#include "core/util/logging.h"

#include <QHash>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QUrl>

#include <algorithm>

namespace Spoolbridge {

PrinterDiscovery::PrinterDiscovery(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DiscoveredPrinter>();
}

PrinterDiscovery::~PrinterDiscovery() = default;

QString PrinterDiscovery::modelName(const QString &modelCode)
{
    // Codes printers announce (Bambu Studio's device ids; see docs/printer-sim.md for sources).
    static const QHash<QString, QString> names = {
        {QStringLiteral("3DPrinter-X1-Carbon"), QStringLiteral("X1 Carbon")},
        {QStringLiteral("BL-P001"), QStringLiteral("X1 Carbon")},
        {QStringLiteral("3DPrinter-X1"), QStringLiteral("X1")},
        {QStringLiteral("BL-P002"), QStringLiteral("X1")},
        {QStringLiteral("C13"), QStringLiteral("X1E")},
        {QStringLiteral("C11"), QStringLiteral("P1P")},
        {QStringLiteral("C12"), QStringLiteral("P1S")},
        {QStringLiteral("N7"), QStringLiteral("P2S")},
        {QStringLiteral("N1"), QStringLiteral("A1 mini")},
        {QStringLiteral("N2S"), QStringLiteral("A1")},
        {QStringLiteral("O1D"), QStringLiteral("H2D")},
        {QStringLiteral("O1S"), QStringLiteral("H2S")},
        {QStringLiteral("O1C"), QStringLiteral("H2C")},
    };
    return names.value(modelCode, modelCode);
}

std::optional<DiscoveredPrinter> PrinterDiscovery::parseNotify(const QByteArray &datagram, const QHostAddress &sender)
{
    const QList<QByteArray> lines = datagram.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QByteArray start = lines.first().trimmed().toUpper();
    // Printers send NOTIFY; an M-SEARCH answer ("HTTP/1.1 200 OK") carries the same headers.
    if (!start.startsWith("NOTIFY") && !start.startsWith("HTTP/1.1 200"))
        return std::nullopt;
    QHash<QByteArray, QString> headers;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        headers.insert(line.left(colon).trimmed().toLower(), QString::fromUtf8(line.mid(colon + 1).trimmed()));
    }
    const QString nt = headers.value("nt", headers.value("st"));
    const QString model = headers.value("devmodel.bambu.com");
    if (!nt.contains(QLatin1String("bambulab"), Qt::CaseInsensitive) && model.isEmpty())
        return std::nullopt;
    DiscoveredPrinter printer;
    printer.serial = headers.value("usn");
    if (printer.serial.startsWith(QLatin1String("uuid:"), Qt::CaseInsensitive))
        printer.serial = printer.serial.mid(5);
    if (printer.serial.isEmpty())
        return std::nullopt;
    printer.modelCode = model;
    printer.modelName = modelName(model);
    printer.name = headers.value("devname.bambu.com");
    printer.connectMode = headers.value("devconnect.bambu.com");
    printer.bindState = headers.value("devbind.bambu.com");
    printer.firmware = headers.value("devversion.bambu.com");
    QString location = headers.value("location");
    if (location.contains(QLatin1String("://")))
        location = QUrl(location).host();
    const QHostAddress address(location);
    if (!address.isNull())
        printer.ip = address.toString();
    else if (!sender.isNull())
        printer.ip = QHostAddress(sender.toIPv4Address()).toString();
    printer.lastSeen = QDateTime::currentDateTimeUtc();
    return printer;
}

bool PrinterDiscovery::start()
{
    if (isListening())
        return true;
    delete m_socket;
    m_socket = new QUdpSocket(this);
    // Share the port: Bambu Studio/Orca listen on it too.
    if (!m_socket->bind(m_bindAddress, m_port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint)) {
        const QString message = tr("Cannot listen for printers on UDP port %1 (%2). Another program may hold the "
                                   "port; add printers by IP address instead.")
                                    .arg(m_port)
                                    .arg(m_socket->errorString());
        delete m_socket;
        m_socket = nullptr;
        qCWarning(lcMqtt).noquote() << message;
        Q_EMIT errorOccurred(message);
        return false;
    }
    connect(m_socket, &QUdpSocket::readyRead, this, &PrinterDiscovery::readDatagrams);
    qCInfo(lcMqtt) << "listening for printer announcements on UDP" << m_socket->localPort();
    return true;
}

void PrinterDiscovery::stop()
{
    delete m_socket;
    m_socket = nullptr;
}

bool PrinterDiscovery::isListening() const
{
    return m_socket && m_socket->state() == QAbstractSocket::BoundState;
}

void PrinterDiscovery::readDatagrams()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(8192);
        const std::optional<DiscoveredPrinter> printer = parseNotify(datagram.data(), datagram.senderAddress());
        if (!printer)
            continue;
        auto it = std::find_if(m_printers.begin(), m_printers.end(),
            [&](const DiscoveredPrinter &known) { return known.serial == printer->serial; });
        if (it == m_printers.end()) {
            m_printers.append(*printer);
            qCInfo(lcMqtt).noquote() << "discovered" << printer->modelName << printer->serial << "at" << printer->ip;
            Q_EMIT printerDiscovered(*printer);
            continue;
        }
        const bool changed = it->ip != printer->ip || it->name != printer->name
            || it->connectMode != printer->connectMode || it->bindState != printer->bindState
            || it->firmware != printer->firmware || it->modelCode != printer->modelCode;
        *it = *printer;
        if (changed)
            Q_EMIT printerUpdated(*printer);
    }
}

} // namespace Spoolbridge
