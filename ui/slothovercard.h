#pragma once

#include "core/printer/printerstate.h"
#include "ui/slotlinkinfo.h"

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Spoolbridge::Ui {

// The popup shown for a slot: vendor, profile, colour, K factor, fill level, Spoolman weight,
// spool UUID with Copy, and the Spoolman actions. The buttons follow the feature page:
//   Open in Spoolman + Unlink   when the spool is linked;
//   Link to Spoolman            when not linked — enabled only if Spoolman has unlinked spools;
//   Add to Spoolman             when not linked (unknown filament);
//   nothing                     when the slot is empty or Spoolman is not configured.
// The actions are signals; the window performs them.
class SlotHoverCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotHoverCard)

public:
    explicit SlotHoverCard(QWidget *parent = nullptr);
    ~SlotHoverCard() override;

    void setContent(const Slot &slot, const QString &label, const SlotLinkInfo &link);
    SlotKey key() const { return {m_slot.unitId, m_slot.slotIndex}; }

    // Shows the card next to `anchor` (a SlotCard). As a popup (`interactive`), it takes
    // keyboard focus and closes with Escape or a click elsewhere; otherwise it behaves like a
    // tooltip that the pointer can move onto.
    void showFor(const QWidget *anchor, bool interactive);
    bool isInteractive() const { return m_interactive; }

    QPushButton *openButton() const { return m_open; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *unlinkButton() const { return m_unlink; }
    QPushButton *copyButton() const { return m_copy; }
    QString hintText() const; // the explanatory line under the buttons, if any

Q_SIGNALS:
    void openInSpoolmanRequested(Spoolbridge::Ui::SlotKey key, int spoolId);
    void linkRequested(Spoolbridge::Ui::SlotKey key);
    void addRequested(Spoolbridge::Ui::SlotKey key);
    void unlinkRequested(Spoolbridge::Ui::SlotKey key);
    void uuidCopied(const QString &uuid);
    void pointerEntered();
    void pointerLeft();

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void refresh();
    void updateButtons();
    void refreshIcons();
    void copyUuid();

    Slot m_slot;
    SlotLinkInfo m_linkInfo;
    QString m_label;
    bool m_interactive = false;

    QLabel *m_swatch = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_vendor = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_colorName = nullptr;
    QLabel *m_k = nullptr;
    QProgressBar *m_fill = nullptr;
    QLabel *m_fillText = nullptr;
    QLabel *m_spoolmanCaption = nullptr;
    QLabel *m_spoolman = nullptr;
    QLabel *m_uuidCaption = nullptr;
    QLabel *m_uuid = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_actions = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_unlink = nullptr;
    QTimer *m_copiedReset = nullptr;
};

} // namespace Spoolbridge::Ui
