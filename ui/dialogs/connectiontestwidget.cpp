#include "ui/dialogs/connectiontestwidget.h"

#include "core/spoolman/connectiontester.h"
#include "core/spoolman/spoolmanclient.h"
#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

ConnectionTestWidget::ConnectionTestWidget(QWidget *parent)
    : QWidget(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_client(new SpoolmanClient(m_network, this))
    , m_tester(new ConnectionTester(m_client, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_button = new QPushButton(tr("&Test Connection"), this);
    m_button->setAccessibleName(tr("Test the connection to Spoolman"));
    row->addWidget(m_button);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(140);
    m_busy->setMaximumHeight(12);
    m_busy->setAccessibleName(tr("Testing the connection"));
    m_busy->hide();
    row->addWidget(m_busy);
    row->addStretch();
    layout->addLayout(row);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setAccessibleName(tr("Connection test result"));
    m_result->hide();
    layout->addWidget(m_result);

    connect(m_button, &QPushButton::clicked, this, &ConnectionTestWidget::start);
    connect(m_tester, &ConnectionTester::finished, this, [this](const ConnectionTestResult &result) {
        m_busy->hide();
        m_button->setEnabled(true);
        m_last = result;
        show(result);
        Q_EMIT finished(result);
    });
}

ConnectionTestWidget::~ConnectionTestWidget() = default;

bool ConnectionTestWidget::isRunning() const
{
    return m_tester->isRunning();
}

void ConnectionTestWidget::reset()
{
    m_last.reset();
    m_result->hide();
    m_result->clear();
}

void ConnectionTestWidget::start()
{
    if (m_tester->isRunning())
        return;
    QString error;
    const std::optional<SpoolmanConfig> config = m_provider ? m_provider(&error) : std::optional<SpoolmanConfig>();
    if (!config) {
        showMessage(error.isEmpty() ? tr("Enter Spoolman's address first.") : error, false);
        return;
    }
    m_client->setConfig(*config);
    m_button->setEnabled(false);
    m_busy->show();
    showMessage(tr("Contacting %1…").arg(config->displayUrl()), true);
    m_tester->start();
}

void ConnectionTestWidget::showMessage(const QString &text, bool ok)
{
    QPalette p = palette();
    if (!ok)
        p.setColor(QPalette::WindowText, Theme::fillColor(p, 0));
    m_result->setPalette(p);
    m_result->setText(text.toHtmlEscaped());
    m_result->show();
}

void ConnectionTestWidget::show(const ConnectionTestResult &result)
{
    if (!result.usable) {
        QString text = result.verdict.isEmpty() ? result.error : result.verdict;
        if (text.isEmpty())
            text = tr("Spoolman at %1 cannot be used — check the address and try again.").arg(result.url);
        showMessage(text, false);
        return;
    }
    QStringList lines;
    const QString okColor = Theme::fillColor(palette(), 100).name();
    lines << tr("<span style='color:%1'><b>Connected</b></span> to Spoolman %2 at %3.")
                 .arg(okColor, result.version.toHtmlEscaped(), result.url.toHtmlEscaped());
    if (result.roundTripMs >= 0)
        lines << tr("Round trip: %1 ms").arg(result.roundTripMs);
    lines << (result.tagFilter ? tr("Spools are looked up by tag on the server.")
                               : tr("Spools are found by reading the whole list (Spoolman older than 0.25)."));
    if (!result.fieldsMissing.isEmpty())
        lines << tr("Extra fields to register on the first sync: %1")
                     .arg(result.fieldsMissing.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!result.fieldsPresent.isEmpty())
        lines << tr("Extra fields present: %1").arg(result.fieldsPresent.join(QStringLiteral(", ")).toHtmlEscaped());
    m_result->setPalette(palette());
    m_result->setText(lines.join(QStringLiteral("<br>")));
    m_result->show();
}

} // namespace Spoolbridge::Ui
