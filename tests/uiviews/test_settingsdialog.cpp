#include "core/settings/filesecretbackend.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"
#include "support/testsupport.h"
#include "ui/dialogs/connectiontestwidget.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/dialogs/printereditdialog.h"
#include "ui/dialogs/printerssettingspage.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/spoolmansettingspage.h"
#include "ui/dialogs/syncsettingspage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace Spoolbridge;
using namespace Spoolbridge::Ui;

namespace {

struct Fixture {
    QString dir = Test::makeTempDir(QStringLiteral("uiviews-settings"));
    Settings settings {dir + QStringLiteral("/spoolbridge.conf")};
    SecretStore secrets {std::make_unique<FileSecretBackend>(dir + QStringLiteral("/secrets.json"))};

    QString readSecret(const QString &key)
    {
        QString value;
        bool done = false;
        secrets.read(key, nullptr, [&](const SecretResult &r) {
            value = r.value;
            done = true;
        });
        REQUIRE(Test::waitUntil([&] { return done; }));
        return value;
    }
};

} // namespace

TEST_CASE("settings: a bad Spoolman URL shows an inline error and blocks OK")
{
    Fixture f;
    SettingsDialog dialog(&f.settings, &f.secrets);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    SpoolmanSettingsPage *page = dialog.spoolmanPage();
    page->urlEdit()->setFocus();
    QTest::keyClicks(page->urlEdit(), QStringLiteral("ftp://192.168.1.50:7912"));
    QTest::keyClick(page->urlEdit(), Qt::Key_Tab); // editingFinished
    CHECK(page->urlError()->isVisible());
    CHECK_FALSE(page->urlError()->text().isEmpty());
    dialog.showPage(SettingsDialog::SyncPage);
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.currentPage() == SettingsDialog::SpoolmanPage);
    CHECK(dialog.bannerText().contains(page->urlError()->text()));
    CHECK(f.settings.text(SettingKey::SpoolmanUrl).isEmpty());

    // Fixing it clears the error and stores the normalised URL.
    page->urlEdit()->clear();
    QTest::keyClicks(page->urlEdit(), QStringLiteral("192.168.1.50:7912/"));
    QTest::keyClick(page->urlEdit(), Qt::Key_Tab);
    CHECK_FALSE(page->urlError()->isVisible());
    REQUIRE(dialog.apply());
    CHECK(f.settings.text(SettingKey::SpoolmanUrl) == QStringLiteral("http://192.168.1.50:7912"));
}

TEST_CASE("settings: Test Connection against a refused local port shows a readable message")
{
    Fixture f;
    SettingsDialog dialog(&f.settings, &f.secrets);
    dialog.show();
    SpoolmanSettingsPage *page = dialog.spoolmanPage();
    const quint16 port = Test::freeTcpPort();
    page->urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    ConnectionTestWidget *tester = page->tester();
    QTest::mouseClick(tester->testButton(), Qt::LeftButton);
    CHECK(tester->busyIndicator()->isVisible());
    CHECK_FALSE(tester->testButton()->isEnabled());
    REQUIRE(Test::waitUntil([&] { return tester->lastResult().has_value(); }, 15000));
    CHECK_FALSE(tester->busyIndicator()->isVisible());
    CHECK(tester->testButton()->isEnabled());
    CHECK_FALSE(tester->lastResult()->usable);
    const QString text = tester->resultLabel()->text();
    CHECK(tester->resultLabel()->isVisible());
    CHECK(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive));
    CHECK(text.contains(QString::number(port)));

    // Without an address the button explains instead of testing.
    page->urlEdit()->clear();
    QTest::mouseClick(tester->testButton(), Qt::LeftButton);
    CHECK(tester->resultLabel()->text().contains(QStringLiteral("address")));
    CHECK_FALSE(tester->isRunning());
}

