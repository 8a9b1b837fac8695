#include "ui/emptystate.h"

#include "ui/theme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Spoolbridge::Ui {

EmptyState::EmptyState(const QString &iconName, const QString &headline, const QString &detail, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 40, 40, 40);
    layout->setSpacing(10);
    layout->addStretch(1);
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    m_headline = new QLabel(headline, this);
    QFont f = m_headline->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    m_headline->setFont(f);
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_detail = new QLabel(detail, this);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setMaximumWidth(520);
    layout->addWidget(m_detail, 0, Qt::AlignHCenter);
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
