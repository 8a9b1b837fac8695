#include "ui/tray/traycontroller.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QSignalSpy>

using namespace Spoolbridge::Ui;

TEST_CASE("tray: harmless without a system tray, menu actions come out as signals")
{
    TrayController tray;
    // The offscreen platform has no tray: nothing shown, but everything works.
    CHECK_FALSE(tray.isAvailable());
    QSignalSpy open(&tray, &TrayController::openRequested);
    QSignalSpy sync(&tray, &TrayController::syncNowRequested);
    QSignalSpy pause(&tray, &TrayController::pauseToggled);
    QSignalSpy quit(&tray, &TrayController::quitRequested);
    tray.openAction()->trigger();
    tray.syncNowAction()->trigger();
    tray.pauseAction()->trigger();
    tray.quitAction()->trigger();
    CHECK(open.count() == 1);
    CHECK(sync.count() == 1);
    REQUIRE(pause.count() == 1);
    CHECK(pause.at(0).at(0).toBool());
    CHECK(quit.count() == 1);
    CHECK(tray.isPaused());
    CHECK_FALSE(tray.syncNowAction()->isEnabled());
    CHECK(tray.toolTip().contains(QStringLiteral("paused")));
    CHECK(tray.pauseAction()->text().contains(QStringLiteral("Resume")));
    tray.setPaused(false);
    tray.setState(TrayController::State::Error, QStringLiteral("Spoolman is unreachable."));
    CHECK(tray.toolTip().contains(QStringLiteral("needs attention")));
    CHECK(tray.toolTip().contains(QStringLiteral("Spoolman is unreachable.")));
}

TEST_CASE("tray: notifications respect the settings and are not repeated")
{
    TrayController tray;
    QSignalSpy notified(&tray, &TrayController::notified);
    tray.notifyLowFilament(QStringLiteral("Workshop X1C"), QStringLiteral("AMS A Slot 2"), 74.6);
    REQUIRE(notified.count() == 1);
    CHECK(notified.at(0).at(1).toString().contains(QStringLiteral("Workshop X1C")));
    CHECK(notified.at(0).at(2).toString().contains(QStringLiteral("75 g")));
    tray.notifyLowFilament(QStringLiteral("Workshop X1C"), QStringLiteral("AMS A Slot 2"), 74.6);
    CHECK(notified.count() == 1); // same text within the repeat window
    tray.setEnabled(TrayController::Notification::SyncError, false);
    tray.notifySyncError(QStringLiteral("Garage"), QStringLiteral("Spoolman refused the update."));
    CHECK(notified.count() == 1);
    tray.notifyUnlinkedSpool(QStringLiteral("Garage"), QStringLiteral("AMS B Slot 1"), QStringLiteral("PETG"));
    tray.notifyUsagePending(2, QStringLiteral("Spoolman is unreachable."));
    REQUIRE(notified.count() == 3);
    CHECK(notified.at(2).at(2).toString().startsWith(QStringLiteral("2 print")));
    CHECK(notified.at(2).at(2).toString().endsWith(QStringLiteral("Spoolman is unreachable.")));
}
