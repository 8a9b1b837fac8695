#pragma once

#include "core/spoolman/vendor.h"
#include "ui/dialogs/addspoolrequest.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Spoolbridge::Ui {

// "Add to Spoolman": material, colour, vendor, weights and cost of a new spool, pre-filled from
// the slot. Every field is checked as it is edited; Add stays disabled until all are valid.
// request() gives what the engine needs to create vendor, filament and spool.
class AddSpoolDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddSpoolDialog)

public:
    explicit AddSpoolDialog(QWidget *parent = nullptr);
    ~AddSpoolDialog() override;

    void setSlotDescription(const QString &text);
    // Materials offered in the (editable) material box.
    void setMaterials(const QStringList &materials);
    // Spoolman's vendors; "New vendor…" lets the user type another name.
    void setVendors(const QList<Vendor> &vendors);
    // Values from the slot: material, colour (RRGGBB[AA], '#' optional), vendor name (matched
    // against the vendor list, else offered as a new vendor), profile name and weight.
    void prefill(const QString &material, const QString &colorHex, const QString &vendorName,
        const QString &filamentName = QString(), double initialWeightG = 1000);

    bool isValid() const;
    // One sentence per invalid field (empty when valid).
    QStringList problems() const;
    AddSpoolRequest request() const;

    QComboBox *materialBox() const { return m_material; }
    QLineEdit *colorEdit() const { return m_colorHex; }
    QComboBox *vendorBox() const { return m_vendor; }
    QLineEdit *newVendorEdit() const { return m_newVendor; }
    QDoubleSpinBox *initialWeightBox() const { return m_initial; }
    QDoubleSpinBox *emptyWeightBox() const { return m_empty; }
    QDoubleSpinBox *costBox() const { return m_cost; }
    QPushButton *addButton() const { return m_add; }
    QLabel *colorError() const { return m_colorError; }

Q_SIGNALS:
    void requestAccepted(const Spoolbridge::Ui::AddSpoolRequest &request);

private:
    void pickColor();
    void validate();
    void updateSwatch();
    void vendorChanged();

    QLabel *m_slotLabel = nullptr;
    QComboBox *m_material = nullptr;
    QLabel *m_materialError = nullptr;
    QLineEdit *m_colorHex = nullptr;
    QPushButton *m_colorButton = nullptr;
    QLabel *m_swatch = nullptr;
    QLabel *m_colorError = nullptr;
    QComboBox *m_vendor = nullptr;
    QLineEdit *m_newVendor = nullptr;
    QLabel *m_vendorError = nullptr;
    QLineEdit *m_filamentName = nullptr;
    QDoubleSpinBox *m_initial = nullptr;
    QDoubleSpinBox *m_empty = nullptr;
    QLabel *m_emptyError = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QPushButton *m_add = nullptr;
    QList<Vendor> m_vendors;
};

} // namespace Spoolbridge::Ui
