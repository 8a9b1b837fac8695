#pragma once

#include "core/spoolman/connectiontestresult.h"
#include "core/spoolman/extrafield.h"

#include <QElapsedTimer>
#include <QObject>

namespace Spoolbridge {

class SpoolmanClient;

// "Test Connection": reads /info (reachability, version, round trip), derives the capabilities
// and checks which of the extra fields Spoolbridge needs are registered. Changes nothing on the
// server. Emits finished() once per start().
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    explicit ConnectionTester(SpoolmanClient *client, QObject *parent = nullptr);

    void setRequiredFields(const QList<ExtraField> &fields) { m_required = fields; }
    void start();
    bool isRunning() const { return m_running; }
    const ConnectionTestResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const Spoolbridge::ConnectionTestResult &result);

private:
    void checkFields(int entityIndex);
    void finish();
    QStringList entities() const;

    SpoolmanClient *m_client;
    QList<ExtraField> m_required;
    ConnectionTestResult m_result;
    QElapsedTimer m_timer;
    bool m_running = false;
};

} // namespace Spoolbridge
