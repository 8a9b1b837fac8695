#pragma once

#include "core/printer/jobrecord.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace Spoolbridge {

// The job a JobTracker is following, as a JSON object for a file: the record so far and the
// slots as they were when the job started (their remain %). An app that is killed or restarted
// while a print runs restores it, so a job that ends while the app is not running is still
// charged, with the remain % from its real start (docs/ledger.md, "Restarts during a print").
struct JobSnapshot {
    JobRecord record;
    QHash<int, Slot> startSlots; // global id → slot at the start

    QJsonObject toJson() const;
    // nullopt when the object is not a snapshot (wrong version, no key).
    static std::optional<JobSnapshot> fromJson(const QJsonObject &object);
};

} // namespace Spoolbridge
