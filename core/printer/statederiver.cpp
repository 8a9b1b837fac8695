#include "core/printer/statederiver.h"

#include "core/printer/slotreader.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace Spoolbridge {

namespace {

struct ModelName {
    const char *key; // normalised product name, serial prefix or project code
    const char *name;
};

// get_version product_name (lower case, "Bambu Lab " and dashes removed) → display name.
constexpr ModelName productNames[] = {{"x1 carbon", "X1 Carbon"}, {"x1", "X1"}, {"x1e", "X1E"}, {"p1p", "P1P"},
    {"p1s", "P1S"}, {"p2s", "P2S"}, {"a1", "A1"}, {"a1 mini", "A1 mini"}, {"a2l", "A2L"}, {"h2d", "H2D"},
    {"h2d pro", "H2D Pro"}, {"h2c", "H2C"}, {"h2s", "H2S"}, {"x2d", "X2D"}};
// Serial number prefix → display name (Bambu Studio sn_prefix values, as collected by HA/BD).
constexpr ModelName serialPrefixes[] = {{"00M", "X1 Carbon"}, {"00W", "X1"}, {"03W", "X1E"}, {"01S", "P1P"},
    {"01P", "P1S"}, {"22E", "P2S"}, {"030", "A1 mini"}, {"039", "A1"}, {"26A", "A2L"}, {"094", "H2D"},
    {"239", "H2D Pro"}, {"31B", "H2C"}, {"093", "H2S"}, {"20P", "X2D"}};
// Internal project codes (get_version project_name on older firmware) ↔ display name.
constexpr ModelName projectCodes[] = {{"BL-P001", "X1 Carbon"}, {"BL-P002", "X1"}, {"C13", "X1E"}, {"C11", "P1P"},
    {"C12", "P1S"}, {"N7", "P2S"}, {"N1", "A1 mini"}, {"N2S", "A1"}, {"N9", "A2L"}, {"O1D", "H2D"}, {"O1E", "H2D Pro"},
    {"O1C", "H2C"}, {"O1S", "H2S"}, {"N6", "X2D"}};

QString lookupName(const ModelName *table, size_t count, const QString &key)
{
    for (size_t i = 0; i < count; ++i) {
        if (key == QLatin1String(table[i].key))
            return QString::fromLatin1(table[i].name);
    }
    return QString();
}

QString codeForName(const QString &name)
{
    for (const ModelName &entry : projectCodes) {
        if (name == QLatin1String(entry.name))
            return QString::fromLatin1(entry.key);
    }
    return QString();
}

bool isA1Class(const QString &modelName)
{
    return modelName == QLatin1String("A1") || modelName == QLatin1String("A1 mini")
        || modelName == QLatin1String("A2L");
}

// Unit types announced by get_version module names ("n3f/2" → unit 2 is an AMS 2 Pro).
QHash<int, UnitType> moduleUnitTypes(const JsonNode &version)
{
    QHash<int, UnitType> types;
    const JsonNode *modules = version.find("module");
    if (!modules || !modules->isArray())
        return types;
    for (const JsonNode &module : modules->items) {
        const JsonNode *name = module.find("name");
        if (!name)
            continue;
        const std::string_view text = name->textView();
        const size_t slash = text.find('/');
        if (slash == std::string_view::npos)
            continue;
        const std::string_view prefix = text.substr(0, slash);
        JsonNode idNode;
        idNode.type = JsonNode::Type::String;
        idNode.text = std::string(text.substr(slash + 1));
        const std::optional<qint64> id = idNode.toInt();
        if (!id || *id < 0 || *id > 255)
            continue;
        UnitType type = UnitType::Unknown;
        if (prefix == "ams")
            type = UnitType::Ams;
        else if (prefix == "ams_f1")
            type = UnitType::AmsLite;
        else if (prefix == "n3f")
            type = UnitType::Ams2Pro;
        else if (prefix == "n3s")
            type = UnitType::AmsHt;
        if (type != UnitType::Unknown)
            types.insert(int(*id), type);
    }
    return types;
}

int unitExistBit(int unitId)
{
    if (unitId >= 0 && unitId <= 3)
        return unitId;
    if (unitId >= 128 && unitId <= 135)
        return 4 + (unitId - 128);
    if (unitId == 16)
        return 12;
    return -1;
}

int trayExistBit(int unitId, int slot)
{
    if (unitId >= 0 && unitId <= 3)
        return unitId * 4 + slot;
    if (unitId >= 128 && unitId <= 135)
        return 16 + (unitId - 128);
    if (unitId == 16)
        return 24 + slot;
    return -1;
}

int globalIdFor(int unitId, int slot)
{
    if (unitId >= 0 && unitId <= 3)
        return unitId * 4 + slot;
    if (unitId >= 128 && unitId <= 135)
        return unitId;
    if (unitId == 16)
        return slot; // A2L: tray_now is the local slot
    return unitId * 4 + slot;
}

const JsonNode *findTray(const JsonNode *trays, int slotIndex)
{
    if (!trays || !trays->isArray())
        return nullptr;
    for (const JsonNode &tray : trays->items) {
        if (SlotReader::intOr(tray.find("id"), -1) == slotIndex)
            return &tray;
    }
    return nullptr;
}

UnitType typeFromInfo(quint64 info)
{
    switch (info & 0xF) {
    case 1:
        return UnitType::Ams;
    case 2:
    case 5:
        return UnitType::AmsLite;
    case 3:
        return UnitType::Ams2Pro;
    case 4:
        return UnitType::AmsHt;
    default:
        return UnitType::Unknown;
    }
}

} // namespace

