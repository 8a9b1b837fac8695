#include "singleinstance.h"

#include "core/util/logging.h"

#include <QLocalServer>
#include <QLocalSocket>

namespace Spoolbridge::Gui {

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultName()
{
    QByteArray user = qgetenv("USER").isEmpty() ? qgetenv("USERNAME") : qgetenv("USER");
    if (user.isEmpty())
        user = "user";
    return QStringLiteral("spoolbridge-") + QString::fromLocal8Bit(user);
}

void SingleInstance::start()
{
    m_probe = new QLocalSocket(this);
    connect(m_probe, &QLocalSocket::connected, this, [this] {
        m_connected = true;
        // The running instance reads the request and closes the connection: then we are done.
        connect(m_probe, &QLocalSocket::disconnected, this, &SingleInstance::secondary);
        m_probe->write("raise\n");
        m_probe->flush();
    });
    connect(m_probe, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_server || m_connected)
            return;
        qCDebug(lcUi) << "single instance: no running instance:" << m_probe->errorString();
        m_probe->deleteLater();
        becomePrimary();
    });
    m_probe->connectToServer(m_name);
}

void SingleInstance::becomePrimary()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A stale socket of a crashed instance: nobody answered, so it can go.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name))
            qCWarning(lcUi) << "single instance: cannot listen on" << m_name << m_server->errorString();
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith("raise"))
                    Q_EMIT raiseRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    Q_EMIT primary();
}

} // namespace Spoolbridge::Gui
