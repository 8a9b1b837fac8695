#pragma once

#include <QMetaType>
#include <QString>

namespace Spoolbridge {

// One failure of an MQTT connection, as the UI and the printer layer see it.
struct MqttError {
    enum class Kind {
        ConnectionRefused, // nothing listens on the port (or LAN mode is off on the printer)
        HostUnreachable, // no route to the host, DNS failure
        Timeout, // the server did not complete TCP/TLS/CONNACK in time
        TlsVerifyFailed, // certificate chain, name or pinned fingerprint did not match
        NotAuthorized, // CONNACK 4/5: wrong user name, access code or token
        ProtocolError, // broken TLS handshake, unexpected CONNACK, malformed data
        Other,
    };

    Kind kind = Kind::Other;
    QString message; // one readable sentence that says what to do
    // TlsVerifyFailed only: what the server presented, so the UI can offer to pin it.
    QString peerFingerprint; // SHA-256 of the leaf certificate, "AB:CD:…"
    QString peerSubject; // RFC 2253 subject of the leaf certificate
    QString tlsReason; // OpenSSL's reason, e.g. "unable to get local issuer certificate"
    bool peerNameMismatch = false; // the chain may be fine, but the certificate names someone else
};

// A short stable name for logs and tests ("TlsVerifyFailed").
QString mqttErrorKindName(MqttError::Kind kind);

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::MqttError)
