// spoolbridge-screenshots: renders the main window and every view with sample states read from
// the real printer fixtures, in light and dark palettes, to PNG files (for docs and review).
//   QT_QPA_PLATFORM=offscreen spoolbridge-screenshots <output-dir> [--fixtures <dir>]
#include "fixturestate.h"
#include "samples.h"

#include "ui/mainwindow.h"
#include "ui/printerview.h"
#include "ui/slotcard.h"
#include "ui/slothovercard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include <memory>

using namespace Spoolbridge;
using namespace Spoolbridge::Screenshots;

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2A, 0x2C, 0x30), base(0x1E, 0x1F, 0x22), text(0xE8, 0xE9, 0xEB);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2B));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3B, 0x8E, 0xEA));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA4, 0xAB));
    p.setColor(QPalette::ToolTipBase, QColor(0x36, 0x38, 0x3D));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(0x4A, 0x4D, 0x53));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x3A));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1B));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x6C, 0xB2, 0xFF));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x84, 0x8A));
    return p;
}

class Shooter
{
public:
    Shooter(QString dir, QString suffix)
        : m_dir(std::move(dir))
        , m_suffix(std::move(suffix))
    { }
    bool save(QWidget *w, const QString &name)
    {
        QApplication::processEvents();
        const QString path = QDir(m_dir).filePath(QStringLiteral("%1-%2.png").arg(name, m_suffix));
        const bool ok = w->grab().save(path);
        QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
        m_ok = m_ok && ok;
        return ok;
    }
    bool ok() const { return m_ok; }

private:
    QString m_dir;
    QString m_suffix;
    bool m_ok = true;
};

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
        for (const Slot &s : u.slots) {
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

void shootAll(const QString &outDir, const QString &fixtures, const QString &suffix)
{
    Shooter shooter(outDir, suffix);
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

    if (!shooter.ok())
        QCoreApplication::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("spoolbridge-screenshots"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders Spoolbridge's windows to PNG files."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output-dir"), QStringLiteral("Directory for the PNG files."));
    QCommandLineOption fixtures(QStringLiteral("fixtures"), QStringLiteral("Printer report fixtures directory."),
        QStringLiteral("dir"), QStringLiteral(SB_DEFAULT_FIXTURES_DIR));
    parser.addOption(fixtures);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString outDir = parser.positionalArguments().constFirst();
    if (!QDir().mkpath(outDir)) {
        QTextStream(stderr) << "Cannot create " << outDir << ": check the path and its permissions.\n";
        return 1;
    }
    const QString fixtureDir = parser.value(fixtures);
    if (!QFile::exists(fixtureDir + QStringLiteral("/x1c-pushall-2ams-ams2pro-amsht.json"))) {
        QTextStream(stderr) << "No printer fixtures in " << fixtureDir << ": pass --fixtures <dir>.\n";
        return 1;
    }

    QApplication::setPalette(QApplication::style()->standardPalette());
    shootAll(outDir, fixtureDir, QStringLiteral("light"));
    QApplication::setPalette(darkPalette());
    shootAll(outDir, fixtureDir, QStringLiteral("dark"));
    return 0;
}
