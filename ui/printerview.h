#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QProgressBar;
class QScrollArea;

namespace Spoolbridge::Ui {

class AmsUnitWidget;
class FlowLayout;
class HoverCardController;
class SlotCard;
class SlotHoverCard;

// Everything about one printer: header (name, model, connection, job), its AMS units and
// external spools. setState() and setLinkInfo() update the existing widgets in place, so a
// report every second neither flickers nor loses focus or hover.
class PrinterView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterView)

public:
    explicit PrinterView(QWidget *parent = nullptr);
    ~PrinterView() override;

    void setPrinterName(const QString &name);
    void setConnectionState(ConnectionState state, const QString &message = QString());
    void setState(const PrinterState &state);
    void setLinkInfo(const SlotKey &key, const SlotLinkInfo &info);
    // Spoolman's base URL (empty: not configured); used for slots without their own link info.
    void setSpoolmanUrl(const QString &url);

    const PrinterState &state() const { return m_state; }
    QString printerName() const { return m_name; }
    ConnectionState connectionState() const { return m_connection; }
    SlotCard *card(const SlotKey &key) const;
    QList<SlotCard *> cards() const;
    AmsUnitWidget *unitWidget(int unitId) const { return m_units.value(unitId); }
    AmsUnitWidget *externalWidget() const { return m_external; }
    SlotHoverCard *hoverCard() const { return m_hoverCard; }
    HoverCardController *hoverController() const { return m_hover; }
    QString jobText() const; // the job line as shown ("Printing · benchy.3mf")
    QString progressText() const; // "Layer 12 of 230 · 45 min left"

Q_SIGNALS:
    void openInSpoolmanRequested(Spoolbridge::Ui::SlotKey key, int spoolId);
    void linkRequested(Spoolbridge::Ui::SlotKey key);
    void addToSpoolmanRequested(Spoolbridge::Ui::SlotKey key);
    void unlinkRequested(Spoolbridge::Ui::SlotKey key);
    void uuidCopied(const QString &uuid);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    QWidget *buildHeader();
    void updateHeader();
    void updateConnectionIcon();
    SlotLinkInfo effectiveLink(const SlotKey &key) const;
    void applyLinks(AmsUnitWidget *unit);
    AmsUnitWidget *createUnitWidget();

    QString m_name;
    QString m_spoolmanUrl;
    PrinterState m_state;
    ConnectionState m_connection = ConnectionState::Disconnected;
    QString m_connectionMessage;
    QString m_jobFullName;
    QMap<SlotKey, SlotLinkInfo> m_links;

    QLabel *m_title = nullptr;
    QLabel *m_model = nullptr;
    QLabel *m_connectionIcon = nullptr;
    QLabel *m_connectionText = nullptr;
    QLabel *m_jobState = nullptr;
    QLabel *m_jobName = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_emptyUnits = nullptr;
    QScrollArea *m_scroll = nullptr;
    FlowLayout *m_flow = nullptr;
    QMap<int, AmsUnitWidget *> m_units;
    AmsUnitWidget *m_external = nullptr;
    SlotHoverCard *m_hoverCard = nullptr;
    HoverCardController *m_hover = nullptr;
};

} // namespace Spoolbridge::Ui
