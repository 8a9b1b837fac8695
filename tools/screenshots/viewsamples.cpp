#include "viewsamples.h"

#include "core/history/environmenthistory.h"

#include <cmath>

namespace Spoolbridge::Screenshots {

namespace {

Spool spool(int id, const QString &name, const QString &material, const QString &color, const QString &vendor,
    double remaining, const QString &location)
{
    Spool s;
    s.id = id;
    s.filament.id = 100 + id;
    s.filament.name = name;
    s.filament.material = material;
    s.filament.colorHex = color;
    Vendor v;
    v.id = 1;
    v.name = vendor;
    s.filament.vendor = v;
    s.remainingWeight = remaining;
    s.initialWeight = 1000;
    if (!location.isEmpty())
        s.location = location;
    return s;
}

} // namespace

QList<Spool> unlinkedSpools()
{
    return {spool(21, QStringLiteral("PLA Basic"), QStringLiteral("PLA"), QStringLiteral("000000"),
                QStringLiteral("Bambu Lab"), 912, QStringLiteral("Shelf 2")),
        spool(34, QStringLiteral("PLA Matte Charcoal"), QStringLiteral("PLA"), QStringLiteral("1B1B1B"),
            QStringLiteral("Polymaker"), 455, QStringLiteral("Dry box")),
        spool(8, QStringLiteral("PLA+ Fire Red"), QStringLiteral("PLA"), QStringLiteral("D32F2F"),
            QStringLiteral("eSun"), 640, QString()),
        spool(52, QStringLiteral("PETG HF Black"), QStringLiteral("PETG"), QStringLiteral("111111"),
            QStringLiteral("Bambu Lab"), 1000, QStringLiteral("Shelf 1")),
        spool(17, QStringLiteral("ASA Jade White"), QStringLiteral("ASA"), QStringLiteral("F1F1E9"),
            QStringLiteral("Bambu Lab"), 288, QStringLiteral("Shelf 1")),
        spool(63, QStringLiteral("TPU 95A Blue"), QStringLiteral("TPU"), QStringLiteral("1E6FD9"),
            QStringLiteral("Overture"), 730, QString())};
}

QList<Vendor> vendors()
{
    QList<Vendor> list;
    int id = 1;
    for (const char *name : {"Bambu Lab", "eSun", "Polymaker", "Overture", "Sunlu"}) {
        Vendor v;
        v.id = id++;
        v.name = QString::fromLatin1(name);
        if (v.name == QStringLiteral("Bambu Lab"))
            v.emptySpoolWeight = 250;
        list.append(v);
    }
    return list;
}

QList<Ui::SyncResultRow> syncResults()
{
    const QDateTime t(QDate(2026, 11, 21), QTime(13, 5), Qt::UTC);
    Ui::SyncResultRow older {QStringLiteral("Garage P1P"), t.addSecs(-3 * 3600), 4, 0, {}, {}};
    Ui::SyncResultRow farm {QStringLiteral("H2D Farm 01"), t.addSecs(-1800), 9, 2, {}, {}};
    Ui::SyncResultRow latest {QStringLiteral("Workshop X1C"), t, 6, 1, {}, {}};
    latest.skipped = {{QStringLiteral("AMS A Slot 3"), QStringLiteral("F4EE2AFF"),
                          QStringLiteral("Not a Bambu Lab spool (no RFID tag) — link it by hand.")},
        {QStringLiteral("AMS B Slot 1"), QStringLiteral("FFFFFFFF"),
            QStringLiteral("Refilled spool: the RFID tag belongs to a spool already in Spoolman.")},
        {QStringLiteral("External"), QStringLiteral("8E9089FF"),
            QStringLiteral("Third-party spool without a profile.")}};
    latest.errors = {QStringLiteral("Spoolman refused the location of spool #34 (HTTP 422: location too long) — "
                                    "shorten the location template in Settings → Sync.")};
    return {older, farm, latest};
}

QList<Ui::InventoryRow> inventory()
{
    return {
        {12, QStringLiteral("PLA Basic Black"), QStringLiteral("PLA"), QStringLiteral("000000"),
            QStringLiteral("Bambu Lab"), 812.0, 1000.0, QStringLiteral("Workshop X1C"), QStringLiteral("AMS A Slot 1"),
            QStringLiteral("Workshop X1C - AMS A Slot 1")},
        {13, QStringLiteral("PLA Basic Jade White"), QStringLiteral("PLA"), QStringLiteral("F1F1E9"),
            QStringLiteral("Bambu Lab"), 64.0, 1000.0, QStringLiteral("Workshop X1C"), QStringLiteral("AMS A Slot 2"),
            QStringLiteral("Workshop X1C - AMS A Slot 2")},
        {19, QStringLiteral("PETG HF Blue"), QStringLiteral("PETG"), QStringLiteral("1E6FD9"),
            QStringLiteral("Bambu Lab"), 455.0, 1000.0, QStringLiteral("H2D Farm 01"), QStringLiteral("AMS B Slot 4"),
            QStringLiteral("H2D Farm 01 - AMS B Slot 4")},
        {21, QStringLiteral("PLA Matte Charcoal"), QStringLiteral("PLA"), QStringLiteral("1B1B1B"),
            QStringLiteral("Polymaker"), 455.0, 1000.0, QString(), QString(), QStringLiteral("Dry box")},
        {8, QStringLiteral("PLA+ Fire Red"), QStringLiteral("PLA"), QStringLiteral("D32F2F"), QStringLiteral("eSun"),
            640.0, 1000.0, QStringLiteral("Garage P1P"), QStringLiteral("External"), QStringLiteral("Garage P1P")},
        {17, QStringLiteral("ASA Jade White"), QStringLiteral("ASA"), QStringLiteral("F1F1E9"),
            QStringLiteral("Bambu Lab"), 88.0, 1000.0, QString(), QString(), QStringLiteral("Shelf 1")},
        {63, QStringLiteral("TPU 95A Blue"), QStringLiteral("TPU"), QStringLiteral("1E6FD9"),
            QStringLiteral("Overture"), std::nullopt, std::nullopt, QString(), QString(), QString()},
    };
}

QList<Ui::HistoryEntry> history(const QDateTime &now)
{
    using E = Ui::HistoryEntry;
    E benchy {57, now.addSecs(-1200), QStringLiteral("Workshop X1C"), QStringLiteral("Benchy x4 (0.2 mm)"),
        E::Method::ThreeMf, E::Delivery::Delivered,
        {{12, QStringLiteral("#12 PLA Basic Black"), QStringLiteral("000000"), 38.4},
            {13, QStringLiteral("#13 PLA Basic Jade White"), QStringLiteral("F1F1E9"), 6.1}},
        QString()};
    E bracket {56, now.addSecs(-5400), QStringLiteral("H2D Farm 01"), QStringLiteral("Shelf bracket"),
        E::Method::ThreeMf, E::Delivery::Pending,
        {{19, QStringLiteral("#19 PETG HF Blue"), QStringLiteral("1E6FD9"), 112}},
        QStringLiteral("Spoolman at http://192.168.1.50:7912 did not answer — retrying every minute.")};
    E cancelled {55, now.addSecs(-26000), QStringLiteral("Garage P1P"), QStringLiteral("Vase (cancelled at 42 %)"),
        E::Method::Progress, E::Delivery::Delivered,
        {{8, QStringLiteral("#8 PLA+ Fire Red"), QStringLiteral("D32F2F"), 21.7}}, QString()};
    E remain {54, now.addSecs(-90000), QStringLiteral("Garage P1P"), QStringLiteral("Cable clips"),
        E::Method::RemainDelta, E::Delivery::Undone,
        {{8, QStringLiteral("#8 PLA+ Fire Red"), QStringLiteral("D32F2F"), 10}}, QString()};
    return {benchy, bracket, cancelled, remain};
}

QList<Ui::DiscoveredPrinter> discovered()
{
    return {{QStringLiteral("Workshop X1C"), QStringLiteral("192.168.1.60"), QStringLiteral("00M09A350100412"),
                QStringLiteral("X1C")},
        {QStringLiteral("3DP-01S-221"), QStringLiteral("192.168.1.73"), QStringLiteral("01S00C221000187"),
            QStringLiteral("P1S")}};
}

void fillEnvironment(EnvironmentHistory &history, const QDateTime &now)
{
    const int minutes = 36 * 60;
    for (int m = minutes; m >= 0; m -= 1) {
        const QDateTime t = now.addSecs(-60 * m);
        const double hours = (minutes - m) / 60.0;
        const double day = std::sin((hours - 8) / 24.0 * 2 * M_PI);
        EnvironmentSample a;
        a.time = t;
        a.printerId = QStringLiteral("x1c");
        a.unitId = 0;
        // Unit A: humidity creeps up, a desiccant change at 20 h drops it again.
        a.humidityPercent = std::round(hours < 20 ? 18 + hours * 0.6 : 12 + (hours - 20) * 0.3);
        a.temperatureC = std::round((24 + 2.5 * day) * 10) / 10;
        history.record(a);
        EnvironmentSample b = a;
        b.unitId = 1;
        b.humidityPercent = std::round(34 + 4 * day);
        b.temperatureC = std::round((25.5 + 2 * day) * 10) / 10;
        // Unit B dried filament for two hours.
        if (hours > 28 && hours < 30) {
            b.temperatureC = 55;
            b.humidityPercent = 9;
        }
        history.record(b);
    }
}

} // namespace Spoolbridge::Screenshots
