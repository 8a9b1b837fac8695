#include "core/engine/filamentmatch.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Spoolbridge::FilamentMatch {

double densityFor(const QString &material)
{
    static const QList<std::pair<QString, double>> table = {
        {QStringLiteral("PLA"), 1.24},
        {QStringLiteral("PETG"), 1.27},
        {QStringLiteral("PET"), 1.27},
        {QStringLiteral("ABS"), 1.04},
        {QStringLiteral("ASA"), 1.07},
        {QStringLiteral("TPU"), 1.21},
        {QStringLiteral("PA"), 1.14},
        {QStringLiteral("PAHT"), 1.14},
        {QStringLiteral("PC"), 1.2},
        {QStringLiteral("PVA"), 1.23},
        {QStringLiteral("HIPS"), 1.04},
        {QStringLiteral("PP"), 0.9},
        {QStringLiteral("PPS"), 1.35},
        {QStringLiteral("PET-CF"), 1.29},
        {QStringLiteral("PETG-CF"), 1.25},
        {QStringLiteral("PLA-CF"), 1.22},
        {QStringLiteral("PA-CF"), 1.21},
        {QStringLiteral("PAHT-CF"), 1.21},
        {QStringLiteral("PA6-CF"), 1.21},
        {QStringLiteral("PA6-GF"), 1.23},
        {QStringLiteral("PC-FR"), 1.2},
        {QStringLiteral("ABS-GF"), 1.08},
        {QStringLiteral("ASA-CF"), 1.1},
        {QStringLiteral("BVOH"), 1.14},
    };
    const QString key = material.trimmed().toUpper();
    for (const auto &[name, density] : table) {
        if (name == key)
            return density;
    }
    // Base family: "PLA-S" → PLA, "PA6" → PA, "PETG HF" → PETG.
    static const QRegularExpression base(QStringLiteral("^([A-Z]+)"));
    const QString family = base.match(key).captured(1);
    for (const QString &candidate : {family, family.left(family.size() - 1)}) {
        for (const auto &[name, density] : table) {
            if (!candidate.isEmpty() && name == candidate)
                return density;
        }
    }
    return 1.24;
}

QString normalizeColor(const QString &color)
{
    QString hex = color.trimmed();
    if (hex.startsWith(u'#'))
        hex.remove(0, 1);
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?$"));
    if (!pattern.match(hex).hasMatch())
        return {};
    return hex.left(6).toUpper();
}

bool sameColor(const QString &a, const QString &b)
{
    const QString left = normalizeColor(a);
    return !left.isEmpty() && left == normalizeColor(b);
}

bool sameMaterial(const QString &a, const QString &b)
{
    return !a.trimmed().isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<Filament> pickFilament(
    const QList<Filament> &filaments, int vendorId, const QString &material, const QString &color)
{
    std::optional<Filament> best;
    for (const Filament &filament : filaments) {
        const int owner = filament.vendor ? filament.vendor->id : filament.vendorId.value_or(0);
        if (owner != vendorId || !sameMaterial(filament.material.value_or(QString()), material)
            || !sameColor(filament.colorHex.value_or(QString()), color))
            continue;
        if (!best || filament.id < best->id) // the oldest one: stable across runs
            best = filament;
    }
    return best;
}

namespace {

// "PLA Matte" with material "PLA" → "matte"; "Bambu PLA Basic" → "basic".
QString profileWords(const QString &profile, const QString &material)
{
    QString words = profile.toLower();
    words.remove(QStringLiteral("bambu lab"));
    words.remove(QStringLiteral("bambu"));
    const QString mat = material.toLower();
    if (!mat.isEmpty())
        words.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(mat))), QString());
    return words.simplified();
}

} // namespace

std::optional<ExternalFilament> pickExternal(const QList<ExternalFilament> &catalog, const QString &material,
    const QString &color, const QString &profile, double labelWeight, double diameter)
{
    const QString words = profileWords(profile, material);
    QList<ExternalFilament> colourMatches;
    for (const ExternalFilament &entry : catalog) {
        if (entry.manufacturer.compare(QLatin1String(BambuVendorName), Qt::CaseInsensitive) != 0)
            continue;
        if (!sameMaterial(entry.material, material) || !sameColor(entry.colorHex.value_or(QString()), color))
            continue;
        if (diameter > 0 && entry.diameter > 0 && std::abs(entry.diameter - diameter) > 0.05)
            continue;
        colourMatches.append(entry);
    }
    // Prefer the label weight when several sizes exist.
    auto byWeight = [labelWeight](QList<ExternalFilament> list) {
        if (labelWeight <= 0 || list.size() < 2)
            return list;
        QList<ExternalFilament> exact;
        for (const ExternalFilament &entry : list) {
            if (std::abs(entry.weight - labelWeight) < 1)
                exact.append(entry);
        }
        return exact.isEmpty() ? list : exact;
    };
    QList<ExternalFilament> named;
    for (const ExternalFilament &entry : std::as_const(colourMatches)) {
        const QString name = profileWords(entry.name, material);
        if (!words.isEmpty() && (name == words || name.startsWith(words + u' ')))
            named.append(entry);
    }
    named = byWeight(named);
    if (named.size() == 1)
        return named.first();
    if (words.isEmpty()) {
        colourMatches = byWeight(colourMatches);
        if (colourMatches.size() == 1)
            return colourMatches.first();
    }
    return std::nullopt;
}

QList<Spool> rankCandidates(
    const QList<Spool> &spools, const QString &material, const QString &color, double labelWeight)
{
    QList<Spool> candidates;
    for (const Spool &spool : spools) {
        if (spool.archived || !spool.tag().value_or(QString()).trimmed().isEmpty())
            continue;
        if (!sameMaterial(spool.filament.material.value_or(QString()), material)
            || !sameColor(spool.filament.colorHex.value_or(QString()), color))
            continue;
        candidates.append(spool);
    }
    auto unused = [](const Spool &spool) { return spool.usedWeight <= 0 && !spool.firstUsed; };
    auto distance = [labelWeight](const Spool &spool) {
        return labelWeight > 0 ? std::abs(spool.remainingWeight.value_or(0) - labelWeight) : 0.0;
    };
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Spool &a, const Spool &b) {
        if (unused(a) != unused(b))
            return unused(a);
        if (distance(a) != distance(b))
            return distance(a) < distance(b);
        return a.id < b.id;
    });
    return candidates;
}

} // namespace Spoolbridge::FilamentMatch
