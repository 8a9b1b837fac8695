#include "ui/dialogs/addspooldialog.h"

#include "ui/dialogs/errorlabel.h"
#include "ui/dialogs/unlinkedspoolmodel.h"
#include "ui/theme.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

namespace {

constexpr int kNewVendor = -1;

QLabel *errorLabel(QWidget *parent)
{
    return new ErrorLabel(parent);
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QDoubleSpinBox *grams(QWidget *parent, double max)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(0);
    box->setSuffix(AddSpoolDialog::tr(" g"));
    box->setSingleStep(10);
    box->setMinimumWidth(150);
    return box;
}

} // namespace

AddSpoolDialog::AddSpoolDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add spool to Spoolman"));
    setAccessibleName(tr("Add spool to Spoolman"));
    auto *layout = new QVBoxLayout(this);
    m_slotLabel = new QLabel(this);
    m_slotLabel->setWordWrap(true);
    m_slotLabel->hide();
    layout->addWidget(m_slotLabel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_material = new QComboBox(this);
    m_material->setEditable(true);
    m_material->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_material->setInsertPolicy(QComboBox::NoInsert);
    m_material->setAccessibleName(tr("Material"));
    setMaterials({QStringLiteral("PLA"), QStringLiteral("PETG"), QStringLiteral("ABS"), QStringLiteral("ASA"),
        QStringLiteral("TPU"), QStringLiteral("PA"), QStringLiteral("PC"), QStringLiteral("PLA-CF"),
        QStringLiteral("PETG-CF"), QStringLiteral("PA-CF"), QStringLiteral("PVA"), QStringLiteral("HIPS")});
    m_materialError = errorLabel(this);
    auto *materialColumn = new QVBoxLayout;
    materialColumn->addWidget(m_material);
    materialColumn->addWidget(m_materialError);
    form->addRow(tr("&Material:"), materialColumn);
    qobject_cast<QLabel *>(form->labelForField(materialColumn))->setBuddy(m_material);

    auto *colorRow = new QHBoxLayout;
    m_swatch = new QLabel(this);
    m_swatch->setFixedSize(28, 28);
    m_swatch->setAccessibleName(tr("Colour preview"));
    colorRow->addWidget(m_swatch);
    m_colorHex = new QLineEdit(this);
    m_colorHex->setPlaceholderText(tr("RRGGBB, e.g. 1E88E5"));
    m_colorHex->setAccessibleName(tr("Colour as hex code"));
    m_colorHex->setMaxLength(7);
    m_colorHex->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("#?[0-9A-Fa-f]{0,6}")), m_colorHex));
    colorRow->addWidget(m_colorHex, 1);
    m_colorButton = new QPushButton(tr("&Pick…"), this);
    m_colorButton->setAccessibleName(tr("Pick a colour"));
    colorRow->addWidget(m_colorButton);
    m_colorError = errorLabel(this);
    auto *colorColumn = new QVBoxLayout;
    colorColumn->addLayout(colorRow);
    colorColumn->addWidget(m_colorError);
    form->addRow(tr("&Colour:"), colorColumn);
    qobject_cast<QLabel *>(form->labelForField(colorColumn))->setBuddy(m_colorHex);

    m_vendor = new QComboBox(this);
    m_vendor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_vendor->setAccessibleName(tr("Vendor"));
    m_newVendor = new QLineEdit(this);
    m_newVendor->setPlaceholderText(tr("Name of the new vendor"));
    m_newVendor->setAccessibleName(tr("New vendor name"));
    m_vendorError = errorLabel(this);
    auto *vendorColumn = new QVBoxLayout;
    vendorColumn->addWidget(m_vendor);
    vendorColumn->addWidget(m_newVendor);
    vendorColumn->addWidget(m_vendorError);
    form->addRow(tr("&Vendor:"), vendorColumn);
    qobject_cast<QLabel *>(form->labelForField(vendorColumn))->setBuddy(m_vendor);

    m_filamentName = new QLineEdit(this);
    m_filamentName->setPlaceholderText(tr("Optional, e.g. PLA Basic"));
    m_filamentName->setAccessibleName(tr("Filament name"));
    form->addRow(tr("Filament &name:"), m_filamentName);

    m_initial = grams(this, 20000);
    m_initial->setMinimum(1);
    m_initial->setValue(1000);
    m_initial->setAccessibleName(tr("Initial filament weight"));
    m_initial->setToolTip(tr("The weight of the filament on a full spool, without the spool itself."));
    form->addRow(tr("&Initial weight:"), m_initial);

    m_empty = grams(this, 5000);
    m_empty->setSpecialValueText(tr("Unknown"));
    m_empty->setAccessibleName(tr("Empty spool weight"));
    m_empty->setToolTip(tr("The weight of the empty spool, for weighing spools on a scale later."));
    m_emptyError = errorLabel(this);
    auto *emptyColumn = new QVBoxLayout;
    emptyColumn->addWidget(m_empty);
    emptyColumn->addWidget(m_emptyError);
    form->addRow(tr("&Empty spool weight:"), emptyColumn);
    qobject_cast<QLabel *>(form->labelForField(emptyColumn))->setBuddy(m_empty);

    m_cost = new QDoubleSpinBox(this);
    m_cost->setRange(0, 100000);
    m_cost->setDecimals(2);
    m_cost->setSpecialValueText(tr("Unknown"));
    m_cost->setSuffix(tr(" per kg"));
    m_cost->setAccessibleName(tr("Cost per kilogram"));
    m_cost->setMinimumWidth(150);
    form->addRow(tr("C&ost:"), m_cost);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(tr("&Add to Spoolman"), QDialogButtonBox::AcceptRole);
    m_add->setDefault(true);
    layout->addWidget(buttons);

    setVendors({});
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        validate();
        if (!isValid())
            return;
        Q_EMIT requestAccepted(request());
        accept();
    });
    connect(m_colorButton, &QPushButton::clicked, this, &AddSpoolDialog::pickColor);
    connect(m_colorHex, &QLineEdit::textChanged, this, &AddSpoolDialog::validate);
    connect(m_material, &QComboBox::currentTextChanged, this, &AddSpoolDialog::validate);
    connect(m_vendor, &QComboBox::currentIndexChanged, this, &AddSpoolDialog::vendorChanged);
    connect(m_newVendor, &QLineEdit::textChanged, this, &AddSpoolDialog::validate);
    connect(m_initial, &QDoubleSpinBox::valueChanged, this, &AddSpoolDialog::validate);
    connect(m_empty, &QDoubleSpinBox::valueChanged, this, &AddSpoolDialog::validate);
    validate();
}

