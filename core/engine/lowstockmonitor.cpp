#include "core/engine/lowstockmonitor.h"

#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace Spoolbridge {

LowStockMonitor::LowStockMonitor(LinkStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

std::optional<double> LowStockMonitor::thresholdFor(const Spool &spool) const
{
    const QString key = LinkStore::spoolKey(spool.id, spool.registered, spool.tag().value_or(QString()));
    if (const std::optional<double> local = m_store->threshold(key))
        return *local > 0 ? local : std::nullopt;
    const QString raw = spool.extra.value(QString::fromLatin1(ThresholdExtraKey));
    if (!raw.isEmpty()) {
        // Integer/float fields hold "50"; a text field holds "\"50\"".
        QJsonValue value = QJsonDocument::fromJson(QByteArray("[") + raw.toUtf8() + ']').array().at(0);
        if (value.isString())
            value = QJsonValue(value.toString().toDouble());
        if (value.isDouble() && value.toDouble() > 0)
            return value.toDouble();
    }
    return m_globalThreshold > 0 ? std::optional<double>(m_globalThreshold) : std::nullopt;
}

void LowStockMonitor::observe(const Spool &spool)
{
    if (spool.id <= 0 || !spool.remainingWeight || spool.archived)
        return;
    const QString key = LinkStore::spoolKey(spool.id, spool.registered, spool.tag().value_or(QString()));
    const std::optional<double> threshold = thresholdFor(spool);
    if (!threshold) {
        m_store->setLowStockAlerted(key, false);
        return;
    }
    const bool low = *spool.remainingWeight < *threshold;
    if (!low) {
        m_store->setLowStockAlerted(key, false); // refilled, or a threshold change: re-arm
        return;
    }
    if (m_store->lowStockAlerted(key))
        return;
    m_store->setLowStockAlerted(key, true);
    qCInfo(lcSync) << "Spool" << spool.id << "is low:" << *spool.remainingWeight << "g left, threshold" << *threshold;
    Q_EMIT lowStock(spool);
}

} // namespace Spoolbridge