QString StateDeriver::modelFromSerial(const QString &serial)
{
    if (serial.size() < 3)
        return QString();
    return lookupName(serialPrefixes, std::size(serialPrefixes), serial.left(3).toUpper());
}

int StateDeriver::globalIdFromSnow(qint64 snow)
{
    if (snow < 0 || snow >= 0xFFFF)
        return -1;
    const int ams = int(snow >> 8);
    const int slot = int(snow & 0xFF);
    if (slot == 0xFF)
        return -1;
    if (ams >= 0 && ams <= 3 && slot < 4)
        return ams * 4 + slot;
    if (ams >= 128 && ams <= 135)
        return ams;
    if (ams == 16 && slot < 4)
        return slot;
    if (ams == TrayId::ExternalLeft || ams == TrayId::ExternalRight)
        return ams;
    return -1;
}

void StateDeriver::deriveModel(const ReportMerger &merger, PrinterState &state)
{
    QString name;
    QString code;
    QString firmware;
    if (const JsonNode *modules = merger.versionInfo().find("module"); modules && modules->isArray()) {
        for (const JsonNode &module : modules->items) {
            const JsonNode *moduleName = module.find("name");
            if (!moduleName || moduleName->textView() != "ota")
                continue;
            firmware = SlotReader::stringOf(module.find("sw_ver"));
            QString product = SlotReader::stringOf(module.find("product_name")).trimmed().toLower();
            product.replace(u'-', u' ');
            if (product.startsWith(QLatin1String("bambu lab ")))
                product = product.mid(10);
            name = lookupName(productNames, std::size(productNames), product.simplified());
            code = SlotReader::stringOf(module.find("project_name")).trimmed();
            if (name.isEmpty() && !code.isEmpty())
                name = lookupName(projectCodes, std::size(projectCodes), code.toUpper());
        }
    }
    if (name.isEmpty())
        name = modelFromSerial(state.serial);
    if (name.isEmpty()) {
        // Report shape: only the A2L has an AMS lite as unit 16.
        if (const JsonNode *ams = merger.print().find("ams")) {
            if (const JsonNode *units = ams->find("ams"); units && units->isArray()) {
                for (const JsonNode &unit : units->items) {
                    if (SlotReader::intOr(unit.find("id"), -1) == 16)
                        name = QStringLiteral("A2L");
                }
            }
        }
    }
    if (code.isEmpty())
        code = codeForName(name);
    state.modelName = name;
    state.modelCode = code;
    state.firmware = firmware;
}

