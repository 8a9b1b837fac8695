#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class QUdpSocket;

namespace Spoolbridge {

// A printer seen on the LAN through its SSDP NOTIFY announcement.
struct DiscoveredPrinter {
    QString serial; // USN
    QString modelCode; // DevModel.bambu.com, e.g. "C12", "N2S", "3DPrinter-X1-Carbon"
    QString modelName; // friendly model name, e.g. "P1S" (the code when unknown)
    QString name; // DevName.bambu.com: the name the owner gave the printer
    QString ip; // Location, else the datagram's sender
    QString connectMode; // DevConnect.bambu.com: "lan" or "cloud"
    QString bindState; // DevBind.bambu.com: "free" or "occupied"
    QString firmware; // DevVersion.bambu.com, when sent
    QDateTime lastSeen;
};

// Listens for the SSDP NOTIFY datagrams Bambu printers broadcast to UDP port 2021 (every few
// seconds, "NOTIFY * HTTP/1.1" with Location/USN/DevModel.bambu.com/DevName.bambu.com/…
// headers) and keeps the list of printers seen.
class PrinterDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterDiscovery)

public:
    static constexpr quint16 DefaultPort = 2021;

    explicit PrinterDiscovery(QObject *parent = nullptr);
    ~PrinterDiscovery() override;

    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    // Where to listen; default: every interface. Tests use 127.0.0.1.
    void setBindAddress(const QHostAddress &address) { m_bindAddress = address; }

    // Starts listening; on failure emits errorOccurred and returns false.
    bool start();
    void stop();
    bool isListening() const;

    QList<DiscoveredPrinter> printers() const { return m_printers; }

    // Parses one datagram; nullopt when it is not a Bambu printer announcement.
    static std::optional<DiscoveredPrinter> parseNotify(const QByteArray &datagram, const QHostAddress &sender);
    // "C12" → "P1S"; unknown codes are returned unchanged.
    static QString modelName(const QString &modelCode);

Q_SIGNALS:
    void printerDiscovered(const Spoolbridge::DiscoveredPrinter &printer);
    // A known printer announced itself again with changed data (IP, name, mode).
    void printerUpdated(const Spoolbridge::DiscoveredPrinter &printer);
    void errorOccurred(const QString &message);

private:
    void readDatagrams();

    QUdpSocket *m_socket = nullptr;
    quint16 m_port = DefaultPort;
    QHostAddress m_bindAddress = QHostAddress::AnyIPv4;
    QList<DiscoveredPrinter> m_printers;
};

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::DiscoveredPrinter)
