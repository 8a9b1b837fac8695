#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// One configured printer. Holds no secret: the LAN access code and the cloud token live in
// the SecretStore under SecretStore::printerAccessCodeKey(id).
struct PrinterEntry {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::PrinterEntry)

public:
    enum class Mode {
        Lan,
        Cloud,
    };

    QString id; // a UUID without braces, stable for the life of the entry
    QString name;
    Mode mode = Mode::Lan;
    QString host; // LAN: address of the printer
    int port = 8883;
    QString serial;
    QString model; // "X1C", "P1S", "A1", …
    QString pinnedFingerprint; // SHA-256 of the printer certificate, hex; "" = not pinned
    QString caFile; // extra CA certificate (PEM) to trust for this printer
    bool enabled = true;

    // A new entry with a fresh id.
    static PrinterEntry create();

    static QString modeName(Mode mode); // "lan" / "cloud"
    static bool modeFromName(const QString &name, Mode *mode);

    QJsonObject toJson() const;
    // Reads an entry; returns false with a readable message when a field is invalid.
    static bool fromJson(const QJsonObject &object, PrinterEntry *entry, QString *error);

    // Readable problems with this entry (empty when it can be used).
    QStringList validate() const;

    bool operator==(const PrinterEntry &other) const;
    bool operator!=(const PrinterEntry &other) const { return !(*this == other); }
};

} // namespace Spoolbridge
