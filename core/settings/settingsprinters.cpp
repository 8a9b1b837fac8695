// The printer list of Settings (a QSettings array "printers").
#include "core/settings/settings.h"
#include "core/util/logging.h"

#include <QSet>

namespace Spoolbridge {

namespace {
const QString Group = QStringLiteral("printers");
} // namespace

QList<PrinterEntry> Settings::printers() const
{
    QList<PrinterEntry> entries;
    QSettings &store = m_store;
    const int count = store.beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        store.setArrayIndex(i);
        QJsonObject object;
        for (const QString &key : store.childKeys())
            object.insert(key, QJsonValue::fromVariant(store.value(key)));
        object.insert(QStringLiteral("port"), store.value(QStringLiteral("port"), 8883).toInt());
        object.insert(QStringLiteral("enabled"), store.value(QStringLiteral("enabled"), true).toBool());
        PrinterEntry entry;
        QString error;
        if (PrinterEntry::fromJson(object, &entry, &error))
            entries.append(entry);
        else
            qCWarning(lcSettings).noquote()
                << "skipping printer" << i + 1 << "in" << m_store.fileName() << ":" << error;
    }
    store.endArray();
    return entries;
}

std::optional<PrinterEntry> Settings::printer(const QString &id) const
{
    for (const PrinterEntry &entry : printers()) {
        if (entry.id == id)
            return entry;
    }
    return std::nullopt;
}

bool Settings::savePrinter(const PrinterEntry &entry, QString *error)
{
    QList<PrinterEntry> entries = printers();
    bool replaced = false;
    for (PrinterEntry &existing : entries) {
        if (existing.id == entry.id) {
            existing = entry;
            replaced = true;
        }
    }
    if (!replaced)
        entries.append(entry);
    return setPrinters(entries, error);
}

bool Settings::removePrinter(const QString &id, QString *error)
{
    QList<PrinterEntry> entries = printers();
    const auto removed = entries.removeIf([&id](const PrinterEntry &entry) { return entry.id == id; });
    if (removed == 0) {
        if (error)
            *error = tr("There is no printer with the id %1; it may have been removed already.").arg(id);
        return false;
    }
    return setPrinters(entries, error);
}

bool Settings::setPrinters(const QList<PrinterEntry> &entries, QString *error)
{
    QSet<QString> ids;
    for (const PrinterEntry &entry : entries) {
        QString problem;
        PrinterEntry checked;
        if (!PrinterEntry::fromJson(entry.toJson(), &checked, &problem)) {
            if (error)
                *error = problem;
            return false;
        }
        const QStringList problems = entry.validate();
        if (!problems.isEmpty()) {
            if (error)
                *error = problems.first();
            return false;
        }
        if (ids.contains(checked.id)) {
            if (error)
                *error = tr("Two printers share the id %1; give each printer its own entry.").arg(checked.id);
            return false;
        }
        ids.insert(checked.id);
    }
    const QList<PrinterEntry> before = printers();
    writePrinters(entries);
    if (!flush(error))
        return false;
    takeSnapshot();
    if (before != entries)
        Q_EMIT printersChanged();
    return true;
}

void Settings::writePrinters(const QList<PrinterEntry> &entries)
{
    m_store.remove(Group);
    m_store.beginWriteArray(Group, static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_store.setArrayIndex(i);
        const QJsonObject object = entries.at(i).toJson();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            m_store.setValue(it.key(), it.value().toVariant());
    }
    m_store.endArray();
}

} // namespace Spoolbridge
