#include "core/mqtt/printerconnection.h"

#include "core/mqtt/mqttclient.h"
#include "core/mqtt/tlscontext.h"
#include "core/util/logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QMetaMethod>
#include <QRandomGenerator>

#include <algorithm>

namespace Spoolbridge {

namespace {
// pushall is re-sent after each silent watchdog period; after this many the session is
// considered dead (half-open TCP) and replaced.
constexpr int SilentPeriodsBeforeReconnect = 3;
// Each wait for a full report after a re-sent pushall is this many times the previous one.
constexpr int FullReportBackoffFactor = 3;
// A push_status without "msg" (some H2D/X1 firmware) counts as full from this many keys on:
// full reports carry 60–100 keys, the largest delta seen so far 16.
constexpr int MinKeysOfUnmarkedFullReport = 40;
} // namespace

bool PrinterConnectionConfig::operator==(const PrinterConnectionConfig &o) const
{
    return mode == o.mode && serial == o.serial && host == o.host && port == o.port && username == o.username
        && accessCode == o.accessCode && extraCaFile == o.extraCaFile && pinnedFingerprint == o.pinnedFingerprint
        && region == o.region && cloudHost == o.cloudHost && cloudPort == o.cloudPort && uid == o.uid
        && accessToken == o.accessToken && cloudCaFile == o.cloudCaFile && keepAliveSeconds == o.keepAliveSeconds
        && connectTimeoutMs == o.connectTimeoutMs && watchdogMs == o.watchdogMs
        && fullReportTimeoutMs == o.fullReportTimeoutMs && fullReportRetries == o.fullReportRetries
        && reconnectInitialMs == o.reconnectInitialMs && reconnectMaxMs == o.reconnectMaxMs;
}

PrinterConnection::PrinterConnection(QObject *parent)
    : QObject(parent)
    , m_client(new MqttClient(this))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &PrinterConnection::handleWatchdog);
    m_fullReportTimer.setSingleShot(true);
    connect(&m_fullReportTimer, &QTimer::timeout, this, &PrinterConnection::handleFullReportTimeout);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &PrinterConnection::connectNow);
    connect(m_client, &MqttClient::connected, this, &PrinterConnection::handleConnected);
    connect(m_client, &MqttClient::disconnected, this, &PrinterConnection::handleDisconnected);
    connect(m_client, &MqttClient::errorOccurred, this, &PrinterConnection::handleError);
    connect(m_client, &MqttClient::messageReceived, this, &PrinterConnection::handleMessage);
}

PrinterConnection::~PrinterConnection() = default;