AddSpoolDialog::~AddSpoolDialog() = default;

void AddSpoolDialog::setSlotDescription(const QString &text)
{
    m_slotLabel->setText(tr("Creates a spool in Spoolman for <b>%1</b> and links it.").arg(text.toHtmlEscaped()));
    m_slotLabel->setVisible(!text.isEmpty());
}

void AddSpoolDialog::setMaterials(const QStringList &materials)
{
    const QString current = m_material->currentText();
    m_material->clear();
    m_material->addItems(materials);
    m_material->setCurrentText(current);
}

void AddSpoolDialog::setVendors(const QList<Vendor> &vendors)
{
    const QString current = m_vendor->currentText();
    m_vendors = vendors;
    m_vendor->blockSignals(true);
    m_vendor->clear();
    for (const Vendor &v : vendors)
        m_vendor->addItem(v.name, v.id);
    m_vendor->addItem(tr("New vendor…"), kNewVendor);
    const int index = m_vendor->findText(current);
    m_vendor->setCurrentIndex(index >= 0 ? index : 0);
    m_vendor->blockSignals(false);
    vendorChanged();
}

void AddSpoolDialog::prefill(const QString &material, const QString &colorHex, const QString &vendorName,
    const QString &filamentName, double initialWeightG)
{
    m_material->setCurrentText(material);
    const QString hex = UnlinkedSpoolModel::normalizedHex(colorHex);
    m_colorHex->setText(hex.mid(1));
    int index = -1;
    for (int i = 0; i < m_vendor->count() - 1; ++i) {
        if (m_vendor->itemText(i).compare(vendorName.trimmed(), Qt::CaseInsensitive) == 0)
            index = i;
    }
    if (index >= 0) {
        m_vendor->setCurrentIndex(index);
        m_newVendor->clear();
    } else if (!vendorName.trimmed().isEmpty()) {
        m_vendor->setCurrentIndex(m_vendor->count() - 1);
        m_newVendor->setText(vendorName.trimmed());
    }
    // A vendor's known spool tare fills in the empty weight.
    const int vendorId = m_vendor->currentData().toInt();
    for (const Vendor &v : std::as_const(m_vendors)) {
        if (v.id == vendorId && v.emptySpoolWeight)
            m_empty->setValue(*v.emptySpoolWeight);
    }
    m_filamentName->setText(filamentName);
    if (initialWeightG > 0)
        m_initial->setValue(initialWeightG);
    validate();
}

