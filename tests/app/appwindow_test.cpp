// The desktop app's wiring: the main window in demo mode shows the demo printer's units, a sync
// result, the inventory and the history. With SB_APP_SCREENSHOTS=<dir> every tab is rendered
// to PNG (docs/screenshots/app-*.png).

#include "appcontroller.h"

#include "core/app/printersession.h"
#include "core/engine/syncengine.h"
#include "core/printer/jobrecord.h"
#include "core/printer/printermodel.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "support/testsupport.h"
#include "ui/amsunitwidget.h"
#include "ui/dialogs/linkspooldialog.h"
#include "ui/dialogs/unlinkedspoolmodel.h"
#include "ui/mainwindow.h"
#include "ui/printerview.h"
#include "ui/views/historyview.h"
#include "ui/views/inventorymodel.h"
#include "ui/views/inventoryview.h"
#include "ui/views/syncresultsview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

TEST_CASE("app gui: the wired main window in demo mode shows the demo printer, results and history", "[app][gui]")
{
    const QString dir = makeTempDir(QStringLiteral("appgui"));
    Settings settings(dir + QStringLiteral("/settings.ini"));
    REQUIRE(settings.setValue(SettingKey::SecretsBackend, QStringLiteral("file")));
    REQUIRE(settings.setValue(SettingKey::SecretsFile, dir + QStringLiteral("/secrets.json")));
    SecretStore secrets(&settings);

    Ui::MainWindow window;
    window.resize(1280, 820);
    Gui::AppController controller(&settings, &secrets, &window);
    controller.start(true, 150);
    window.show();

    const QString demoId = QString::fromLatin1(AppCore::DemoPrinterId);
    REQUIRE(waitUntil([&] { return window.printerIds().contains(demoId); }, 10000));
    CHECK(window.windowTitle().contains(QStringLiteral("Demo")));
    CHECK(controller.demoBanner()->isVisible());
    CHECK(controller.demoBanner()->findChild<QPushButton *>(QStringLiteral("setupButton")) != nullptr);

    // The demo printer's two AMS units, the AMS 2 Pro, the AMS HT and the external holder.
    Ui::PrinterView *view = window.printerView(demoId);
    REQUIRE(view != nullptr);
    REQUIRE(waitUntil([&] { return view->unitWidget(0) && view->unitWidget(1) && view->unitWidget(128); }, 10000));
    CHECK(view->unitWidget(2) != nullptr);
    CHECK(view->externalWidget() != nullptr);

    // A sync result, the inventory from the stand-in and a charged print in the history.
    REQUIRE(waitUntil([&] { return !controller.views().syncResults->results().isEmpty(); }, 15000));
    CHECK(controller.views().syncResults->results().first().synced >= 10);
    REQUIRE(waitUntil([&] { return controller.views().inventory->model()->rowCount() >= 10; }, 10000));
    REQUIRE(waitUntil(
        [&] {
            for (const Ui::HistoryEntry &entry : controller.views().history->entries()) {
                if (entry.delivery == Ui::HistoryEntry::Delivery::Delivered)
                    return true;
            }
            return false;
        },
        20000));

    const QString shots = qEnvironmentVariable("SB_APP_SCREENSHOTS");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        const QStringList names {QStringLiteral("slots"), QStringLiteral("sync-results"), QStringLiteral("inventory"),
            QStringLiteral("history"), QStringLiteral("charts")};
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            waitUntil([] { return false; }, 400); // let the tab lay out and paint
            CHECK(window.grab().save(shots + QStringLiteral("/app-demo-") + names.at(tab) + QStringLiteral(".png")));
        }
    }
    // Link the third-party PETG in AMS B slot 4 through the window's Link action and the dialog.
    Q_EMIT window.linkRequested(demoId, 1, 3);
    Ui::LinkSpoolDialog *dialog = nullptr;
    REQUIRE(waitUntil(
        [&] {
            dialog = window.findChild<Ui::LinkSpoolDialog *>();
            return dialog && dialog->proxy()->rowCount() > 0;
        },
        10000));
    dialog->table()->selectRow(0); // matches (same material and colour) come first
    const int chosen = dialog->selectedSpoolId();
    REQUIRE(chosen > 0);
    dialog->linkButton()->click();
    SyncEngine *engine = controller.core()->session(demoId)->engine();
    REQUIRE(waitUntil(
        [&] {
            const std::optional<Spool> linked = engine->spoolInSlot(1, 3);
            return linked && linked->id == chosen;
        },
        10000));

    controller.core()->shutdown();
}
