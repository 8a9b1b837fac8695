#include "ui/dialogs/syncsettingspage.h"

#include "core/settings/settings.h"
#include "core/settings/settingsvalidation.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(24, 0, 0, 4);
    return label;
}

} // namespace

SyncSettingsPage::SyncSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_printerName(tr("Workshop X1C"))
    , m_serial(QStringLiteral("00M09A123456789"))
    , m_model(QStringLiteral("X1C"))
{
    auto *layout = new QVBoxLayout(this);

    auto *modeBox = new QGroupBox(tr("When to sync"), this);
    auto *modeLayout = new QVBoxLayout(modeBox);
    m_auto = new QRadioButton(tr("&Auto — whenever the AMS changes (recommended)"), modeBox);
    m_manual = new QRadioButton(tr("&Manual — only when you press Sync now"), modeBox);
    modeLayout->addWidget(m_auto);
    modeLayout->addWidget(m_manual);
    layout->addWidget(modeBox);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_template = new QLineEdit(this);
    m_template->setAccessibleName(tr("Location template"));
    m_template->setToolTip(tr("Placeholders: {printer}, {unit}, {slot}, {serial}, {model}"));
    m_preview = new QLabel(this);
    m_preview->setAccessibleName(tr("Location preview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_templateError = makeErrorLabel(this);
    auto *templateColumn = new QVBoxLayout;
    templateColumn->addWidget(m_template);
    templateColumn->addWidget(m_preview);
    templateColumn->addWidget(m_templateError);
    form->addRow(tr("&Location in Spoolman:"), templateColumn);
    qobject_cast<QLabel *>(form->labelForField(templateColumn))->setBuddy(m_template);
    m_home = new QLineEdit(this);
    m_home->setAccessibleName(tr("Home location"));
    m_home->setPlaceholderText(tr("e.g. Shelf 2 (empty = clear the location)"));
    m_home->setToolTip(tr("Where a spool goes in Spoolman when it leaves the AMS."));
    form->addRow(tr("&Home location:"), m_home);
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(0, 100000);
    m_threshold->setSingleStep(25);
    m_threshold->setSuffix(tr(" g"));
    m_threshold->setSpecialValueText(tr("Off"));
    m_threshold->setAccessibleName(tr("Low-stock threshold in grams"));
    form->addRow(tr("Low-stock &threshold:"), m_threshold);
    layout->addLayout(form);

    m_autoCreate = new QCheckBox(tr("&Create missing Bambu Lab spools in Spoolman"), this);
    m_autoAttach = new QCheckBox(tr("Link spools by their RFID &tag automatically"), this);
    m_clearOnRemoval = new QCheckBox(tr("Move spools to the home location when they &leave the AMS"), this);
    for (QCheckBox *b : {m_autoCreate, m_autoAttach, m_clearOnRemoval})
        layout->addWidget(b);

    auto *weightBox = new QGroupBox(tr("How used filament is measured"), this);
    auto *weightLayout = new QVBoxLayout(weightBox);
    m_perPrint = new QRadioButton(tr("Per &print (recommended)"), weightBox);
    weightLayout->addWidget(m_perPrint);
    weightLayout->addWidget(
        explanation(tr("Reads the grams per filament from the print file when a print ends and "
                       "subtracts them from each spool — the slicer's figures, close to the gram. A cancelled print "
                       "counts the part that was printed."),
            weightBox));
    m_amsEstimate = new QRadioButton(tr("AMS &estimate"), weightBox);
    weightLayout->addWidget(m_amsEstimate);
    weightLayout->addWidget(explanation(tr("Copies the AMS's remaining-percentage estimate to Spoolman. Works "
                                           "without print files, but only for Bambu Lab spools and only in steps "
                                           "of about 10 g; it may overwrite weights you measured yourself."),
        weightBox));
    layout->addWidget(weightBox);
    layout->addStretch();

    connect(m_template, &QLineEdit::textChanged, this, &SyncSettingsPage::updatePreview);
}

SyncSettingsPage::~SyncSettingsPage() = default;

QString SyncSettingsPage::title() const
{
    return tr("Sync");
}

void SyncSettingsPage::setPreviewPrinter(const QString &name, const QString &serial, const QString &model)
{
    m_printerName = name;
    m_serial = serial;
    m_model = model;
    updatePreview();
}

void SyncSettingsPage::load(const Settings &settings)
{
    (settings.syncMode() == Settings::SyncMode::Manual ? m_manual : m_auto)->setChecked(true);
    m_template->setText(settings.text(SettingKey::SyncLocationTemplate));
    m_home->setText(settings.text(SettingKey::SyncHomeLocation));
    m_threshold->setValue(settings.number(SettingKey::SyncLowStockThresholdG));
    m_autoCreate->setChecked(settings.flag(SettingKey::SyncAutoCreate));
    m_autoAttach->setChecked(settings.flag(SettingKey::SyncAutoAttach));
    m_clearOnRemoval->setChecked(settings.flag(SettingKey::SyncClearLocationOnRemoval));
    (settings.weightSource() == Settings::WeightSource::AmsEstimate ? m_amsEstimate : m_perPrint)->setChecked(true);
    const QList<PrinterEntry> printers = settings.printers();
    if (!printers.isEmpty())
        setPreviewPrinter(printers.first().name, printers.first().serial, printers.first().model);
    updatePreview();
}

void SyncSettingsPage::updatePreview()
{
    const QString problem = SettingsValidation::checkLocationTemplate(m_template->text());
    setError(m_templateError, problem);
    if (!problem.isEmpty()) {
        m_preview->clear();
        m_preview->hide();
        return;
    }
    const QHash<QString, QString> values = {{QStringLiteral("printer"), m_printerName},
        {QStringLiteral("unit"), QStringLiteral("A")}, {QStringLiteral("slot"), QStringLiteral("1")},
        {QStringLiteral("serial"), m_serial}, {QStringLiteral("model"), m_model}};
    const QString text = SettingsValidation::expandLocationTemplate(m_template->text(), values);
    m_preview->setText(tr("Preview: <b>%1</b>").arg(text.toHtmlEscaped()));
    m_preview->show();
}

QString SyncSettingsPage::validate()
{
    updatePreview();
    return m_templateError->text();
}

void SyncSettingsPage::collect(QHash<SettingKey, QVariant> &values) const
{
    values.insert(SettingKey::SyncMode, m_manual->isChecked() ? QStringLiteral("manual") : QStringLiteral("auto"));
    values.insert(SettingKey::SyncLocationTemplate, m_template->text());
    values.insert(SettingKey::SyncHomeLocation, m_home->text().trimmed());
    values.insert(SettingKey::SyncLowStockThresholdG, m_threshold->value());
    values.insert(SettingKey::SyncAutoCreate, m_autoCreate->isChecked());
    values.insert(SettingKey::SyncAutoAttach, m_autoAttach->isChecked());
    values.insert(SettingKey::SyncClearLocationOnRemoval, m_clearOnRemoval->isChecked());
    values.insert(SettingKey::SyncWeightSource,
        m_amsEstimate->isChecked() ? QStringLiteral("ams_estimate") : QStringLiteral("per_print"));
}

} // namespace Spoolbridge::Ui
