#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Spoolbridge {
class MqttClient;
}

namespace Spoolbridge::Sim {

// Behaves like a Bambu printer on an MQTT broker: answers pushall with the full report and
// get_version with the version fixture, publishes deltas on a cadence, replays recorded JSONL
// streams, and scripts events (spool inserted/removed, job started/finished/failed).
class PrinterSimulator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterSimulator)

public:
    struct Options {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8883;
        QString serial;
        QString username = QStringLiteral("bblp");
        QString accessCode;
        QString caFile; // CA of the broker's certificate (CN = serial)
        QString reportFixture; // full report (pushall answer)
        QString versionFixture; // get_version answer
        int deltaIntervalMs = 0; // 0: no periodic deltas
        int ignoredPushalls = 0; // the first N pushall requests go unanswered (a lost request)
    };

    explicit PrinterSimulator(QObject *parent = nullptr);
    ~PrinterSimulator() override;

    // Loads the fixtures; call before start().
    bool setOptions(const Options &options, QString *error);
    void start();
    void stop();
    bool isOnline() const { return m_online; }
    // Changes the periodic delta interval while running (0 stops the deltas; the session stays).
    void setDeltaInterval(int ms);

    // pushall requests received, answered or not.
    int pushallRequests() const { return m_pushallRequests; }
    int versionRequests() const { return m_versionRequests; }
    // The current full report ({"print":{…}}), deltas merged in.
    const QJsonObject &report() const { return m_report; }
    QString reportTopic() const;
    QString requestTopic() const;

    void publishFullReport(const QString &sequenceId = {});
    // Merges {"print":{…delta…}} into the state and publishes it as a msg:1 delta.
    void publishDelta(const QJsonObject &printDelta);

    // Events (each publishes the delta a printer would send).
    void insertSpool(
        int unit, int slot, const QString &type, const QString &color, const QString &uuid = {}, int remain = -1);
    void removeSpool(int unit, int slot);
    // trays: global tray ids (unit*4+slot, 254 external) per slicer filament.
    void startJob(const QString &name, const QList<int> &trays);
    void setProgress(int percent);
    void finishJob();
    void failJob();

    // Replays a JSONL stream ({"ts":…,"payload":…} per line); speed > 1 is faster.
    bool replay(const QString &path, double speed, QString *error);
    // Runs a script (one command per line, see docs/printer-sim.md) in the background.
    bool runScript(const QString &script, QString *error);
    // Runs one command now ("insert 0 1 PLA FF0000FF", "remove 0 1", "start name 0,1", …).
    bool runCommand(const QString &line, QString *error);

    // Deep merge as printers mean it: objects key by key, arrays of {id,…} element by element.
    static void mergeReport(QJsonObject &target, const QJsonObject &delta);

Q_SIGNALS:
    void online();
    void offline();
    void requestReceived(const QJsonObject &request);
    void replayFinished();
    void scriptFinished();
    void problem(const QString &message);

private:
    void handleMessage(const QString &topic, const QByteArray &payload);
    void publish(const QJsonObject &message);
    void publishTick();
    void replayNext();
    void scriptNext();
    void retryLater();
    QString nextSequence();

    Options m_options;
    MqttClient *m_client;
    QJsonObject m_report;
    QJsonObject m_version;
    QTimer m_deltaTimer;
    QTimer m_replayTimer;
    QTimer m_scriptTimer;
    QTimer m_retryTimer;
    QList<QPair<qint64, QJsonObject>> m_replay; // delay ms before, payload
    QStringList m_script;
    bool m_online = false;
    bool m_running = false;
    int m_pushallRequests = 0;
    int m_versionRequests = 0;
    quint64 m_sequence = 1000;
    int m_tick = 0;
};

} // namespace Spoolbridge::Sim
