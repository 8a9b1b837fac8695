#pragma once

#include "core/spoolman/connectiontestresult.h"
#include "core/spoolman/spoolmanconfig.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace Spoolbridge {
class ConnectionTester;
class SpoolmanClient;
} // namespace Spoolbridge

namespace Spoolbridge::Ui {

// A "Test Connection" button with a busy bar and the outcome: Spoolman's version, the round
// trip, how spools are looked up (capabilities) and the extra fields, or one readable sentence
// when the server cannot be used. Runs asynchronously; the owner supplies the configuration.
class ConnectionTestWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTestWidget)

public:
    // Returns the configuration to test, or nullopt with a message for the user.
    using ConfigProvider = std::function<std::optional<SpoolmanConfig>(QString *error)>;

    explicit ConnectionTestWidget(QWidget *parent = nullptr);
    ~ConnectionTestWidget() override;

    void setConfigProvider(ConfigProvider provider) { m_provider = std::move(provider); }
    // Runs the test with the provider's configuration (what the button does).
    void start();
    bool isRunning() const;
    // Forgets the last outcome (e.g. when the URL changed).
    void reset();

    QPushButton *testButton() const { return m_button; }
    QLabel *resultLabel() const { return m_result; }
    QProgressBar *busyIndicator() const { return m_busy; }
    std::optional<ConnectionTestResult> lastResult() const { return m_last; }

Q_SIGNALS:
    void finished(const Spoolbridge::ConnectionTestResult &result);

private:
    void show(const ConnectionTestResult &result);
    void showMessage(const QString &text, bool ok);

    ConfigProvider m_provider;
    QNetworkAccessManager *m_network = nullptr;
    SpoolmanClient *m_client = nullptr;
    ConnectionTester *m_tester = nullptr;
    QPushButton *m_button = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_result = nullptr;
    std::optional<ConnectionTestResult> m_last;
};

} // namespace Spoolbridge::Ui