void StateDeriver::deriveAms(const ReportMerger &merger, PrinterState &state, QList<QPair<int, int>> *staleTrays)
{
    const JsonNode &print = merger.print();
    const JsonNode *ams = print.find("ams");
    const JsonNode *unitList = ams ? ams->find("ams") : nullptr;
    const QHash<int, UnitType> moduleTypes = moduleUnitTypes(merger.versionInfo());
    const bool a1Class = isA1Class(state.modelName);

    state.trayNow = SlotReader::intOr(ams ? ams->find("tray_now") : nullptr, TrayId::None, 0, 255);
    state.trayTar = SlotReader::intOr(ams ? ams->find("tray_tar") : nullptr, TrayId::None, 0, 255);
    state.trayPre = SlotReader::intOr(ams ? ams->find("tray_pre") : nullptr, TrayId::None, 0, 255);

    // Extruders (dual-nozzle printers and the newer single-nozzle protocol).
    const JsonNode *device = print.find("device");
    const JsonNode *extruder = device ? device->find("extruder") : nullptr;
    const JsonNode *extruderInfo = extruder ? extruder->find("info") : nullptr;
    int extruderCount = extruderInfo && extruderInfo->isArray() ? int(extruderInfo->items.size()) : 0;
    if (extruder)
        extruderCount = std::max(extruderCount, SlotReader::intOr(extruder->find("state"), 0, 0, 0xFFFFFF) & 0xF);
    state.extruderCount = std::min(extruderCount, 2);
    state.dualNozzle = extruderCount >= 2;

    // Collect the listed units.
    struct UnitRef {
        int id;
        const JsonNode *node;
    };
    std::vector<UnitRef> listed;
    if (unitList && unitList->isArray()) {
        for (const JsonNode &unit : unitList->items) {
            const int id = SlotReader::intOr(unit.find("id"), -1, 0, 255);
            if (id >= 0 && unit.isObject())
                listed.push_back({id, &unit});
        }
    }
    std::sort(listed.begin(), listed.end(), [](const UnitRef &a, const UnitRef &b) { return a.id < b.id; });

    // Exist bits are authoritative when their layout matches the listed units.
    auto hexField = [ams](const char *key, quint64 &out) {
        const JsonNode *node = ams ? ams->find(key) : nullptr;
        const std::optional<quint64> value = node ? node->toHex() : std::nullopt;
        out = value.value_or(0);
        return value.has_value();
    };
    quint64 amsBits = 0;
    quint64 trayBits = 0;
    const bool hasAmsBits = hexField("ams_exist_bits", amsBits);
    const bool hasTrayBits = hexField("tray_exist_bits", trayBits);
    bool layoutMatches = true;
    if (hasAmsBits) {
        quint64 listedBits = 0;
        for (const UnitRef &unit : listed) {
            const int bit = unitExistBit(unit.id);
            if (bit >= 0)
                listedBits |= quint64(1) << bit;
        }
        layoutMatches = (amsBits & ~listedBits) == 0; // no bit for a unit that is not listed
    }
    bool trayBitsUsable = hasTrayBits && layoutMatches;
    if (trayBitsUsable && trayBits == 0) {
        // Power-off pattern (BD): all bits 0 while power_on_flag is false keeps the trays.
        const JsonNode *powerOn = ams->find("power_on_flag");
        if (powerOn && powerOn->toBool() == false)
            trayBitsUsable = false;
    }

    SlotReader slotReader;
    QList<AmsUnit> units;
    units.reserve(qsizetype(listed.size()));
    for (const UnitRef &ref : listed) {
        const int existBit = unitExistBit(ref.id);
        if (hasAmsBits && layoutMatches && existBit >= 0 && !(amsBits & (quint64(1) << existBit)))
            continue; // unplugged
        const JsonNode &node = *ref.node;
        AmsUnit unit;
        unit.id = ref.id;
        const JsonNode *infoNode = node.find("info");
        const std::optional<quint64> infoValue = infoNode ? infoNode->toHex() : std::nullopt;
        const bool hasInfo = infoValue.has_value();
        const quint64 info = infoValue.value_or(0);
        unit.type = hasInfo ? typeFromInfo(info) : UnitType::Unknown;
        if (unit.type == UnitType::Unknown)
            unit.type = moduleTypes.value(ref.id, UnitType::Unknown);
        if (unit.type == UnitType::Unknown) {
            if (ref.id >= 128)
                unit.type = UnitType::AmsHt;
            else if (ref.id == 16 || a1Class)
                unit.type = UnitType::AmsLite;
            else
                unit.type = UnitType::Ams;
        }
        if (state.dualNozzle && hasInfo) {
            const int extruderBits = int((info >> 8) & 0xF);
            unit.extruder = extruderBits == 0 ? Extruder::Right
                : extruderBits == 1           ? Extruder::Left
                                              : Extruder::Unknown;
        }
        const int humidity = SlotReader::intOr(node.find("humidity"), 0, 0, 5);
        unit.humidityLevel = humidity;
        const int humidityRaw = SlotReader::intOr(node.find("humidity_raw"), 0, 0, 100);
        if (humidityRaw > 0 && unit.type != UnitType::AmsLite)
            unit.humidityPercent = humidityRaw;
        if (const JsonNode *temp = node.find("temp"); temp && unit.type != UnitType::AmsLite) {
            const std::optional<double> value = temp->toDouble();
            if (value && *value != 0.0 && *value > -40.0 && *value < 150.0)
                unit.temperatureC = *value;
        }
        const int dryTime = SlotReader::intOr(node.find("dry_time"), 0, 0, 100000);
        unit.drying = hasInfo ? ((info >> 4) & 0xF) == 2 : dryTime > 0;
        unit.dryMinutesLeft = unit.drying ? dryTime : 0;

        const int slotCount = unit.type == UnitType::AmsHt ? 1 : 4;
        unit.trays.reserve(slotCount);
        const JsonNode *trays = node.find("tray");
        for (int index = 0; index < slotCount; ++index) {
            Slot slot;
            slot.unitId = unit.id;
            slot.slotIndex = index;
            slot.globalId = globalIdFor(unit.id, index);
            const JsonNode *tray = findTray(trays, index);
            bool present = false;
            const int bit = trayExistBit(unit.id, index);
            if (trayBitsUsable && bit >= 0) {
                present = (trayBits >> bit) & 1;
                if (!present && staleTrays && tray && tray->find("tray_type"))
                    staleTrays->append({unit.id, index});
            } else
                present = tray && tray->find("tray_type") && !tray->find("tray_type")->textView().empty();
            slotReader.fill(tray, present, unit.type == UnitType::AmsLite, slot);
            unit.trays.append(std::move(slot));
        }
        units.append(std::move(unit));
    }

    // External spools: vir_slot[] on newer firmware, else the legacy vt_tray.
    QList<Slot> external;
    auto addExternal = [&external, &slotReader](const JsonNode &tray, int id) {
        for (const Slot &existing : external) {
            if (existing.unitId == id)
                return;
        }
        Slot slot;
        slot.unitId = id;
        slot.globalId = id;
        slot.external = true;
        const JsonNode *type = tray.find("tray_type");
        slotReader.fill(&tray, type && !type->textView().empty(), false, slot);
        external.append(std::move(slot));
    };
    if (const JsonNode *virSlots = print.find("vir_slot");
        virSlots && virSlots->isArray() && !virSlots->items.empty()) {
        for (const JsonNode &tray : virSlots->items) {
            const int id = SlotReader::intOr(tray.find("id"), -1);
            if (id == TrayId::ExternalLeft || id == TrayId::ExternalRight)
                addExternal(tray, id);
        }
    } else if (const JsonNode *vtTray = print.find("vt_tray"); vtTray && vtTray->isObject()) {
        const int id = SlotReader::intOr(vtTray->find("id"), TrayId::ExternalLeft);
        addExternal(*vtTray, id == TrayId::ExternalRight ? TrayId::ExternalRight : TrayId::ExternalLeft);
    }
    std::sort(external.begin(), external.end(), [](const Slot &a, const Slot &b) { return a.unitId < b.unitId; });

    // Active slot per extruder.
    int right = -1;
    int left = -1;
    if (state.dualNozzle) {
        if (extruderInfo && extruderInfo->isArray()) {
            for (const JsonNode &entry : extruderInfo->items) {
                const int id = SlotReader::intOr(entry.find("id"), -1);
                const JsonNode *snow = entry.find("snow");
                const int global = snow && snow->toInt() ? globalIdFromSnow(*snow->toInt()) : -1;
                if (id == 0)
                    right = global;
                else if (id == 1)
                    left = global;
            }
        }
    } else {
        int trayNow = state.trayNow;
        const bool hasTrayNow = ams && ams->find("tray_now");
        if (!hasTrayNow && extruderInfo && extruderInfo->isArray() && !extruderInfo->items.empty()) {
            const JsonNode *snow = extruderInfo->items.front().find("snow");
            right = snow && snow->toInt() ? globalIdFromSnow(*snow->toInt()) : -1;
        } else if (trayNow == TrayId::ExternalLeft) {
            bool has254 = false;
            bool has255 = false;
            for (const Slot &slot : external) {
                has254 = has254 || slot.unitId == TrayId::ExternalLeft;
                has255 = has255 || slot.unitId == TrayId::ExternalRight;
            }
            right = (!has254 && has255) ? int(TrayId::ExternalRight) : int(TrayId::ExternalLeft);
        } else if (trayNow != TrayId::None) {
            right = trayNow; // A2L: the local slot of unit 16, which is also its global id
        }
    }
    auto markActive = [right, left](Slot &slot) {
        slot.active = slot.present && ((right >= 0 && slot.globalId == right) || (left >= 0 && slot.globalId == left));
    };
    for (AmsUnit &unit : units) {
        for (Slot &slot : unit.trays)
            markActive(slot);
    }
    for (Slot &slot : external)
        markActive(slot);

    state.activeTrayRight = right;
    state.activeTrayLeft = left;
    state.units = std::move(units);
    state.external = std::move(external);
}

