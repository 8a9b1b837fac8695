#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// Everything MqttClient needs for one connection. TLS is always verified: either the chain
// against the given CAs (plus, when set, the expected peer name), or the pinned fingerprint.
struct MqttOptions {
    QString host;
    quint16 port = 8883;
    QString clientId; // empty: a unique "spoolbridge-<random>" id is generated per connect
    QString username;
    QString password;
    int keepAliveSeconds = 60;
    int connectTimeoutMs = 10000; // TCP + TLS + CONNACK must finish within this time

    bool useTls = true;
    QStringList caFiles; // PEM files with trusted CA certificates
    QByteArray caPem; // more trusted CA certificates, in memory (PEM, may hold several)
    bool useSystemCaStore = false; // also trust the operating system's CAs (cloud brokers)
    // The name the leaf certificate must carry (CN without SAN, or a SAN entry). For Bambu
    // printers this is the serial number; for the cloud broker its host name. Empty: the chain
    // is verified but the name is not checked.
    QString expectedPeerName;
    // SHA-256 of the leaf certificate ("AB:CD:…" or plain hex). When set, the leaf must match it
    // and chain/name problems are accepted: the user explicitly trusted this certificate.
    QString pinnedSha256;
};

} // namespace Spoolbridge
