#include "core/app/appstatus.h"

#include "core/app/appcore.h"
#include "core/app/printersession.h"
#include "core/engine/syncengine.h"
#include "core/printer/jobrecord.h"
#include "core/settings/settings.h"
#include "core/sync/usageledger.h"
#include "core/sync/usagetypes.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace Spoolbridge {

namespace {

QJsonObject ledgerCounts(const UsageLedger &ledger)
{
    return {{QStringLiteral("pending"), ledger.pendingCount()}, {QStringLiteral("attention"), ledger.attentionCount()},
        {QStringLiteral("entries"), int(ledger.entries().size())}};
}

QJsonObject syncJson(const SyncResult &result)
{
    return {{QStringLiteral("finished"), result.finishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("ok"), result.ok()}, {QStringLiteral("synced"), result.synced},
        {QStringLiteral("created"), int(result.created.size())},
        {QStringLiteral("skipped"), int(result.skipped.size())},
        {QStringLiteral("errors"), QJsonArray::fromStringList(result.errors)}};
}

} // namespace

QString AppStatus::connectionName(int state)
{
    switch (PrinterConnection::State(state)) {
    case PrinterConnection::State::Idle:
        return QStringLiteral("idle");
    case PrinterConnection::State::Connecting:
        return QStringLiteral("connecting");
    case PrinterConnection::State::Connected:
        return QStringLiteral("connected");
    case PrinterConnection::State::WaitingToReconnect:
        return QStringLiteral("reconnecting");
    case PrinterConnection::State::AccessCodeRejected:
        return QStringLiteral("access-code-rejected");
    case PrinterConnection::State::CertificateRejected:
        return QStringLiteral("certificate-rejected");
    case PrinterConnection::State::ConfigurationError:
        return QStringLiteral("configuration-error");
    }
    return QStringLiteral("unknown");
}

QJsonObject AppCore::status() const
{
    QJsonArray printers;
    for (const QString &id : m_order) {
        const PrinterSession *session = m_sessions.value(id);
        QJsonObject printer {{QStringLiteral("id"), id}, {QStringLiteral("name"), session->name()},
            {QStringLiteral("serial"), session->entry().serial}, {QStringLiteral("host"), session->entry().host},
            {QStringLiteral("connection"), AppStatus::connectionName(int(session->connectionState()))},
            {QStringLiteral("message"), session->connectionMessage()}};
        if (const std::optional<SyncResult> last = session->engine()->lastResult())
            printer.insert(QStringLiteral("lastSync"), syncJson(*last));
        printers.append(printer);
    }
    return {{QStringLiteral("source"), QStringLiteral("running")},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("updated"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("demo"), isDemo()},
        {QStringLiteral("spoolman"),
            QJsonObject {
                {QStringLiteral("url"), spoolmanUrl().toString()}, {QStringLiteral("reachable"), m_spoolmanOk}}},
        {QStringLiteral("printers"), printers}, {QStringLiteral("ledger"), ledgerCounts(*m_ledger)}};
}

