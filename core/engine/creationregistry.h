#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace Spoolbridge {

// Process-wide registry of creations in flight, shared by every printer's engine: at most one
// owner per key ("tag:<TAG>", "vendor:bambu lab", "filament:<vendor>|<MATERIAL>|<RRGGBB>").
// Whoever cannot acquire a key waits for its release and then looks again (the owner has created
// the thing by then, or failed). This is what keeps two printers, or a burst of reports, from
// creating the same spool, filament or vendor twice.
class CreationRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreationRegistry)

public:
    explicit CreationRegistry(QObject *parent = nullptr);
    // The registry of this process.
    static CreationRegistry *instance();

    // True when the caller now owns `key`; false when someone else does.
    bool tryAcquire(const QString &key);
    // Releases `key`; every waiter is called (queued, on its context's thread).
    void release(const QString &key);
    bool isBusy(const QString &key) const { return m_busy.contains(key); }
    // Calls `ready` once `key` is free (at once, queued, when it is free already).
    void whenFree(const QString &key, QObject *context, std::function<void()> ready);
    // Ownership of a key: released when the last copy goes away (also when a callback chain
    // holding it is dropped because its context died).
    using Hold = std::shared_ptr<void>;
    // Acquires `key`, waiting for the current owner first; `owned` runs once the caller owns it.
    void acquire(const QString &key, QObject *context, std::function<void(Hold)> owned);

    static QString tagKey(const QString &tag) { return QStringLiteral("tag:") + tag.trimmed().toUpper(); }

private:
    Hold holdFor(const QString &key);

    struct Waiter {
        QPointer<QObject> context;
        std::function<void()> ready;
    };
    QHash<QString, bool> m_busy;
    QHash<QString, QList<Waiter>> m_waiters;
};

} // namespace Spoolbridge
