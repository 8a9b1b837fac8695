#include "core/engine/linkstore.h"

#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Spoolbridge {

QJsonObject SlotBinding::toJson() const
{
    QJsonObject object {{QStringLiteral("spool_id"), spoolId}, {QStringLiteral("registered"), registered}};
    if (!tag.isEmpty())
        object.insert(QStringLiteral("tag"), tag);
    if (!location.isEmpty())
        object.insert(QStringLiteral("location"), location);
    if (!filament.isEmpty())
        object.insert(QStringLiteral("filament"), filament);
    return object;
}

SlotBinding SlotBinding::fromJson(const QJsonObject &object)
{
    SlotBinding binding;
    binding.spoolId = object.value(QLatin1String("spool_id")).toInt();
    binding.registered = object.value(QLatin1String("registered")).toString();
    binding.tag = object.value(QLatin1String("tag")).toString();
    binding.location = object.value(QLatin1String("location")).toString();
    binding.filament = object.value(QLatin1String("filament")).toString();
    return binding;
}

namespace {

QHash<QString, SlotBinding> bindings(const QJsonObject &object)
{
    QHash<QString, SlotBinding> result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const SlotBinding binding = SlotBinding::fromJson(it.value().toObject());
        if (binding.spoolId > 0 || binding.spoolId == SlotBinding::Detached)
            result.insert(it.key(), binding);
    }
    return result;
}

QJsonObject toObject(const QHash<QString, SlotBinding> &map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it)
        object.insert(it.key(), it.value().toJson());
    return object;
}

} // namespace

bool LinkStore::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_links.clear();
    m_placements.clear();
    m_lowStock.clear();
    m_thresholds.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("Could not read the slot links in %1 (%2): check the file's permissions.")
                      .arg(QDir::toNativeSeparators(path), file.errorString());
        m_path.clear();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        m_error = tr("The slot links file %1 is damaged (%2): move it away and link the slots again.")
                      .arg(QDir::toNativeSeparators(path), parseError.errorString());
        m_path.clear();
        return false;
    }
    const QJsonObject root = document.object();
    m_links = bindings(root.value(QLatin1String("links")).toObject());
    m_placements = bindings(root.value(QLatin1String("placements")).toObject());
    const QJsonObject low = root.value(QLatin1String("low_stock_alerted")).toObject();
    for (auto it = low.begin(); it != low.end(); ++it)
        m_lowStock.insert(it.key(), true);
    const QJsonObject thresholds = root.value(QLatin1String("thresholds")).toObject();
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it)
        m_thresholds.insert(it.key(), it.value().toDouble());
    return true;
}

QString LinkStore::slotKey(const QString &serial, int unitId, int slotIndex)
{
    return QStringLiteral("%1/%2/%3").arg(serial).arg(unitId).arg(slotIndex);
}

QString LinkStore::spoolKey(int spoolId, const QString &registered, const QString &tag)
{
    if (!tag.isEmpty())
        return QStringLiteral("tag:") + tag.toUpper();
    return QStringLiteral("spool:%1@%2").arg(spoolId).arg(registered);
}

std::optional<SlotBinding> LinkStore::manualLink(const QString &serial, int unitId, int slotIndex) const
{
    const auto it = m_links.constFind(slotKey(serial, unitId, slotIndex));
    return it == m_links.constEnd() ? std::nullopt : std::optional<SlotBinding>(it.value());
}

void LinkStore::setManualLink(const QString &serial, int unitId, int slotIndex, const SlotBinding &binding)
{
    m_links.insert(slotKey(serial, unitId, slotIndex), binding);
    save();
}

void LinkStore::removeManualLink(const QString &serial, int unitId, int slotIndex)
{
    if (m_links.remove(slotKey(serial, unitId, slotIndex)) > 0)
        save();
}

std::optional<SlotBinding> LinkStore::placement(const QString &serial, int unitId, int slotIndex) const
{
    const auto it = m_placements.constFind(slotKey(serial, unitId, slotIndex));
    return it == m_placements.constEnd() ? std::nullopt : std::optional<SlotBinding>(it.value());
}

void LinkStore::setPlacement(const QString &serial, int unitId, int slotIndex, const SlotBinding &binding)
{
    const QString key = slotKey(serial, unitId, slotIndex);
    const auto it = m_placements.constFind(key);
    if (it != m_placements.constEnd() && it->toJson() == binding.toJson())
        return;
    m_placements.insert(key, binding);
    save();
}

void LinkStore::removePlacement(const QString &serial, int unitId, int slotIndex)
{
    if (m_placements.remove(slotKey(serial, unitId, slotIndex)) > 0)
        save();
}

QList<std::pair<int, int>> LinkStore::placedSlots(const QString &serial) const
{
    return slotsIn(m_placements, serial);
}

QList<std::pair<int, int>> LinkStore::linkedSlots(const QString &serial) const
{
    return slotsIn(m_links, serial);
}

QList<std::pair<int, int>> LinkStore::slotsIn(const QHash<QString, SlotBinding> &map, const QString &serial)
{
    QList<std::pair<int, int>> result;
    const QString prefix = serial + u'/';
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QStringList parts = it.key().mid(prefix.size()).split(u'/');
        if (parts.size() == 2)
            result.append({parts.at(0).toInt(), parts.at(1).toInt()});
    }
    std::sort(result.begin(), result.end());
    return result;
}

void LinkStore::setLowStockAlerted(const QString &spoolKey, bool alerted)
{
    const bool changed = alerted ? !m_lowStock.contains(spoolKey) : m_lowStock.remove(spoolKey) > 0;
    if (alerted)
        m_lowStock.insert(spoolKey, true);
    if (changed)
        save();
}

std::optional<double> LinkStore::threshold(const QString &spoolKey) const
{
    const auto it = m_thresholds.constFind(spoolKey);
    return it == m_thresholds.constEnd() ? std::nullopt : std::optional<double>(it.value());
}

void LinkStore::setThreshold(const QString &spoolKey, std::optional<double> grams)
{
    if (grams)
        m_thresholds.insert(spoolKey, *grams);
    else
        m_thresholds.remove(spoolKey);
    save();
}

bool LinkStore::save()
{
    if (m_path.isEmpty())
        return true;
    QJsonObject low;
    for (auto it = m_lowStock.begin(); it != m_lowStock.end(); ++it)
        low.insert(it.key(), true);
    QJsonObject thresholds;
    for (auto it = m_thresholds.begin(); it != m_thresholds.end(); ++it)
        thresholds.insert(it.key(), it.value());
    const QJsonObject root {{QStringLiteral("version"), 1}, {QStringLiteral("links"), toObject(m_links)},
        {QStringLiteral("placements"), toObject(m_placements)}, {QStringLiteral("low_stock_alerted"), low},
        {QStringLiteral("thresholds"), thresholds}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0
        || !file.commit()) {
        m_error = tr("Could not save the slot links to %1 (%2): check the disk and the folder's permissions.")
                      .arg(QDir::toNativeSeparators(m_path), file.errorString());
        qCWarning(lcSync).noquote() << m_error;
        return false;
    }
    return true;
}

} // namespace Spoolbridge