void AppCore::writeStatus() const
{
    if (m_dataDir.isEmpty())
        return;
    QSaveFile file(QDir(m_dataDir).filePath(QString::fromLatin1(StatusFileName)));
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcApp) << "cannot write the status file" << file.fileName() << file.errorString();
        return;
    }
    file.write(QJsonDocument(status()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        qCWarning(lcApp) << "cannot write the status file" << file.fileName() << file.errorString();
}

QJsonObject AppStatus::read(const Settings &settings, const QString &dataDirectory)
{
    QJsonObject status;
    QFile file(QDir(dataDirectory).filePath(QString::fromLatin1(AppCore::StatusFileName)));
    if (file.open(QIODevice::ReadOnly))
        status = QJsonDocument::fromJson(file.readAll()).object();
    const bool demo = status.value(QLatin1String("demo")).toBool();
    if (status.isEmpty() || !demo) {
        // The configured printers are the truth; a written status adds connection and last sync.
        QHash<QString, QJsonObject> written;
        for (const auto &value : status.value(QLatin1String("printers")).toArray())
            written.insert(value.toObject().value(QLatin1String("id")).toString(), value.toObject());
        QJsonArray printers;
        for (const PrinterEntry &entry : settings.printers()) {
            QJsonObject printer = written.value(entry.id);
            printer.insert(QStringLiteral("id"), entry.id);
            printer.insert(QStringLiteral("name"), entry.name);
            printer.insert(QStringLiteral("serial"), entry.serial);
            printer.insert(QStringLiteral("host"), entry.host);
            printer.insert(QStringLiteral("enabled"), entry.enabled);
            if (!printer.contains(QLatin1String("connection")))
                printer.insert(QStringLiteral("connection"), QStringLiteral("unknown"));
            printers.append(printer);
        }
        status.insert(QStringLiteral("printers"), printers);
        if (!status.contains(QLatin1String("spoolman")))
            status.insert(
                QStringLiteral("spoolman"), QJsonObject {{QStringLiteral("url"), settings.spoolmanUrl().toString()}});
    }
    if (!status.contains(QLatin1String("source")))
        status.insert(QStringLiteral("source"), QStringLiteral("files"));
    UsageLedger ledger;
    if (QFileInfo::exists(QDir(dataDirectory).filePath(QString::fromLatin1(UsageLedger::FileName)))
        && ledger.open(dataDirectory)) {
        status.insert(QStringLiteral("ledger"), ledgerCounts(ledger));
    } else if (!status.contains(QLatin1String("ledger"))) {
        status.insert(QStringLiteral("ledger"),
            QJsonObject {
                {QStringLiteral("pending"), 0}, {QStringLiteral("attention"), 0}, {QStringLiteral("entries"), 0}});
    }
    return status;
}

QString AppStatus::toText(const QJsonObject &status)
{
    QString text;
    QTextStream out(&text);
    const QJsonObject spoolman = status.value(QLatin1String("spoolman")).toObject();
    const QString url = spoolman.value(QLatin1String("url")).toString();
    out << "Spoolman: " << (url.isEmpty() ? QStringLiteral("not set up") : url);
    if (spoolman.contains(QLatin1String("reachable")))
        out << (spoolman.value(QLatin1String("reachable")).toBool() ? " (reachable)" : " (not reachable)");
    out << '\n';
    if (status.value(QLatin1String("demo")).toBool())
        out << "Demo mode\n";
    if (status.value(QLatin1String("source")).toString() == QLatin1String("running")) {
        out << (status.value(QLatin1String("running")).toBool() ? "Running" : "Stopped")
            << ", last update: " << status.value(QLatin1String("updated")).toString() << '\n';
    }
    const QJsonArray printers = status.value(QLatin1String("printers")).toArray();
    out << "Printers: " << printers.size() << '\n';
    for (const auto &value : printers) {
        const QJsonObject printer = value.toObject();
        out << "  " << printer.value(QLatin1String("name")).toString() << " ("
            << printer.value(QLatin1String("serial")).toString()
            << "): " << printer.value(QLatin1String("connection")).toString();
        const QString message = printer.value(QLatin1String("message")).toString();
        if (!message.isEmpty())
            out << " — " << message;
        out << '\n';
        const QJsonObject last = printer.value(QLatin1String("lastSync")).toObject();
        if (last.isEmpty()) {
            out << "    last sync: none yet\n";
        } else {
            out << "    last sync: " << last.value(QLatin1String("finished")).toString() << ", "
                << last.value(QLatin1String("synced")).toInt() << " synced, "
                << last.value(QLatin1String("created")).toInt() << " created, "
                << last.value(QLatin1String("skipped")).toInt() << " skipped";
            const QJsonArray errors = last.value(QLatin1String("errors")).toArray();
            for (const auto &error : errors)
                out << "\n    error: " << error.toString();
            out << '\n';
        }
    }
    const QJsonObject ledger = status.value(QLatin1String("ledger")).toObject();
    out << "Usage ledger: " << ledger.value(QLatin1String("pending")).toInt() << " pending, "
        << ledger.value(QLatin1String("attention")).toInt() << " need attention, "
        << ledger.value(QLatin1String("entries")).toInt() << " entries\n";
    return text;
}

} // namespace Spoolbridge