TEST_CASE("settings: secrets go to the SecretStore, never into the settings file")
{
    Fixture f;
    SettingsDialog dialog(&f.settings, &f.secrets);
    SpoolmanSettingsPage *page = dialog.spoolmanPage();
    page->urlEdit()->setText(QStringLiteral("https://nas.local/spoolman"));
    page->authBox()->setCurrentIndex(page->authBox()->findData(QStringLiteral("basic")));
    QList<QLineEdit *> edits = page->findChildren<QLineEdit *>();
    QLineEdit *userEdit = nullptr, *passwordEdit = nullptr;
    for (QLineEdit *e : edits) {
        if (e->accessibleName() == QStringLiteral("User name"))
            userEdit = e;
        if (e->accessibleName() == QStringLiteral("Password"))
            passwordEdit = e;
    }
    REQUIRE(userEdit);
    REQUIRE(passwordEdit);
    userEdit->setText(QStringLiteral("maker"));
    QTest::keyClicks(passwordEdit, QStringLiteral("s3cret-pass"));

    // A printer with its access code, through the editor.
    dialog.showPage(SettingsDialog::PrintersPage);
    PrintersSettingsPage *printers = dialog.printersPage();
    printers->setDiscovered({{QStringLiteral("3DP-00M-123"), QStringLiteral("192.168.1.60"),
        QStringLiteral("00M09A123456789"), QStringLiteral("X1C")}});
    printers->addPrinter();
    PrinterEditDialog *editor = printers->openEditor();
    REQUIRE(editor);
    editor->discoveredList()->setCurrentRow(0);
    CHECK(editor->hostEdit()->text() == QStringLiteral("192.168.1.60"));
    CHECK(editor->serialEdit()->text() == QStringLiteral("00M09A123456789"));
    CHECK_FALSE(editor->okButton()->isEnabled()); // no access code yet
    QTest::keyClicks(editor->accessCodeEdit(), QStringLiteral("87654321"));
    REQUIRE(editor->okButton()->isEnabled());
    QTest::mouseClick(editor->okButton(), Qt::LeftButton);
    REQUIRE(printers->list()->count() == 1);

    REQUIRE(dialog.apply());
    REQUIRE(f.settings.printers().size() == 1);
    const PrinterEntry entry = f.settings.printers().first();
    CHECK(entry.name == QStringLiteral("3DP-00M-123"));
    CHECK(entry.model == QStringLiteral("X1C"));
    CHECK(f.settings.text(SettingKey::SpoolmanAuthKind) == QStringLiteral("basic"));
    CHECK(f.settings.text(SettingKey::SpoolmanUsername) == QStringLiteral("maker"));
    CHECK(f.readSecret(SecretStore::spoolmanPasswordKey()) == QStringLiteral("s3cret-pass"));
    CHECK(f.readSecret(SecretStore::printerAccessCodeKey(entry.id)) == QStringLiteral("87654321"));
    QFile file(f.settings.filePath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    CHECK_FALSE(content.contains("s3cret-pass"));
    CHECK_FALSE(content.contains("87654321"));

    // Removing the printer removes its stored code on the next apply.
    printers->list()->setCurrentRow(0);
    printers->removePrinter();
    REQUIRE(dialog.apply());
    CHECK(f.settings.printers().isEmpty());
    CHECK(f.readSecret(SecretStore::printerAccessCodeKey(entry.id)).isEmpty());
}

TEST_CASE("settings: the location template has a live preview and an inline error")
{
    Fixture f;
    SettingsDialog dialog(&f.settings, &f.secrets);
    SyncSettingsPage *page = dialog.syncPage();
    page->setPreviewPrinter(QStringLiteral("Garage P1P"), QStringLiteral("01S00C"), QStringLiteral("P1P"));
    page->templateEdit()->setText(QStringLiteral("{model} {printer} / {unit}{slot}"));
    CHECK(page->preview()->text().contains(QStringLiteral("P1P Garage P1P / A1")));
    CHECK_FALSE(page->templateError()->isVisible());
    page->templateEdit()->setText(QStringLiteral("{printer} {tray}"));
    CHECK(page->templateError()->isVisibleTo(page));
    CHECK(page->templateError()->text().contains(QStringLiteral("{tray}")));
    CHECK_FALSE(dialog.apply());
    CHECK(dialog.currentPage() == SettingsDialog::SyncPage);
    page->templateEdit()->setText(QStringLiteral("{printer} · {unit}{slot}"));
    REQUIRE(dialog.apply());
    CHECK(f.settings.text(SettingKey::SyncLocationTemplate) == QStringLiteral("{printer} · {unit}{slot}"));
}

TEST_CASE("first-run wizard: discovered printer, access code, Spoolman URL, stored on apply")
{
    Fixture f;
    FirstRunWizard wizard;
    wizard.setDiscoveredPrinters({{QStringLiteral("Lab X1C"), QStringLiteral("192.168.1.61"),
        QStringLiteral("00M09A999999999"), QStringLiteral("X1C")}});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    QPushButton *next = qobject_cast<QPushButton *>(wizard.button(QWizard::NextButton));
    // The first printer found is chosen for the user.
    CHECK(wizard.hostEdit()->text() == QStringLiteral("192.168.1.61"));
    CHECK(next->isEnabled());
    wizard.nameEdit()->clear();
    CHECK_FALSE(next->isEnabled());
    QTest::keyClicks(wizard.nameEdit(), QStringLiteral("Lab X1C"));
    CHECK(next->isEnabled());
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::AccessCodePageId);
    CHECK_FALSE(next->isEnabled());
    QTest::keyClicks(wizard.accessCodeEdit(), QStringLiteral("abcd12!!34"));
    CHECK(wizard.accessCode() == QStringLiteral("abcd1234")); // the validator drops the rest
    CHECK(next->isEnabled());
    wizard.next();
    wizard.spoolmanUrlEdit()->setText(QStringLiteral("not a url ::"));
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.spoolmanUrlEdit()->setText(QStringLiteral("127.0.0.1:7912"));
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());

    QString error;
    bool stored = false;
    QObject::connect(&wizard, &FirstRunWizard::accessCodeStored, [&](bool ok, const QString &) { stored = ok; });
    REQUIRE(wizard.applyTo(&f.settings, &f.secrets, &error));
    REQUIRE(Test::waitUntil([&] { return stored; }));
    REQUIRE(f.settings.printers().size() == 1);
    CHECK(f.settings.printers().first().host == QStringLiteral("192.168.1.61"));
    CHECK(f.settings.text(SettingKey::SpoolmanUrl) == QStringLiteral("http://127.0.0.1:7912"));
    CHECK(f.readSecret(SecretStore::printerAccessCodeKey(f.settings.printers().first().id))
        == QStringLiteral("abcd1234"));
}
