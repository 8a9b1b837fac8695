// Ingest speed against QJsonDocument::fromJson on the same bytes. Hidden (not run by ctest):
//   test_printer "[benchmark]"
// It prints numbers only; there are no timed assertions.
#include "printertestutil.h"

#include <QElapsedTimer>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

TEST_CASE("benchmark: ingest vs QJsonDocument::fromJson over both A1 streams", "[.][benchmark]")
{
    QList<QByteArray> payloads;
    for (const QString &stream : {QStringLiteral("a1-stream-multicolor-print-lan.jsonl"),
             QStringLiteral("a1-stream-singlecolor-print-cloud.jsonl")}) {
        for (const QJsonObject &payload : streamPayloads(stream))
            payloads.append(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    }
    REQUIRE(payloads.size() == 1061);
    constexpr int rounds = 50;
    for (int repeat = 0; repeat < 3; ++repeat) {
        QElapsedTimer timer;
        timer.start();
        int objects = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QByteArray &payload : payloads)
                objects += QJsonDocument::fromJson(payload).isObject() ? 1 : 0;
        }
        const double parseMs = double(timer.nsecsElapsed()) / rounds / 1e6;
        timer.restart();
        int ok = 0;
        for (int round = 0; round < rounds; ++round) {
            PrinterModel model;
            for (const QByteArray &payload : payloads)
                ok += model.ingest(payload).ok ? 1 : 0;
        }
        const double ingestMs = double(timer.nsecsElapsed()) / rounds / 1e6;
        CHECK(objects == ok);
        WARN("1061 messages: fromJson " << parseMs << " ms, PrinterModel::ingest " << ingestMs << " ms, ratio "
                                        << ingestMs / parseMs);
    }
}
