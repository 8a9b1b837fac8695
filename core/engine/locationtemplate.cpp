#include "core/engine/locationtemplate.h"

#include <QRegularExpression>

namespace Spoolbridge {

namespace {

QString letter(int index)
{
    if (index < 0 || index >= 26)
        return QString::number(index);
    return QString(QChar(u'A' + index));
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}]*)\\}"));
    return pattern;
}

} // namespace

QStringList LocationTemplate::placeholders()
{
    return {QStringLiteral("printer"), QStringLiteral("serial"), QStringLiteral("unit"), QStringLiteral("slot"),
        QStringLiteral("unit_type")};
}

QString LocationTemplate::unitLabel(int unitId, bool dualNozzle)
{
    if (unitId == TrayId::ExternalLeft)
        return dualNozzle ? tr("External L") : tr("External");
    if (unitId == TrayId::ExternalRight)
        return dualNozzle ? tr("External R") : tr("External");
    if (unitId >= 128 && unitId < 136)
        return QStringLiteral("HT-") + letter(unitId - 128);
    if (unitId == 16) // A2L: its single AMS lite
        return letter(0);
    return letter(unitId);
}

QString LocationTemplate::unitTypeLabel(UnitType type, bool external)
{
    if (external)
        return tr("External");
    switch (type) {
    case UnitType::AmsLite:
        return tr("AMS Lite");
    case UnitType::Ams2Pro:
        return tr("AMS 2 Pro");
    case UnitType::AmsHt:
        return tr("AMS HT");
    case UnitType::Ams:
    case UnitType::Unknown:
        break;
    }
    return tr("AMS");
}

QString LocationTemplate::render(const QString &text, const LocationContext &context)
{
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1).trimmed().toLower();
        if (name == QLatin1String("printer"))
            result += context.printer;
        else if (name == QLatin1String("serial"))
            result += context.serial;
        else if (name == QLatin1String("unit"))
            result += unitLabel(context.unitId, context.dualNozzle);
        else if (name == QLatin1String("slot"))
            result += QString::number(context.slotIndex + 1);
        else if (name == QLatin1String("unit_type"))
            result += unitTypeLabel(context.unitType, context.isExternal());
        else
            result += match.captured(0);
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result.simplified();
}

QStringList LocationTemplate::validate(const QString &text, bool externalTemplate)
{
    QStringList problems;
    if (text.trimmed().isEmpty()) {
        problems << tr("The location template is empty: use for example \"{printer} - AMS {unit} Slot {slot}\".");
        return problems;
    }
    QStringList unknown;
    QRegularExpressionMatchIterator it = placeholderPattern().globalMatch(text);
    bool hasUnit = false;
    bool hasSlot = false;
    while (it.hasNext()) {
        const QString name = it.next().captured(1).trimmed().toLower();
        if (!placeholders().contains(name))
            unknown << QStringLiteral("{%1}").arg(name);
        hasUnit = hasUnit || name == QLatin1String("unit");
        hasSlot = hasSlot || name == QLatin1String("slot");
    }
    if (!unknown.isEmpty()) {
        problems << tr("Unknown placeholder %1: use {printer}, {serial}, {unit}, {slot} or {unit_type}.")
                        .arg(unknown.join(QStringLiteral(", ")));
    }
    QString stripped = text;
    stripped.remove(placeholderPattern());
    if (stripped.contains(u'{') || stripped.contains(u'}'))
        problems << tr("A brace is not closed: write placeholders as {name}.");
    if (!hasUnit || (!hasSlot && !externalTemplate)) {
        problems << tr("Add {unit} and {slot}, otherwise several slots get the same location and a removed "
                       "spool cannot be told apart.");
    }
    const QString sample = render(text, sampleContext());
    if (sample.size() > MaxLength)
        problems
            << tr("The location is longer than Spoolman allows (%1 characters): shorten the template.").arg(MaxLength);
    return problems;
}

LocationTemplate::Preview LocationTemplate::preview(const QString &text, const LocationContext &sample)
{
    Preview preview;
    preview.problems = validate(text, sample.isExternal());
    preview.text = render(text, sample);
    preview.ok = preview.problems.isEmpty();
    return preview;
}

LocationContext LocationTemplate::sampleContext()
{
    LocationContext context;
    context.printer = QStringLiteral("Workshop X1C");
    context.serial = QStringLiteral("00M00A000000000");
    context.unitId = 0;
    context.slotIndex = 0;
    context.unitType = UnitType::Ams;
    return context;
}

} // namespace Spoolbridge
