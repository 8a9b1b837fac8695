#include "ui/emptystate.h"

#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

EmptyState::EmptyState(const QString &iconName, const QString &headline, const QString &detail, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
{
    // A fixed-width column keeps the word-wrapped text's height right (aligned layout items do
    // not get height-for-width).
    auto *column = new QWidget(this);
    column->setFixedWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(10);
    m_icon = new QLabel(column);
    m_icon->setAlignment(Qt::AlignCenter);
    columnLayout->addWidget(m_icon);
    m_headline = new QLabel(headline, column);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_headline->setFont(f);
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    columnLayout->addWidget(m_headline);
    m_detail = new QLabel(detail, column);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    columnLayout->addWidget(m_detail);
    m_column = columnLayout;

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setAccessibleName(headline);
    setAccessibleDescription(detail);
    refreshIcon();
}

EmptyState::~EmptyState() = default;

QString EmptyState::headline() const
{
    return m_headline->text();
}

QString EmptyState::detail() const
{
    return m_detail->text();
}

QPushButton *EmptyState::setAction(const QString &text)
{
    if (!m_action) {
        m_action = new QPushButton(this);
        m_column->addSpacing(6);
        m_column->addWidget(m_action, 0, Qt::AlignHCenter);
        connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    }
    m_action->setText(text);
    return m_action;
}

void EmptyState::refreshIcon()
{
    m_icon->setPixmap(Theme::pixmap(m_iconName, Theme::mutedText(palette()), 56, devicePixelRatioF()));
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_icon)
        refreshIcon();
    QWidget::changeEvent(event);
}

} // namespace Spoolbridge::Ui