QByteArray PrinterConnection::bundledCaPem()
{
    // Read once; every connection then shares these bytes (implicitly shared) instead of holding
    // its own 16 KB copy.
    static const QByteArray pem = [] {
        QFile file(QStringLiteral(":/spoolbridge/certs/bambu-printer-ca.pem"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return pem;
}

QString PrinterConnection::stateDisplayName(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Not connected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Connected:
        return tr("Connected");
    case State::WaitingToReconnect:
        return tr("Offline, retrying");
    case State::AccessCodeRejected:
        return tr("Access code rejected");
    case State::CertificateRejected:
        return tr("Certificate not trusted");
    case State::ConfigurationError:
        return tr("Settings incomplete");
    }
    return {};
}

QString PrinterConnection::uidFromToken(const QString &token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const QByteArray json = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QString username = QJsonDocument::fromJson(json).object().value(QLatin1String("username")).toString();
    return username.startsWith(QLatin1String("u_")) ? username.mid(2) : username;
}

bool PrinterConnection::mqttOptionsFor(const PrinterConnectionConfig &config, MqttOptions *options, QString *error)
{
    *options = MqttOptions();
    options->keepAliveSeconds = config.keepAliveSeconds;
    options->connectTimeoutMs = config.connectTimeoutMs;
    options->useTls = true;
    if (config.serial.trimmed().isEmpty()) {
        *error = tr("The printer's serial number is missing. Enter it in the printer settings.");
        return false;
    }
    if (config.mode == PrinterConnectionConfig::Mode::Lan) {
        if (config.host.trimmed().isEmpty()) {
            *error = tr("The printer's IP address is missing. Enter it in the printer settings.");
            return false;
        }
        if (config.accessCode.isEmpty()) {
            *error = tr("The printer's access code is missing. Enter the 8-character code shown on the printer's "
                        "screen.");
            return false;
        }
        if (!config.extraCaFile.isEmpty()) {
            QFile caFile(config.extraCaFile);
            if (!caFile.open(QIODevice::ReadOnly) || TlsContext::pemFingerprints(caFile.readAll()).isEmpty()) {
                *error = tr("The extra CA certificate file %1 cannot be read or holds no PEM certificate. Choose "
                            "another file or clear the setting.")
                             .arg(config.extraCaFile);
                return false;
            }
        }
        if (!config.pinnedFingerprint.isEmpty()
            && TlsContext::normalizeFingerprint(config.pinnedFingerprint).isEmpty()) {
            *error = tr("The trusted certificate fingerprint \"%1\" is not a SHA-256 fingerprint (64 hex digits). "
                        "Clear it and trust the certificate again.")
                         .arg(config.pinnedFingerprint);
            return false;
        }
        options->host = config.host.trimmed();
        options->port = config.port;
        options->username = config.username.isEmpty() ? QStringLiteral("bblp") : config.username;
        options->password = config.accessCode;
        options->caPem = bundledCaPem();
        if (!config.extraCaFile.isEmpty())
            options->caFiles = {config.extraCaFile};
        options->expectedPeerName = config.serial.trimmed();
        options->pinnedSha256 = config.pinnedFingerprint;
        return true;
    }
    if (config.accessToken.isEmpty()) {
        *error = tr("No Bambu cloud token is stored. Sign in to the Bambu cloud again.");
        return false;
    }
    const QString uid = config.uid.isEmpty() ? uidFromToken(config.accessToken) : config.uid;
    if (uid.isEmpty()) {
        *error = tr("The Bambu account id could not be read from the token. Sign in to the Bambu cloud again.");
        return false;
    }
    options->host = !config.cloudHost.isEmpty()
        ? config.cloudHost
        : (config.region == QLatin1String("cn") ? QStringLiteral("cn.mqtt.bambulab.com")
                                                : QStringLiteral("us.mqtt.bambulab.com"));
    options->port = config.cloudPort;
    options->username = uid.startsWith(QLatin1String("u_")) ? uid : QStringLiteral("u_") + uid;
    options->password = config.accessToken;
    options->useSystemCaStore = true;
    if (!config.cloudCaFile.isEmpty())
        options->caFiles = {config.cloudCaFile};
    options->expectedPeerName = options->host;
    return true;
}

void PrinterConnection::setConfig(const PrinterConnectionConfig &config)
{
    if (config == m_config)
        return;
    m_config = config;
    if (m_state != State::Idle)
        reconnect();
}

void PrinterConnection::start()
{
    if (m_state == State::Idle || m_state == State::ConfigurationError)
        reconnect();
}

void PrinterConnection::stop()
{
    m_reconnectTimer.stop();
    m_watchdog.stop();
    m_fullReportTimer.stop();
    setState(State::Idle);
    m_client->disconnectFromHost();
}

void PrinterConnection::reconnect()
{
    m_reconnectTimer.stop();
    m_failures = 0;
    m_rejectedCertificate = {};
    connectNow();
}

int PrinterConnection::connectionAttempts() const
{
    return m_client->connectionAttempts();
}

QString PrinterConnection::reportTopic() const
{
    return QStringLiteral("device/%1/report").arg(m_config.serial.trimmed());
}

QString PrinterConnection::requestTopic() const
{
    return QStringLiteral("device/%1/request").arg(m_config.serial.trimmed());
}

bool PrinterConnection::sendRequest(const QJsonObject &request)
{
    QJsonObject out = request;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (!it.value().isObject())
            continue;
        QJsonObject body = it.value().toObject();
        if (!body.contains(QLatin1String("sequence_id"))) {
            body.insert(QLatin1String("sequence_id"), QString::number(++m_sequence));
            it.value() = body;
        }
    }
    return m_client->publish(requestTopic(), QJsonDocument(out).toJson(QJsonDocument::Compact));
}

bool PrinterConnection::requestFullStatus()
{
    return sendRequest({{QStringLiteral("pushing"),
        QJsonObject {{QStringLiteral("command"), QStringLiteral("pushall")}, {QStringLiteral("version"), 1},
            {QStringLiteral("push_target"), 1}}}});
}

bool PrinterConnection::requestVersion()
{
    return sendRequest(
        {{QStringLiteral("info"), QJsonObject {{QStringLiteral("command"), QStringLiteral("get_version")}}}});
}

void PrinterConnection::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PrinterConnection::reportError(const QString &message)
{
    m_lastError = message;
    qCInfo(lcMqtt).noquote() << "printer" << m_config.serial << ":" << message;
    Q_EMIT errorOccurred(message);
}

void PrinterConnection::connectNow()
{
    m_watchdog.stop();
    m_fullReportTimer.stop();
    MqttOptions options;
    QString error;
    if (!mqttOptionsFor(m_config, &options, &error)) {
        m_client->disconnectFromHost();
        setState(State::ConfigurationError);
        reportError(error);
        return;
    }
    m_client->setOptions(options);
    m_reportedMalformed = false;
    setState(State::Connecting);
    m_client->connectToHost();
}

void PrinterConnection::handleConnected()
{
    m_failures = 0;
    m_silentPeriods = 0;
    m_lastError.clear();
    m_client->subscribe(reportTopic());
    requestVersion();
    requestFullStatus();
    m_sinceMessage.invalidate();
    // Without re-sends there is nothing to wait for (and no reason to parse reports for it).
    m_haveFullReport = m_config.fullReportRetries <= 0;
    m_fullReportRetriesDone = 0;
    m_fullReportWaitMs = qMax(10, m_config.fullReportTimeoutMs);
    if (m_config.fullReportRetries > 0)
        m_fullReportTimer.start(m_fullReportWaitMs);
    m_watchdog.start(m_config.watchdogMs);
    setState(State::Connected);
    Q_EMIT connected();
}

void PrinterConnection::handleDisconnected(const QString &reason)
{
    m_watchdog.stop();
    m_fullReportTimer.stop();
    if (m_state != State::Connected)
        return;
    if (m_silentPeriods >= SilentPeriodsBeforeReconnect) {
        reportError(tr("The printer has not sent anything for %1 s. Reconnecting…")
                        .arg(m_silentPeriods * m_config.watchdogMs / 1000));
    } else {
        reportError(tr("The connection to the printer was lost (%1). Reconnecting…")
                        .arg(reason.isEmpty() ? tr("closed") : reason));
    }
    scheduleReconnect();
}

void PrinterConnection::handleError(const MqttError &error)
{
    m_watchdog.stop();
    m_fullReportTimer.stop();
    const bool lan = m_config.mode == PrinterConnectionConfig::Mode::Lan;
    switch (error.kind) {
    case MqttError::Kind::NotAuthorized:
        setState(State::AccessCodeRejected);
        reportError(lan ? tr("The printer rejected the access code. Enter the 8-character access code shown on the "
                             "printer's screen (network settings) and connect again.")
                        : tr("The Bambu cloud rejected the sign-in token. Sign in to the Bambu cloud again."));
        return;
    case MqttError::Kind::TlsVerifyFailed:
        m_rejectedCertificate = {error.peerFingerprint, error.peerSubject, error.tlsReason};
        setState(State::CertificateRejected);
        if (lan && error.peerNameMismatch) {
            reportError(tr("The device at %1 identifies itself as \"%2\", not as the configured serial %3. Check the "
                           "serial number and the IP address in the printer settings (another printer may have this "
                           "address now). Certificate SHA-256: %4.")
                            .arg(m_config.host, error.peerSubject, m_config.serial, error.peerFingerprint));
        } else if (lan) {
            reportError(tr("The printer's certificate could not be verified: %1. If this is your printer (serial %2), "
                           "trust its certificate with SHA-256 fingerprint %3 in the printer settings.")
                            .arg(error.tlsReason, m_config.serial, error.peerFingerprint));
        } else {
            reportError(error.message);
        }
        Q_EMIT certificateRejected(error.peerFingerprint, error.peerSubject, error.tlsReason);
        return;
    default:
        break;
    }
    scheduleReconnect();
    reportError(tr("%1 Retrying in %2 s.").arg(error.message).arg((m_nextDelayMs + 999) / 1000));
}

void PrinterConnection::scheduleReconnect()
{
    const int initial = qMax(10, m_config.reconnectInitialMs);
    const int cap = qMax(initial, m_config.reconnectMaxMs);
    const double base = std::min(double(cap), initial * double(1LL << std::min(m_failures, 20)));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    m_nextDelayMs = int(std::min(double(cap), base * jitter));
    ++m_failures;
    setState(State::WaitingToReconnect);
    m_reconnectTimer.start(m_nextDelayMs);
}

void PrinterConnection::handleMessage(const QString &topic, const QByteArray &payload)
{
    if (topic != reportTopic())
        return;
    m_silentPeriods = 0;
    m_lastMessageAt = QDateTime::currentDateTimeUtc();
    // The watchdog keeps running; it checks this clock when it fires (restarting a timer for every
    // message costs more than the message itself with 100 printers).
    m_sinceMessage.start();
    Q_EMIT messageReceived(payload);
    // A second parse only pays off for receivers of the parsed report. The app's sessions parse
    // the raw payload themselves (PrinterModel) and report a malformed one via reportMalformed().
    // Until the full report after a connect has arrived, every report is parsed anyway to notice it
    // (a lost pushall is asked again); that is a handful of messages per connect.
    static const QMetaMethod parsedSignal = QMetaMethod::fromSignal(&PrinterConnection::reportReceived);
    if (m_haveFullReport && !isSignalConnected(parsedSignal))
        return;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (!doc.isObject()) {
        qCWarning(lcMqtt) << "ignored a report that is not a JSON object:" << parseError.errorString();
        reportMalformed(tr("The printer sent a message that is not valid JSON (%1); it was ignored. If this "
                           "repeats, update the printer firmware.")
                            .arg(parseError.errorString()));
        return;
    }
    if (!m_haveFullReport && isFullReport(doc.object())) {
        m_haveFullReport = true;
        m_fullReportTimer.stop();
        if (m_fullReportRetriesDone > 0) {
            qCInfo(lcMqtt) << "printer" << m_config.serial << "sent its full report after" << m_fullReportRetriesDone
                           << "repeated pushall request(s)";
        }
    }
    Q_EMIT reportReceived(doc.object());
}

void PrinterConnection::reportMalformed(const QString &message)
{
    if (m_reportedMalformed)
        return;
    m_reportedMalformed = true;
    reportError(message);
}

bool PrinterConnection::isFullReport(const QJsonObject &report)
{
    const QJsonValue printValue = report.value(QLatin1String("print"));
    if (!printValue.isObject())
        return false;
    const QJsonObject print = printValue.toObject();
    const QJsonValue command = print.value(QLatin1String("command"));
    if (!command.isUndefined() && command.toString() != QLatin1String("push_status"))
        return false;
    const QJsonValue msg = print.value(QLatin1String("msg"));
    if (msg.isUndefined())
        return print.size() >= MinKeysOfUnmarkedFullReport;
    return msg.isDouble() && msg.toInt(-1) == 0;
}

void PrinterConnection::handleFullReportTimeout()
{
    if (m_state != State::Connected || m_haveFullReport)
        return;
    if (m_fullReportRetriesDone >= m_config.fullReportRetries) {
        qCWarning(lcMqtt) << "printer" << m_config.serial << "sent no full report after" << 1 + m_fullReportRetriesDone
                          << "pushall requests; not asking again (the silence watchdog still does after"
                          << m_config.watchdogMs / 1000 << "s without any message)";
        return;
    }
    ++m_fullReportRetriesDone;
    qCInfo(lcMqtt) << "printer" << m_config.serial << "sent no full report within" << m_fullReportWaitMs
                   << "ms; requesting it again (" << m_fullReportRetriesDone << "of" << m_config.fullReportRetries
                   << ")";
    requestFullStatus();
    m_fullReportWaitMs *= FullReportBackoffFactor;
    m_fullReportTimer.start(m_fullReportWaitMs);
}

void PrinterConnection::handleWatchdog()
{
    if (m_state != State::Connected)
        return;
    if (m_sinceMessage.isValid()) {
        const qint64 quietMs = m_sinceMessage.elapsed();
        if (quietMs < m_config.watchdogMs) {
            // Something arrived meanwhile: the silence counts from that message.
            m_watchdog.start(int(m_config.watchdogMs - quietMs));
            return;
        }
    }
    ++m_silentPeriods;
    if (m_silentPeriods >= SilentPeriodsBeforeReconnect) {
        m_client->disconnectFromHost(); // handleDisconnected reports and schedules the retry
        return;
    }
    qCInfo(lcMqtt) << "printer" << m_config.serial << "silent; requesting a full status";
    requestFullStatus();
    m_sinceMessage.invalidate(); // the next period is silent unless a message restarts the clock
    m_watchdog.start(m_config.watchdogMs);
}

} // namespace Spoolbridge
