#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Spoolbridge::Ui {

// The texts and swatch colours of a spool row, shared by the spool tables (Inventory, the
// link dialog's unlinked spools) so that a spool reads the same everywhere.
class SpoolRowText final
{
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Ui::SpoolRowText)

public:
    SpoolRowText() = delete;

    // "#12 PLA Basic", or "Spool #12" when the filament has no name.
    static QString title(int spoolId, const QString &name);
    // "850 g" in the user's locale, or "Unknown".
    static QString grams(std::optional<double> grams);
    // The colours for SwatchDelegate::ColorsRole: Spoolman's multi-colour list
    // ("FF0000,00FF00") when set, else the single colour; empty when there is none.
    static QStringList colors(const QString &colorHex, const QString &multiColorHexes = QString());
};

} // namespace Spoolbridge::Ui
