#pragma once

#include "core/printer/printermodel.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>

namespace Spoolbridge::Test {

// Feeds one fixture file (a single payload) to the model and requires success.
inline void ingestFixture(PrinterModel &model, const QString &name)
{
    const PrinterModel::IngestStatus status = model.ingest(readFixture(name));
    INFO(name.toStdString() << ": " << status.error.toStdString());
    REQUIRE(status.ok);
}

// Replays a JSONL stream with its recorded timestamps, as raw bytes per line.
inline int replayStream(PrinterModel &model, const QString &name)
{
    int count = 0;
    const QList<QByteArray> lines = readFixture(name).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        const QDateTime at
            = QDateTime::fromString(entry.value(QLatin1String("ts")).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QByteArray payload
            = QJsonDocument(entry.value(QLatin1String("payload")).toObject()).toJson(QJsonDocument::Compact);
        const PrinterModel::IngestStatus status = model.ingest(payload, at);
        INFO(name.toStdString() << " line " << count + 1 << ": " << status.error.toStdString());
        REQUIRE(status.ok);
        ++count;
    }
    return count;
}

inline std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace Spoolbridge::Test
