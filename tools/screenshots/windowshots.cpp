// The main window with the fixture printers, slot cards and hover cards.
#include "fixturestate.h"
#include "samples.h"
#include "shooter.h"
#include "shots.h"

#include "ui/mainwindow.h"
#include "ui/printerview.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTabWidget>

#include <memory>

namespace Spoolbridge::Screenshots {

namespace {

Ui::MainWindow *buildMainWindow(const QList<SamplePrinter> &printers)
{
    auto *window = new Ui::MainWindow;
    window->setSpoolmanUrl(kSpoolmanUrl);
    window->setSpoolmanStatus(true, QCoreApplication::translate("Screenshots", "Spoolman 0.22.1 · 64 spools"));
    for (const SamplePrinter &p : printers) {
        window->addPrinter(p.id, p.name);
        window->setConnectionState(p.id, p.connection, p.connectionMessage);
        window->setPrinterState(p.id, p.state);
        for (auto it = p.links.cbegin(); it != p.links.cend(); ++it)
            window->setSlotLinkInfo(p.id, it.key().unitId, it.key().slotIndex, it.value());
    }
    window->resize(1280, 820);
    return window;
}

const Slot *findSlot(const PrinterState &state, int unitId, int slotIndex)
{
    for (const AmsUnit &u : state.units) {
        for (const Slot &s : u.trays) {
            if (u.id == unitId && s.slotIndex == slotIndex)
                return &s;
        }
    }
    return nullptr;
}

struct CardSample {
    QString name;
    Slot slot;
    Ui::SlotLinkInfo link;
};

QList<CardSample> cardSamples(const QList<SamplePrinter> &printers, const QString &fixtures)
{
    const PrinterState &h2d = printers.at(0).state;
    const PrinterState &x1c = printers.at(1).state;
    const PrinterState &p1p = printers.at(2).state;
    QList<CardSample> cards;
    cards.append({QStringLiteral("card-empty"), *findSlot(x1c, 2, 0), {}});
    cards.append({QStringLiteral("card-thirdparty-unlinked"), *findSlot(p1p, 0, 0), unlinked(true)});
    cards.append({QStringLiteral("card-thirdparty-skipped"), *findSlot(p1p, 0, 1),
        skipped(QStringLiteral("Not a Bambu Lab spool (no RFID tag)."))});
    cards.append({QStringLiteral("card-rfid-linked"), *findSlot(x1c, 0, 1), linked(13, 992)});
    cards.append({QStringLiteral("card-active"), *findSlot(h2d, 1, 3), linked(47, 507)});
    cards.append({QStringLiteral("card-low"), *findSlot(x1c, 1, 0), linked(16, 204)});
    // No fixture has a multi-colour spool; this one reuses a real RFID slot with three colours.
    Slot multi = *findSlot(x1c, 0, 3);
    multi.profile = QStringLiteral("PLA Silk Multi-Color");
    multi.colors = {QStringLiteral("EC008CFF"), QStringLiteral("0086D6FF"), QStringLiteral("F4EE2AFF")};
    cards.append({QStringLiteral("card-multicolour"), multi, linked(19, 640)});
    // External spool of a P1P without AMS.
    const PrinterState noAms
        = stateFromFixture(fixtures + QStringLiteral("/p1p-pushall-noams-extspool.json"), QStringLiteral("P1P"), false);
    if (!noAms.external.isEmpty())
        cards.append({QStringLiteral("card-external"), noAms.external.first(), unlinked(false)});
    return cards;
}

} // namespace

void shootWindows(Shooter &shooter, const QString &fixtures)
{
    const QList<SamplePrinter> printers = samplePrinters(fixtures);

    std::unique_ptr<Ui::MainWindow> window(buildMainWindow(printers));
    window->move(300, 300); // keep the (offscreen) pointer at 0,0 off the toolbar
    window->show();
    window->selectPrinter(QStringLiteral("h2d-farm"));
    shooter.save(window.get(), QStringLiteral("main-window"));
    window->selectPrinter(QStringLiteral("workshop-x1c"));
    shooter.save(window.get(), QStringLiteral("main-window-x1c"));
    window->selectPrinter(QStringLiteral("garage-p1p"));
    shooter.save(window.get(), QStringLiteral("main-window-p1p-skipped"));
    window->selectPrinter(QStringLiteral("desk-a1mini"));
    shooter.save(window.get(), QStringLiteral("main-window-a1mini-amslite"));
    window->selectPrinter(QStringLiteral("lab-h2d"));
    shooter.save(window.get(), QStringLiteral("main-window-6units"));
    window->selectPrinter(QStringLiteral("basement-h2s"));
    shooter.save(window.get(), QStringLiteral("main-window-connection-error"));
    const QStringList tabNames = {QString(), QStringLiteral("tab-sync-results"), QStringLiteral("tab-inventory"),
        QStringLiteral("tab-history"), QStringLiteral("tab-charts")};
    for (int i = 1; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        shooter.save(window.get(), tabNames.value(i));
    }
    window->tabs()->setCurrentIndex(0);

    Ui::MainWindow empty;
    empty.resize(1000, 640);
    empty.move(300, 300);
    empty.show();
    shooter.save(&empty, QStringLiteral("main-window-no-printers"));

    // Slot cards, one file each and a strip with all of them.
    const QList<CardSample> samples = cardSamples(printers, fixtures);
    QWidget strip;
    strip.setAutoFillBackground(true);
    auto *row = new QHBoxLayout(&strip);
    row->setContentsMargins(20, 20, 20, 20);
    row->setSpacing(12);
    for (const CardSample &s : samples) {
        QWidget holder;
        holder.setAutoFillBackground(true);
        auto *l = new QHBoxLayout(&holder);
        l->setContentsMargins(16, 16, 16, 16);
        auto *card = new Ui::SlotCard(&holder);
        card->setSlot(s.slot, false);
        card->setLinkInfo(s.link);
        l->addWidget(card);
        holder.setFocusPolicy(Qt::StrongFocus);
        holder.show();
        holder.setFocus();
        shooter.save(&holder, s.name);
        auto *copy = new Ui::SlotCard(&strip);
        copy->setSlot(s.slot, false);
        copy->setLinkInfo(s.link);
        row->addWidget(copy);
    }
    strip.setFocusPolicy(Qt::StrongFocus);
    strip.show();
    strip.setFocus();
    shooter.save(&strip, QStringLiteral("slot-cards"));

    // Hover cards.
    auto shootHover = [&](const CardSample &s, const Ui::SlotLinkInfo &link, const QString &name) {
        Ui::SlotHoverCard hover;
        Ui::SlotCard labelSource;
        labelSource.setSlot(s.slot, false);
        hover.setContent(s.slot, labelSource.label(), link);
        hover.show();
        shooter.save(&hover, name);
    };
    shootHover(samples.at(3), samples.at(3).link, QStringLiteral("hover-linked"));
    shootHover(samples.at(1), unlinked(true), QStringLiteral("hover-unlinked"));
    shootHover(samples.at(1), unlinked(false), QStringLiteral("hover-unlinked-none-available"));
    shootHover(samples.at(2), samples.at(2).link, QStringLiteral("hover-skipped"));
    Ui::SlotLinkInfo notConfigured;
    shootHover(samples.at(4), notConfigured, QStringLiteral("hover-spoolman-not-configured"));
}

} // namespace Spoolbridge::Screenshots
