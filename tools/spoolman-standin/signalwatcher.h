#pragma once

#include <QObject>

class QSocketNotifier;

namespace Spoolbridge::Tools {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe: the handler only writes one byte).
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // False when the pipe or the handlers could not be installed.
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Spoolbridge::Tools