void AddSpoolDialog::pickColor()
{
    // Non-blocking: the dialog reports through colorSelected.
    auto *dialog = new QColorDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString hex = UnlinkedSpoolModel::normalizedHex(m_colorHex->text());
    if (!hex.isEmpty())
        dialog->setCurrentColor(QColor(hex));
    connect(dialog, &QColorDialog::colorSelected, this,
        [this](const QColor &color) { m_colorHex->setText(color.name(QColor::HexRgb).mid(1).toUpper()); });
    dialog->open();
}

void AddSpoolDialog::vendorChanged()
{
    const bool isNew = m_vendor->currentData().toInt() == kNewVendor;
    m_newVendor->setVisible(isNew);
    m_newVendor->setEnabled(isNew);
    validate();
}

void AddSpoolDialog::updateSwatch()
{
    const QString hex = UnlinkedSpoolModel::normalizedHex(m_colorHex->text());
    const qreal dpr = devicePixelRatioF();
    QPixmap pixmap(QSize(28, 28) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!hex.isEmpty()) {
        Theme::paintSwatch(painter, QRectF(1, 1, 26, 26), {hex.mid(1)}, palette());
    } else {
        painter.setPen(QPen(Theme::mutedText(palette()), 1, Qt::DashLine));
        painter.drawEllipse(QRectF(2, 2, 24, 24));
    }
    painter.end();
    m_swatch->setPixmap(pixmap);
    m_swatch->setToolTip(hex.isEmpty() ? tr("No valid colour yet") : hex);
}

QStringList AddSpoolDialog::problems() const
{
    QStringList result;
    if (m_material->currentText().trimmed().isEmpty())
        result << tr("Enter the material, for example PLA.");
    if (UnlinkedSpoolModel::normalizedHex(m_colorHex->text()).isEmpty())
        result << tr("Enter the colour as six hex digits (RRGGBB), or pick it.");
    if (m_vendor->currentData().toInt() == kNewVendor && m_newVendor->text().trimmed().isEmpty())
        result << tr("Enter the new vendor's name, or choose an existing vendor.");
    if (m_empty->value() > 0 && m_empty->value() >= m_initial->value() * 2)
        result << tr("The empty spool weighs more than twice the filament — check both weights.");
    return result;
}

bool AddSpoolDialog::isValid() const
{
    return problems().isEmpty();
}

void AddSpoolDialog::validate()
{
    updateSwatch();
    const QString material = m_material->currentText().trimmed();
    showError(m_materialError, material.isEmpty() ? tr("Enter the material, for example PLA.") : QString());
    const QString hexText = m_colorHex->text();
    QString colorProblem;
    if (UnlinkedSpoolModel::normalizedHex(hexText).isEmpty()) {
        colorProblem = hexText.isEmpty() ? tr("Enter the colour as six hex digits (RRGGBB), or pick it.")
                                         : tr("A colour needs six hex digits (RRGGBB), e.g. 1E88E5.");
    }
    showError(m_colorError, colorProblem);
    const bool isNew = m_vendor->currentData().toInt() == kNewVendor;
    showError(m_vendorError,
        isNew && m_newVendor->text().trimmed().isEmpty()
            ? tr("Enter the new vendor's name, or choose an existing vendor.")
            : QString());
    showError(m_emptyError,
        m_empty->value() > 0 && m_empty->value() >= m_initial->value() * 2
            ? tr("The empty spool weighs more than twice the filament — check both weights.")
            : QString());
    m_add->setEnabled(isValid());
}

AddSpoolRequest AddSpoolDialog::request() const
{
    AddSpoolRequest r;
    r.material = m_material->currentText().trimmed();
    r.colorHex = UnlinkedSpoolModel::normalizedHex(m_colorHex->text()).mid(1);
    const int vendorId = m_vendor->currentData().toInt();
    if (vendorId == kNewVendor) {
        r.vendorName = m_newVendor->text().trimmed();
    } else {
        r.vendorId = vendorId;
        r.vendorName = m_vendor->currentText();
    }
    r.initialWeightG = m_initial->value();
    if (m_empty->value() > 0)
        r.emptySpoolWeightG = m_empty->value();
    if (m_cost->value() > 0)
        r.pricePerKg = m_cost->value();
    r.filamentName = m_filamentName->text().trimmed();
    return r;
}

} // namespace Spoolbridge::Ui
