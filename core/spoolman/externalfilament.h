#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Spoolbridge {

// One SpoolmanDB entry (GET /external/filament), e.g. "bambulab_pla_basic_black_1000_175_n".
struct ExternalFilament {
    QString id;
    QString manufacturer;
    QString name;
    QString material;
    double density = 0;
    double weight = 0;
    std::optional<double> spoolWeight; // spool_weight
    std::optional<QString> spoolType; // spool_type: plastic, cardboard, metal
    double diameter = 0;
    std::optional<QString> colorHex; // color_hex (single colour)
    QStringList colorHexes; // color_hexes (multi-colour)
    std::optional<int> extruderTemp;
    std::optional<int> bedTemp;
    std::optional<QString> finish;
    std::optional<QString> multiColorDirection;
    std::optional<QString> pattern;
    bool translucent = false;
    bool glow = false;

    static std::optional<ExternalFilament> fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

} // namespace Spoolbridge
