#pragma once

#include "core/engine/linkstore.h"
#include "core/spoolman/spool.h"

#include <QObject>

#include <optional>

namespace Spoolbridge {

// Raises lowStock(spool) once when a spool's remaining weight falls below its threshold, and
// re-arms when the spool is refilled (back at or above the threshold) or replaced (another
// spool: new tag, or a new Spoolman registration). Threshold per spool: the local one in the
// LinkStore, else the spool's `extra.low_stock_threshold` (grams), else the global one. The
// "already alerted" state lives in the shared LinkStore, so several printers' engines (and a
// restart) alert once.
class LowStockMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LowStockMonitor)

public:
    static constexpr const char *ThresholdExtraKey = "low_stock_threshold";

    explicit LowStockMonitor(LinkStore *store, QObject *parent = nullptr);

    void setGlobalThreshold(double grams) { m_globalThreshold = grams; } // 0 = off
    double globalThreshold() const { return m_globalThreshold; }
    // The threshold that applies to `spool` (nullopt = none).
    std::optional<double> thresholdFor(const Spool &spool) const;

    // Looks at a fresh copy of a spool; emits lowStock when it just went low.
    void observe(const Spool &spool);

Q_SIGNALS:
    void lowStock(const Spoolbridge::Spool &spool);

private:
    LinkStore *m_store;
    double m_globalThreshold = 0;
};

} // namespace Spoolbridge
