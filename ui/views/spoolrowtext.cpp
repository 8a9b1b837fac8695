#include "ui/views/spoolrowtext.h"

#include <QLocale>

namespace Spoolbridge::Ui {

QString SpoolRowText::title(int spoolId, const QString &name)
{
    return name.isEmpty() ? tr("Spool #%1").arg(spoolId) : tr("#%1 %2").arg(spoolId).arg(name);
}

QString SpoolRowText::grams(std::optional<double> grams)
{
    return grams ? tr("%1 g").arg(QLocale().toString(*grams, 'f', 0)) : tr("Unknown");
}

QStringList SpoolRowText::colors(const QString &colorHex, const QString &multiColorHexes)
{
    QStringList multi = multiColorHexes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!multi.isEmpty())
        return multi;
    if (!colorHex.isEmpty())
        return {colorHex};
    return {};
}

} // namespace Spoolbridge::Ui
