#include "tools/printer-sim/printersimulator.h"

#include "core/mqtt/mqttclient.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

namespace Spoolbridge::Sim {

namespace {

bool readJsonObject(const QString &path, QJsonObject *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(path, parseError.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

// Seconds since the epoch from "2025-12-19 18:22:45", an ISO date or a number.
double timestampSeconds(const QJsonValue &ts)
{
    if (ts.isDouble())
        return ts.toDouble();
    QDateTime time = QDateTime::fromString(ts.toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(ts.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() / 1000.0 : 0.0;
}

} // namespace

PrinterSimulator::PrinterSimulator(QObject *parent)
    : QObject(parent)
    , m_client(new MqttClient(this))
{
    connect(m_client, &MqttClient::connected, this, [this] {
        m_client->subscribe(requestTopic());
        m_online = true;
        Q_EMIT online();
    });
    connect(m_client, &MqttClient::disconnected, this, [this] {
        m_online = false;
        Q_EMIT offline();
        retryLater();
    });
    connect(m_client, &MqttClient::errorOccurred, this, [this](const MqttError &error) {
        Q_EMIT problem(error.message);
        retryLater();
    });
    connect(m_client, &MqttClient::messageReceived, this, &PrinterSimulator::handleMessage);
    connect(&m_deltaTimer, &QTimer::timeout, this, &PrinterSimulator::publishTick);
    m_replayTimer.setSingleShot(true);
    connect(&m_replayTimer, &QTimer::timeout, this, &PrinterSimulator::replayNext);
    m_scriptTimer.setSingleShot(true);
    connect(&m_scriptTimer, &QTimer::timeout, this, &PrinterSimulator::scriptNext);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(100);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_running)
            m_client->connectToHost();
    });
}

PrinterSimulator::~PrinterSimulator() = default;

bool PrinterSimulator::setOptions(const Options &options, QString *error)
{
    m_options = options;
    if (!readJsonObject(options.reportFixture, &m_report, error)
        || !readJsonObject(options.versionFixture, &m_version, error))
        return false;
    if (!m_report.value(QLatin1String("print")).isObject()) {
        *error = QStringLiteral("%1 has no \"print\" object").arg(options.reportFixture);
        return false;
    }
    MqttOptions mqtt;
    mqtt.host = options.host;
    mqtt.port = options.port;
    mqtt.clientId = QStringLiteral("printer-sim-%1").arg(options.serial);
    mqtt.username = options.username;
    mqtt.password = options.accessCode;
    mqtt.caFiles = {options.caFile};
    mqtt.expectedPeerName = options.serial;
    mqtt.keepAliveSeconds = 30;
    mqtt.connectTimeoutMs = 3000;
    m_client->setOptions(mqtt);
    return true;
}

void PrinterSimulator::start()
{
    m_running = true;
    m_client->connectToHost();
    if (m_options.deltaIntervalMs > 0)
        m_deltaTimer.start(m_options.deltaIntervalMs);
}

void PrinterSimulator::setDeltaInterval(int ms)
{
    m_options.deltaIntervalMs = ms;
    if (ms > 0 && m_running)
        m_deltaTimer.start(ms);
    else
        m_deltaTimer.stop();
}

void PrinterSimulator::stop()
{
    m_running = false;
    m_deltaTimer.stop();
    m_replayTimer.stop();
    m_scriptTimer.stop();
    m_retryTimer.stop();
    m_client->disconnectFromHost();
    m_online = false;
}

void PrinterSimulator::retryLater()
{
    m_online = false;
    if (m_running)
        m_retryTimer.start();
}

QString PrinterSimulator::reportTopic() const
{
    return QStringLiteral("device/%1/report").arg(m_options.serial);
}

QString PrinterSimulator::requestTopic() const
{
    return QStringLiteral("device/%1/request").arg(m_options.serial);
}

QString PrinterSimulator::nextSequence()
{
    return QString::number(++m_sequence);
}

void PrinterSimulator::publish(const QJsonObject &message)
{
    m_client->publish(reportTopic(), QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void PrinterSimulator::handleMessage(const QString &topic, const QByteArray &payload)
{
    if (topic != requestTopic())
        return;
    const QJsonObject request = QJsonDocument::fromJson(payload).object();
    Q_EMIT requestReceived(request);
    const QJsonObject pushing = request.value(QLatin1String("pushing")).toObject();
    const QJsonObject info = request.value(QLatin1String("info")).toObject();
    if (pushing.value(QLatin1String("command")).toString() == QLatin1String("pushall")) {
        if (++m_pushallRequests > m_options.ignoredPushalls)
            publishFullReport(pushing.value(QLatin1String("sequence_id")).toString());
    } else if (info.value(QLatin1String("command")).toString() == QLatin1String("get_version")) {
        ++m_versionRequests;
        QJsonObject answer = m_version;
        QJsonObject body = answer.value(QLatin1String("info")).toObject();
        body.insert(QLatin1String("sequence_id"), info.value(QLatin1String("sequence_id")));
        answer.insert(QLatin1String("info"), body);
        publish(answer);
    }
}

void PrinterSimulator::publishFullReport(const QString &sequenceId)
{
    QJsonObject print = m_report.value(QLatin1String("print")).toObject();
    print.insert(QLatin1String("command"), QStringLiteral("push_status"));
    print.insert(QLatin1String("msg"), 0);
    print.insert(QLatin1String("sequence_id"), sequenceId.isEmpty() ? nextSequence() : sequenceId);
    publish({{QStringLiteral("print"), print}});
}

void PrinterSimulator::publishDelta(const QJsonObject &printDelta)
{
    mergeReport(m_report, {{QStringLiteral("print"), printDelta}});
    QJsonObject print = printDelta;
    print.insert(QLatin1String("command"), QStringLiteral("push_status"));
    print.insert(QLatin1String("msg"), 1);
    print.insert(QLatin1String("sequence_id"), nextSequence());
    publish({{QStringLiteral("print"), print}});
}

void PrinterSimulator::publishTick()
{
    if (!m_online)
        return;
    ++m_tick;
    publishDelta({{QStringLiteral("wifi_signal"), QStringLiteral("-%1dBm").arg(40 + m_tick % 7)}});
}

bool PrinterSimulator::replay(const QString &path, double speed, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    m_replay.clear();
    double previous = -1;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.isEmpty()) {
            *error = QStringLiteral("%1:%2 is not a JSON object").arg(path).arg(lineNumber);
            return false;
        }
        const bool wrapped = entry.contains(QLatin1String("payload"));
        const double ts = wrapped ? timestampSeconds(entry.value(QLatin1String("ts"))) : 0.0;
        const qint64 delay = previous < 0 || ts <= previous ? 0 : qint64((ts - previous) * 1000.0 / qMax(speed, 0.001));
        if (wrapped)
            previous = ts;
        m_replay.append({delay, wrapped ? entry.value(QLatin1String("payload")).toObject() : entry});
    }
    if (!m_replay.isEmpty())
        m_replayTimer.start(int(m_replay.first().first));
    return true;
}

void PrinterSimulator::replayNext()
{
    if (m_replay.isEmpty())
        return;
    const QJsonObject payload = m_replay.takeFirst().second;
    const QJsonObject print = payload.value(QLatin1String("print")).toObject();
    if (print.value(QLatin1String("msg")).toInt(1) == 0 && print.size() > 20)
        m_report = payload; // a full report replaces the state
    else
        mergeReport(m_report, payload);
    publish(payload);
    if (m_replay.isEmpty())
        Q_EMIT replayFinished();
    else
        m_replayTimer.start(int(m_replay.first().first));
}

bool PrinterSimulator::runScript(const QString &script, QString *error)
{
    QStringList lines;
    for (QString line : script.split(u'\n')) {
        line = line.section(u'#', 0, 0).trimmed();
        if (!line.isEmpty())
            lines.append(line);
    }
    for (const QString &line : std::as_const(lines)) {
        const QString command = line.section(u' ', 0, 0);
        static const QStringList known = {QStringLiteral("wait"), QStringLiteral("insert"), QStringLiteral("remove"),
            QStringLiteral("start"), QStringLiteral("progress"), QStringLiteral("finish"), QStringLiteral("fail"),
            QStringLiteral("pushall"), QStringLiteral("delta")};
        if (!known.contains(command)) {
            *error = QStringLiteral("unknown script command \"%1\"").arg(line);
            return false;
        }
    }
    m_script = lines;
    m_scriptTimer.start(0);
    return true;
}

void PrinterSimulator::scriptNext()
{
    while (!m_script.isEmpty()) {
        const QString line = m_script.takeFirst();
        if (line.startsWith(QLatin1String("wait "))) {
            m_scriptTimer.start(line.section(u' ', 1, 1).toInt());
            return;
        }
        QString error;
        if (!runCommand(line, &error))
            Q_EMIT problem(error);
    }
    Q_EMIT scriptFinished();
}

} // namespace Spoolbridge::Sim
