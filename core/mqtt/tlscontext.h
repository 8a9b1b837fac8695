#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct x509_st X509;
typedef struct x509_store_ctx_st X509_STORE_CTX;

namespace Spoolbridge {

struct MqttOptions;

// An OpenSSL client context for one MQTT connection: trusted CAs, expected peer name and an
// optional pinned leaf fingerprint, checked during the handshake (before CONNECT is sent).
// Records why verification failed, with the presented leaf, so the UI can offer pinning.
class TlsContext final
{
public:
    struct Failure {
        bool failed = false;
        QString reason; // readable, from OpenSSL or our own check
        QString fingerprint; // SHA-256 of the presented leaf, "AB:CD:…"
        QString subject; // RFC 2253 subject of the presented leaf
        bool nameMismatch = false;
        bool pinMismatch = false;
    };

    ~TlsContext();
    TlsContext(const TlsContext &) = delete;
    TlsContext &operator=(const TlsContext &) = delete;

    // Builds the context; returns nullptr and a readable error when a CA file is unusable.
    static std::unique_ptr<TlsContext> create(const MqttOptions &options, QString *error);

    SSL_CTX *handle() const { return m_ctx; }
    const Failure &failure() const { return m_failure; }
    // SHA-256 of the last leaf seen in a handshake (empty before one).
    QString lastPeerFingerprint() const { return m_lastFingerprint; }

    // "AB:CD:…" from any spelling ("abcd…", "AB:CD", with spaces); empty when not 32 bytes.
    static QString normalizeFingerprint(const QString &text);
    static QString fingerprintOf(X509 *certificate);
    static QString subjectOf(X509 *certificate);
    // SHA-256 fingerprints ("AB:CD:…") of every certificate in a PEM blob.
    static QStringList pemFingerprints(const QByteArray &pem);

private:
    TlsContext() = default;
    static int verifyCallback(int preverified, X509_STORE_CTX *store);
    bool addPem(const QByteArray &pem, int *added);

    SSL_CTX *m_ctx = nullptr;
    QString m_expectedName;
    QString m_pinned;
    Failure m_failure;
    QString m_lastFingerprint;
};

} // namespace Spoolbridge
