#pragma once

#include "ui/dialogs/settingspage.h"

class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace Spoolbridge::Ui {

// Sync: Auto/Manual, the Spoolman location template with a live preview, the home location,
// the low-stock threshold, auto-create, auto-attach, clearing locations on removal and the
// weight source (per print vs AMS estimate, each explained).
class SyncSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsPage)

public:
    explicit SyncSettingsPage(QWidget *parent = nullptr);
    ~SyncSettingsPage() override;

    QString title() const override;
    QString iconName() const override { return QStringLiteral("sync"); }
    void load(const Settings &settings) override;
    QString validate() override;
    void collect(QHash<SettingKey, QVariant> &values) const override;

    // The printer name used in the preview (the first configured printer).
    void setPreviewPrinter(const QString &name, const QString &serial, const QString &model);

    QLineEdit *templateEdit() const { return m_template; }
    QLabel *preview() const { return m_preview; }
    QLabel *templateError() const { return m_templateError; }
    QRadioButton *autoButton() const { return m_auto; }

private:
    void updatePreview();

    QRadioButton *m_auto = nullptr;
    QRadioButton *m_manual = nullptr;
    QLineEdit *m_template = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_templateError = nullptr;
    QLineEdit *m_home = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_autoCreate = nullptr;
    QCheckBox *m_autoAttach = nullptr;
    QCheckBox *m_clearOnRemoval = nullptr;
    QRadioButton *m_perPrint = nullptr;
    QRadioButton *m_amsEstimate = nullptr;
    QString m_printerName;
    QString m_serial;
    QString m_model;
};

} // namespace Spoolbridge::Ui
