#pragma once

#include <QString>
#include <QStringList>

namespace Spoolbridge {

// What to fetch from a printer's SD card over implicit FTPS (port 990, user bblp, the LAN access
// code as password), and how to trust the printer.
struct FtpsRequest {
    enum class TlsMode {
        VerifySerial, // chain against caFile and the certificate name (CN) = serial
        ChainOnly, // chain against caFile, any name (explicit choice, e.g. a printer behind NAT)
        Pinned, // no chain check, but the server key must have the pinned SHA-256
    };

    QString host; // printer IP or host name
    quint16 port = 990;
    QString serial; // the printer's serial: its certificate's CN
    QString user = QStringLiteral("bblp");
    QString accessCode;
    TlsMode tlsMode = TlsMode::VerifySerial;
    QString caFile; // PEM bundle with the BBL CAs (VerifySerial, ChainOnly)
    QString pinnedPublicKeySha256; // base64 SHA-256 of the server's public key (Pinned)
    bool plainDataChannel = false; // A1 / A1 mini: TLS data channels time out there
    bool maxTls12 = false; // P2S: handshake fails above TLS 1.2

    QString jobName; // subtask_name, e.g. "Cube"
    QString gcodeFile; // the job's gcode_file (names the 3MF on some firmware)
    bool allowNewestFallback = true; // else take the newest .3mf on the card
    QString destinationDir; // where the 3MF is saved (empty: <temp>/spoolbridge-3mf)
    int connectTimeoutMs = 10000;
    int stallTimeoutMs = 20000; // abort when nothing arrives for this long
    int totalTimeoutMs = 10 * 60 * 1000;

    // Sets the FTPS quirks of a printer model ("A1", "A1 mini", "P2S", … or the project codes
    // "N1", "N2S", "N7").
    void applyModelQuirks(const QString &model);
    // The remote paths tried in order before falling back to a listing.
    QStringList candidatePaths() const;
};

struct FtpsResult {
    enum class Error { None, LoginDenied, NotFound, Tls, Timeout, Unreachable, Cancelled, Other };
    Error error = Error::None;
    QString message; // one readable sentence when it failed
    QString localPath; // the saved 3MF; the caller removes it when done
    QString remotePath; // where it was found
    bool fromListing = false; // found as the newest .3mf, not by name
    qint64 bytes = 0;
    QStringList tried;

    bool ok() const { return error == Error::None; }
};

} // namespace Spoolbridge
