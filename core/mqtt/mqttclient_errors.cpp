// MqttClient: turning libmosquitto return codes, errno values, CONNACK codes and TLS
// verification results into one readable MqttError.
#include "core/mqtt/mqttclient.h"
#include "core/mqtt/tlscontext.h"

#include <cerrno>
#include <cstring>
#include <mosquitto.h>

namespace Spoolbridge {

QString mqttErrorKindName(MqttError::Kind kind)
{
    switch (kind) {
    case MqttError::Kind::ConnectionRefused:
        return QStringLiteral("ConnectionRefused");
    case MqttError::Kind::HostUnreachable:
        return QStringLiteral("HostUnreachable");
    case MqttError::Kind::Timeout:
        return QStringLiteral("Timeout");
    case MqttError::Kind::TlsVerifyFailed:
        return QStringLiteral("TlsVerifyFailed");
    case MqttError::Kind::NotAuthorized:
        return QStringLiteral("NotAuthorized");
    case MqttError::Kind::ProtocolError:
        return QStringLiteral("ProtocolError");
    case MqttError::Kind::Other:
        break;
    }
    return QStringLiteral("Other");
}

MqttError MqttClient::connackError(int rc) const
{
    if (rc == 4 || rc == 5) {
        return {MqttError::Kind::NotAuthorized,
            tr("%1 rejected the user name or password (access code). Check the credentials and try again.")
                .arg(m_options.host),
            {}, {}, {}};
    }
    return {MqttError::Kind::ProtocolError,
        tr("%1 refused the MQTT connection: %2.").arg(m_options.host, QString::fromUtf8(mosquitto_connack_string(rc))),
        {}, {}, {}};
}

MqttError MqttClient::tlsError() const
{
    if (m_tls && m_tls->failure().failed) {
        const TlsContext::Failure &failure = m_tls->failure();
        MqttError error {MqttError::Kind::TlsVerifyFailed, {}, failure.fingerprint, failure.subject, failure.reason,
            failure.nameMismatch};
        error.message = tr("The certificate of %1 could not be verified: %2. If you trust this device, pin its "
                           "certificate (SHA-256 %3).")
                            .arg(m_options.host, failure.reason, failure.fingerprint);
        return error;
    }
    QString reason = m_lastLogError;
    if (reason.isEmpty())
        reason = tr("unknown TLS error");
    return {MqttError::Kind::ProtocolError,
        tr("The TLS handshake with %1:%2 failed (%3). Check that the port speaks MQTT over TLS.")
            .arg(m_options.host)
            .arg(m_options.port)
            .arg(reason),
        {}, {}, {}};
}

MqttError MqttClient::errorFromCode(int rc, int savedErrno) const
{
    const QString where = QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
    if (rc == MOSQ_ERR_TLS || (m_tls && m_tls->failure().failed))
        return tlsError();
    if (rc == MOSQ_ERR_ERRNO) {
        switch (savedErrno) {
        case ECONNREFUSED:
            return {MqttError::Kind::ConnectionRefused,
                tr("%1 refused the connection. Check the address and port, and that LAN mode is enabled on the "
                   "printer.")
                    .arg(where),
                {}, {}, {}};
        case EHOSTUNREACH:
        case ENETUNREACH:
        case EHOSTDOWN:
        case ENETDOWN:
            return {MqttError::Kind::HostUnreachable,
                tr("%1 cannot be reached (%2). Check the address and the network.")
                    .arg(where, QString::fromLocal8Bit(strerror(savedErrno))),
                {}, {}, {}};
        case ETIMEDOUT:
            return {MqttError::Kind::Timeout,
                tr("%1 did not answer. Check the address and that the printer is on.").arg(where), {}, {}, {}};
        case EPROTO:
            return tlsError();
        default:
            break;
        }
        return {MqttError::Kind::Other,
            tr("The connection to %1 failed: %2.").arg(where, QString::fromLocal8Bit(strerror(savedErrno))), {}, {},
            {}};
    }
    if (rc == MOSQ_ERR_EAI || rc == MOSQ_ERR_UNKNOWN) {
        return {MqttError::Kind::HostUnreachable,
            tr("The host name %1 could not be resolved. Check the address.").arg(m_options.host), {}, {}, {}};
    }
    if (rc == MOSQ_ERR_KEEPALIVE) {
        return {MqttError::Kind::Timeout, tr("%1 stopped answering while connecting. Check the network.").arg(where),
            {}, {}, {}};
    }
    if (rc == MOSQ_ERR_CONN_REFUSED)
        return connackError(5);
    if (rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_NO_CONN) {
        return {MqttError::Kind::ProtocolError,
            tr("%1 closed the connection before it was established. Check the port and the TLS settings.").arg(where),
            {}, {}, {}};
    }
    return {MqttError::Kind::Other,
        tr("The connection to %1 failed: %2.").arg(where, QString::fromUtf8(mosquitto_strerror(rc))), {}, {}, {}};
}

} // namespace Spoolbridge