void StateDeriver::deriveJob(const JsonNode &print, JobInfo &job)
{
    job.gcodeState = SlotReader::stringOf(print.find("gcode_state"));
    job.state = jobStateFromString(job.gcodeState);
    job.name = SlotReader::stringOf(print.find("subtask_name"));
    job.gcodeFile = SlotReader::stringOf(print.find("gcode_file"));
    job.taskId = SlotReader::stringOf(print.find("task_id"));
    job.subtaskId = SlotReader::stringOf(print.find("subtask_id"));
    job.projectId = SlotReader::stringOf(print.find("project_id"));
    job.printType = SlotReader::stringOf(print.find("print_type"));
    job.progressPercent = SlotReader::intOr(print.find("mc_percent"), 0, 0, 100);
    job.layer = SlotReader::intOr(print.find("layer_num"), 0, 0, 10000000);
    job.totalLayers = SlotReader::intOr(print.find("total_layer_num"), 0, 0, 10000000);
    job.remainingMinutes = SlotReader::intOr(print.find("mc_remaining_time"), 0, 0, 10000000);
    job.mapping.clear();
    if (const JsonNode *mapping = print.find("mapping"); mapping && mapping->isArray()) {
        bool any = false;
        for (const JsonNode &entry : mapping->items) {
            const std::optional<qint64> value = entry.toInt();
            const int global = value ? globalIdFromSnow(*value) : -1;
            any = any || global >= 0;
            job.mapping.append(global);
        }
        if (!any)
            job.mapping.clear();
    }
}

} // namespace Spoolbridge
