#include "core/mqtt/tlscontext.h"

#include "core/mqtt/mqttoptions.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace Spoolbridge {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Spoolbridge::TlsContext", text);
}

} // namespace

TlsContext::~TlsContext()
{
    if (m_ctx)
        SSL_CTX_free(m_ctx);
}

std::unique_ptr<TlsContext> TlsContext::create(const MqttOptions &options, QString *error)
{
    std::unique_ptr<TlsContext> self(new TlsContext);
    self->m_ctx = SSL_CTX_new(TLS_client_method());
    if (!self->m_ctx) {
        *error = tr("Could not set up TLS (OpenSSL failed to create a context).");
        return nullptr;
    }
    SSL_CTX_set_min_proto_version(self->m_ctx, TLS1_2_VERSION);
    // A printer connection is idle between reports: give the 2 × ~17 KB record buffers back
    // meanwhile (≈ 3 MB with 100 printers).
    SSL_CTX_set_mode(self->m_ctx, SSL_MODE_RELEASE_BUFFERS);
    SSL_CTX_set_app_data(self->m_ctx, self.get());
    SSL_CTX_set_verify(self->m_ctx, SSL_VERIFY_PEER, &TlsContext::verifyCallback);

    int added = 0;
    for (const QString &path : options.caFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the CA certificate file %1: %2. Check the path in the printer settings.")
                         .arg(path, file.errorString());
            return nullptr;
        }
        int fromFile = 0;
        if (!self->addPem(file.readAll(), &fromFile) || fromFile == 0) {
            *error = tr("The file %1 holds no PEM certificate. Choose a CA certificate in PEM format.").arg(path);
            return nullptr;
        }
        added += fromFile;
    }
    if (!options.caPem.isEmpty() && !self->addPem(options.caPem, &added)) {
        *error = tr("The built-in CA certificates could not be loaded.");
        return nullptr;
    }
    if (options.useSystemCaStore)
        SSL_CTX_set_default_verify_paths(self->m_ctx);

    self->m_pinned = normalizeFingerprint(options.pinnedSha256);
    if (!options.pinnedSha256.isEmpty() && self->m_pinned.isEmpty()) {
        *error = tr("The pinned certificate fingerprint \"%1\" is not a SHA-256 fingerprint (64 hex digits).")
                     .arg(options.pinnedSha256);
        return nullptr;
    }
    if (added == 0 && !options.useSystemCaStore && self->m_pinned.isEmpty()) {
        *error = tr("No trusted CA certificate is configured, so the server cannot be verified.");
        return nullptr;
    }

    self->m_expectedName = options.expectedPeerName;
    if (!options.expectedPeerName.isEmpty()) {
        X509_VERIFY_PARAM *param = SSL_CTX_get0_param(self->m_ctx);
        // Printers carry CN = serial and no SAN: OpenSSL falls back to the subject CN then.
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        const QByteArray name = options.expectedPeerName.toUtf8();
        if (QHostAddress(options.expectedPeerName).isNull())
            X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
        else
            X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    }
    return self;
}

bool TlsContext::addPem(const QByteArray &pem, int *added)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return false;
    X509_STORE *store = SSL_CTX_get_cert_store(m_ctx);
    while (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        X509_STORE_add_cert(store, cert); // duplicates are ignored by OpenSSL 3
        X509_free(cert);
        ++*added;
    }
    ERR_clear_error(); // the loop ends with a "no start line" error
    BIO_free(bio);
    return true;
}

int TlsContext::verifyCallback(int preverified, X509_STORE_CTX *store)
{
    auto *ssl = static_cast<SSL *>(X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    auto *self = ssl ? static_cast<TlsContext *>(SSL_CTX_get_app_data(SSL_get_SSL_CTX(ssl))) : nullptr;
    if (!self)
        return preverified;
    X509 *leaf = X509_STORE_CTX_get0_cert(store);
    const QString fingerprint = leaf ? fingerprintOf(leaf) : QString();
    self->m_lastFingerprint = fingerprint;

    auto fail = [&](const QString &reason) {
        if (self->m_failure.failed)
            return 0;
        self->m_failure.failed = true;
        self->m_failure.reason = reason;
        self->m_failure.fingerprint = fingerprint;
        self->m_failure.subject = leaf ? subjectOf(leaf) : QString();
        qCInfo(lcMqtt) << "TLS verification failed:" << reason << "leaf" << self->m_failure.subject << fingerprint;
        return 0;
    };

    if (!self->m_pinned.isEmpty()) {
        if (fingerprint == self->m_pinned)
            return 1; // explicitly trusted by the user
        self->m_failure.pinMismatch = true;
        return fail(tr("the certificate does not match the pinned fingerprint"));
    }
    if (preverified)
        return 1;
    const int code = X509_STORE_CTX_get_error(store);
    if (code == X509_V_ERR_HOSTNAME_MISMATCH || code == X509_V_ERR_IP_ADDRESS_MISMATCH) {
        self->m_failure.nameMismatch = true;
        return fail(tr("the certificate is issued to \"%1\", not to \"%2\"")
                        .arg(leaf ? subjectOf(leaf) : QString(), self->m_expectedName));
    }
    const QString openSslReason = QString::fromUtf8(X509_verify_cert_error_string(code));
    switch (code) {
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        return fail(tr("it is not issued by a trusted CA (%1)").arg(openSslReason));
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return fail(tr("it is outside its validity period (%1); check the computer's clock").arg(openSslReason));
    default:
        break;
    }
    return fail(openSslReason);
}

QString TlsContext::normalizeFingerprint(const QString &text)
{
    QString hex = text;
    hex.remove(QRegularExpression(QStringLiteral("[^0-9A-Fa-f]")));
    if (hex.size() != 64 || text.contains(QRegularExpression(QStringLiteral("[G-Zg-z]"))))
        return {};
    hex = hex.toUpper();
    QString out;
    for (int i = 0; i < hex.size(); i += 2) {
        if (i)
            out += u':';
        out += hex.mid(i, 2);
    }
    return out;
}

QString TlsContext::fingerprintOf(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!X509_digest(certificate, EVP_sha256(), digest, &length))
        return {};
    return normalizeFingerprint(
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex()));
}

QString TlsContext::subjectOf(X509 *certificate)
{
    BIO *bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, X509_get_subject_name(certificate), 0, XN_FLAG_RFC2253);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QString subject = QString::fromUtf8(data, int(size));
    BIO_free(bio);
    return subject;
}

QStringList TlsContext::pemFingerprints(const QByteArray &pem)
{
    QStringList out;
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    while (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        out.append(fingerprintOf(cert));
        X509_free(cert);
    }
    ERR_clear_error();
    BIO_free(bio);
    return out;
}

} // namespace Spoolbridge
