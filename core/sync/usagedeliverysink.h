#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>

namespace Spoolbridge {

// The answer of the inventory to one request of the ledger.
struct SinkReply {
    enum class Status {
        Ok, // `spool` holds the spool as the server returned it (Spoolman's JSON object)
        Unreachable, // no answer, timeout, 5xx, proxy error: try again later
        NotFound, // the spool does not exist (404), or no spool carries the tag
        Rejected, // the server refused the request (4xx other than 404): needs a person
    };
    Status status = Status::Unreachable;
    QString message; // readable, for the entry's last error
    QJsonObject spool; // Spoolman spool object: id, registered, used_weight, extra{…} (values JSON-encoded)
};

// The outside world of the usage ledger: a Spoolman server. The lead wires this to the Spoolman
// client; tests use an in-process fake with Spoolman's semantics. Callbacks may come later (queued)
// or before the call returns.
//
// Mapping to the Spoolman REST API (docs/ledger.md):
//   getSpool        GET   /spool/{id}
//   findSpoolByTag  GET   /spool?extra.tag="<tag>" — exact match; check every returned tag
//   writeExtra      PATCH /spool/{id} {"extra":{"<key>":<encodedValue>}} (value is already a JSON text)
//   useWeight       PUT   /spool/{id}/use {"use_weight":<grams>} (negative = undo)
//   ensureTextField POST  /field/spool/<key> {"name":…, "field_type":"text"} unless registered
class UsageDeliverySink
{
public:
    using Callback = std::function<void(const SinkReply &)>;

    UsageDeliverySink() = default;
    virtual ~UsageDeliverySink() = default;
    UsageDeliverySink(const UsageDeliverySink &) = delete;
    UsageDeliverySink &operator=(const UsageDeliverySink &) = delete;

    virtual void ensureTextField(const QString &key, const QString &name, Callback done) = 0;
    virtual void getSpool(int spoolId, Callback done) = 0;
    virtual void findSpoolByTag(const QString &tag, Callback done) = 0;
    virtual void writeExtra(int spoolId, const QString &key, const QString &encodedValue, Callback done) = 0;
    virtual void useWeight(int spoolId, double grams, Callback done) = 0;
};

} // namespace Spoolbridge
