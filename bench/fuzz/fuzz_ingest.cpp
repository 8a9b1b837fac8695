// libFuzzer target: the whole report path (PrinterModel::ingest: parse, merge, derive, signals).
// The input is split at newlines into successive messages fed to one model, so the fuzzer
// explores merges of deltas onto earlier reports, not just single documents.
#include "core/printer/printermodel.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <cstddef>
#include <cstdint>

using Spoolbridge::PrinterModel;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime start = QDateTime::fromSecsSinceEpoch(1'790'000'000, Qt::UTC);
    PrinterModel model(QStringLiteral("FUZZSERIAL"));
    int signalCount = 0;
    // A connected receiver, as in the app: every signal is emitted and observed.
    QObject::connect(&model, &PrinterModel::stateChanged, [&signalCount] { ++signalCount; });
    QObject::connect(&model, &PrinterModel::slotChanged, [&signalCount](int, int) { ++signalCount; });
    QObject::connect(
        &model, &PrinterModel::jobFinished, [&signalCount](const Spoolbridge::JobRecord &) { ++signalCount; });

    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    qsizetype from = 0;
    int index = 0;
    while (from <= input.size()) {
        qsizetype end = input.indexOf('\n', from);
        if (end < 0)
            end = input.size();
        const QByteArray message(input.constData() + from, end - from);
        model.ingest(message, start.addSecs(index++));
        from = end + 1;
    }
    return signalCount < 0 ? 1 : 0;
}
