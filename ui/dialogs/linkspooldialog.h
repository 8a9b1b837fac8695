#pragma once

#include "core/spoolman/spool.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Spoolbridge::Ui {

class EmptyState;
class UnlinkedSpoolModel;
class UnlinkedSpoolProxy;

// "Link to Spoolman": lists the Spoolman spools that no slot is linked to, spools that match
// the slot's material and colour first. Link returns the chosen spool's id (selectedSpoolId()
// and spoolChosen()). Type anywhere to filter; Enter links the selected row.
class LinkSpoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkSpoolDialog)

public:
    explicit LinkSpoolDialog(QWidget *parent = nullptr);
    ~LinkSpoolDialog() override;

    // The slot being linked ("Workshop X1C · AMS A Slot 2") and its filament.
    void setSlotDescription(const QString &text);
    void setSlotFilament(const QString &material, const QString &colorHex);
    // The candidate spools (the caller passes the unlinked ones). Ends the loading state.
    void setSpools(const QList<Spool> &spools);
    // While the spools are being fetched: a busy bar instead of the list.
    void setLoading(bool loading);
    // A fetch failed: the message replaces the list.
    void setError(const QString &message);

    // The id of the selected spool, or 0.
    int selectedSpoolId() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QPushButton *linkButton() const { return m_link; }
    UnlinkedSpoolProxy *proxy() const { return m_proxy; }
    bool isShowingEmptyState() const;

Q_SIGNALS:
    void spoolChosen(int spoolId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    void updateLinkButton();
    void linkSelected();

    UnlinkedSpoolModel *m_model = nullptr;
    UnlinkedSpoolProxy *m_proxy = nullptr;
    QLabel *m_slotLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_table = nullptr;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_noMatches = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_count = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_link = nullptr;
    bool m_loading = false;
};

} // namespace Spoolbridge::Ui
