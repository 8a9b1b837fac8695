#pragma once

#include <QString>

namespace Spoolbridge {

// How to reach one printer. Secrets (access code, token) are held here in memory only; the
// caller loads them from the secret store.
struct PrinterConnectionConfig {
    enum class Mode {
        Lan,
        Cloud,
    };

    Mode mode = Mode::Lan;
    QString serial; // device serial number: topics and (LAN) the certificate name

    // LAN
    QString host; // printer IP or host name
    quint16 port = 8883;
    QString username = QStringLiteral("bblp");
    QString accessCode; // 8 characters from the printer's screen
    QString extraCaFile; // PEM, trusted in addition to the built-in Bambu CA bundle
    // SHA-256 of the printer's certificate the user chose to trust (trust on first use);
    // stored by the caller. When set it replaces chain and name checks.
    QString pinnedFingerprint;

    // Cloud
    QString region = QStringLiteral("us"); // "us" (global) or "cn"
    QString cloudHost; // overrides the region broker (tests)
    quint16 cloudPort = 8883;
    QString uid; // account id; decoded from the token when empty
    QString accessToken;
    QString cloudCaFile; // extra CA for the cloud broker (tests); the system store is used too

    // Timing
    int keepAliveSeconds = 60;
    int connectTimeoutMs = 10000;
    int watchdogMs = 60000; // silence after which pushall is sent again
    // After a connect, pushall is sent again when no full report has arrived within this time
    // (a pushall can get lost, e.g. when the printer's own client was not subscribed yet, while
    // deltas keep flowing). Each further wait is three times longer: 2, 6, 18 s by default.
    int fullReportTimeoutMs = 2000;
    // How often pushall is re-sent that way per connection (0: never). Kept small: some
    // printers (P1P) lag when asked for pushall often.
    int fullReportRetries = 3;
    int reconnectInitialMs = 1000;
    int reconnectMaxMs = 60000;

    bool operator==(const PrinterConnectionConfig &other) const;
    bool operator!=(const PrinterConnectionConfig &other) const { return !(*this == other); }
};

} // namespace Spoolbridge
