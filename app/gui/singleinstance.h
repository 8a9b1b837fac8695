#pragma once

#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace Spoolbridge::Gui {

// One running desktop app per user: the first instance listens on a local socket; a later one
// connects, asks it to show its window and exits. The check runs on the event loop (nothing
// blocks): start() ends in exactly one of primary() or secondary().
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    void start();
    static QString defaultName(); // per user

Q_SIGNALS:
    void primary(); // this process is the one instance; raiseRequested() may follow
    void secondary(); // another instance was asked to show itself; exit now
    void raiseRequested();

private:
    void becomePrimary();

    QString m_name;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_probe = nullptr;
    bool m_connected = false;
};

} // namespace Spoolbridge::Gui
