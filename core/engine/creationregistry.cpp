#include "core/engine/creationregistry.h"

#include <QCoreApplication>
#include <QTimer>

namespace Spoolbridge {

CreationRegistry::CreationRegistry(QObject *parent)
    : QObject(parent)
{ }

CreationRegistry *CreationRegistry::instance()
{
    static QPointer<CreationRegistry> registry;
    if (!registry)
        registry = new CreationRegistry(QCoreApplication::instance());
    return registry;
}

bool CreationRegistry::tryAcquire(const QString &key)
{
    if (m_busy.contains(key))
        return false;
    m_busy.insert(key, true);
    return true;
}

void CreationRegistry::release(const QString &key)
{
    m_busy.remove(key);
    const QList<Waiter> waiters = m_waiters.take(key);
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            QTimer::singleShot(0, waiter.context.data(), waiter.ready);
    }
}

void CreationRegistry::whenFree(const QString &key, QObject *context, std::function<void()> ready)
{
    if (!m_busy.contains(key)) {
        QTimer::singleShot(0, context, std::move(ready));
        return;
    }
    m_waiters[key].append({QPointer<QObject>(context), std::move(ready)});
}

CreationRegistry::Hold CreationRegistry::holdFor(const QString &key)
{
    QPointer<CreationRegistry> self(this);
    return Hold(new int(0), [self, key](void *token) {
        delete static_cast<int *>(token);
        if (self)
            self->release(key);
    });
}

void CreationRegistry::acquire(const QString &key, QObject *context, std::function<void(Hold)> owned)
{
    if (tryAcquire(key)) {
        owned(holdFor(key));
        return;
    }
    QPointer<CreationRegistry> self(this);
    whenFree(key, context, [self, key, context, owned = std::move(owned)]() {
        if (self)
            self->acquire(key, context, owned);
    });
}

} // namespace Spoolbridge
