#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Spoolbridge::Ui {

// One finished (or failed) print and the filament it used, as the History view shows it.
struct HistoryEntry {
    enum class Method {
        ThreeMf, // per-filament grams from the job's 3MF (slicer estimate, scaled by progress)
        Progress, // the job's total weight scaled by how far it got
        RemainDelta, // the drop of the AMS remain percentage × spool weight
    };
    enum class Delivery {
        Delivered, // written to Spoolman
        Pending, // recorded, waiting to be written (Spoolman unreachable)
        Undone, // the usage was given back
    };
    struct Usage {
        int spoolId = 0;
        QString spoolLabel; // "#12 PLA Basic Black"
        QString colorHex;
        double grams = 0;
    };

    qint64 id = 0; // the ledger entry id
    QDateTime time;
    QString printerName;
    QString jobName;
    Method method = Method::ThreeMf;
    Delivery delivery = Delivery::Delivered;
    QList<Usage> usages;
    QString message; // why it is pending, etc.

    double totalGrams() const
    {
        double sum = 0;
        for (const Usage &u : usages)
            sum += u.grams;
        return sum;
    }
};

} // namespace Spoolbridge::Ui
