#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spoolbridge {

// The record a spool carries in Spoolman (a text extra field, default key "spoolbridge_ledger")
// of the ledger entries applied to it, and of the one being applied right now. It is what makes
// a delivery that was interrupted at any point resumable without loss or double count
// (docs/ledger.md).
//
// Stored as Spoolman stores text extras: a JSON string whose content is a compact JSON object
//   {"v":1,"applied":["3f9a1c2e.7",…],"pending":{"3f9a1c2e.8":{"g":12.5,"base":310.25}}}
struct LedgerMarker {
    struct Intent {
        double grams = 0; // the use about to be sent
        double base = 0; // the spool's used_weight when the intent was written
    };

    static constexpr int MaxApplied = 64; // newest applied ids kept (only the last can be unsettled)

    QStringList applied; // oldest first
    QMap<QString, Intent> pending;
    QJsonObject unknown; // keys written by newer versions, kept as they are

    bool isApplied(const QString &uid) const { return applied.contains(uid); }
    void markApplied(const QString &uid);

    // The extra value Spoolman stores (a JSON string literal). Empty or missing → empty marker.
    static LedgerMarker fromExtraValue(const QString &encoded, bool *ok = nullptr);
    QString toExtraValue() const;

    // Spoolman's text extra encoding: the text as a JSON string literal, and back.
    static QString encodeText(const QString &text);
    static QString decodeText(const QString &encoded, bool *ok = nullptr);
};

} // namespace Spoolbridge
