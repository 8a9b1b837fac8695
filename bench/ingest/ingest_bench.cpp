// bench/ingest: µs per message of PrinterModel::ingest (parse + merge + typed model + change
// signals, with a connected receiver) against a bare QJsonDocument::fromJson of the same bytes.
//
//   spoolbridge-bench-ingest --full FILE [--full FILE …] --deltas FILE [--rounds N]
//
// --full: one complete report per file (timed on a fresh model each round, like the Python
// baseline's fresh dict). --deltas: one compact JSON message per line, replayed in order onto a
// fresh model each round; the result is the per-message average of a round. Every figure is the
// median over the rounds after a warm-up. Prints one JSON object (bench/ingest/run.sh reads it).
#include "core/printer/printermodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Spoolbridge;

namespace {

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t mid = samples.size() / 2;
    return samples.size() % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2.0;
}

// Connects a receiver to every change signal, as the app's models and the sync engine do.
void connectReceiver(PrinterModel &model, long &counter)
{
    auto bump = [&counter] { ++counter; };
    auto bumpId = [&counter](int) { ++counter; };
    auto bumpSlot = [&counter](int, int) { ++counter; };
    auto bumpJob = [&counter](const JobRecord &) { ++counter; };
    QObject::connect(&model, &PrinterModel::unitAdded, bumpId);
    QObject::connect(&model, &PrinterModel::unitRemoved, bumpId);
    QObject::connect(&model, &PrinterModel::unitChanged, bumpId);
    QObject::connect(&model, &PrinterModel::slotInserted, bumpSlot);
    QObject::connect(&model, &PrinterModel::slotRemoved, bumpSlot);
    QObject::connect(&model, &PrinterModel::slotChanged, bumpSlot);
    QObject::connect(&model, &PrinterModel::activeSlotChanged, bump);
    QObject::connect(&model, &PrinterModel::jobChanged, bump);
    QObject::connect(&model, &PrinterModel::stateChanged, bump);
    QObject::connect(&model, &PrinterModel::jobStarted, bumpJob);
    QObject::connect(&model, &PrinterModel::jobFinished, bumpJob);
    QObject::connect(&model, &PrinterModel::jobFailed, bumpJob);
    QObject::connect(&model, &PrinterModel::jobInterrupted, bumpJob);
}

// Median µs of `body` over `rounds` timed rounds after `rounds / 10 + 3` warm-up rounds.
// `prepare` runs untimed before each round.
double measure(int rounds, const std::function<void()> &prepare, const std::function<void()> &body)
{
    std::vector<double> samples;
    const int warmup = rounds / 10 + 3;
    for (int round = 0; round < warmup + rounds; ++round) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        body();
        const double us = double(timer.nsecsElapsed()) / 1000.0;
        if (round >= warmup)
            samples.push_back(us);
    }
    return median(samples);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        std::exit(2);
    }
    return file.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList fulls;
    QString deltasPath;
    int rounds = 500;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--full"))
            fulls << args[i + 1];
        else if (args[i] == QLatin1String("--deltas"))
            deltasPath = args[i + 1];
        else if (args[i] == QLatin1String("--rounds"))
            rounds = std::max(10, args[i + 1].toInt());
    }
    if (fulls.isEmpty() && deltasPath.isEmpty()) {
        std::fprintf(stderr, "usage: %s --full FILE [--full FILE …] --deltas FILE [--rounds N]\n", argv[0]);
        return 2;
    }

    long signalCount = 0;
    long failures = 0;
    QJsonObject fullResults;
    for (const QString &path : fulls) {
        const QByteArray bytes = readFile(path);
        std::unique_ptr<PrinterModel> model;
        const double ingestUs = measure(
            rounds,
            [&] {
                model = std::make_unique<PrinterModel>(QStringLiteral("BENCH"));
                connectReceiver(*model, signalCount);
            },
            [&] { failures += model->ingest(bytes).ok ? 0 : 1; });
        const double parseUs = measure(
            rounds, [] {}, [&] { failures += QJsonDocument::fromJson(bytes).isObject() ? 0 : 1; });
        fullResults.insert(QFileInfo(path).fileName(),
            QJsonObject {{QStringLiteral("bytes"), bytes.size()}, {QStringLiteral("ingest_us"), ingestUs},
                {QStringLiteral("parse_us"), parseUs}});
    }

    QJsonObject result {{QStringLiteral("full"), fullResults}};
    if (!deltasPath.isEmpty()) {
        QList<QByteArray> lines;
        for (const QByteArray &line : readFile(deltasPath).split('\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line);
        }
        const int streamRounds = std::max(10, rounds / 10);
        std::unique_ptr<PrinterModel> model;
        const double ingestUs = measure(
                                    streamRounds,
                                    [&] {
                                        model = std::make_unique<PrinterModel>(QStringLiteral("BENCH"));
                                        connectReceiver(*model, signalCount);
                                    },
                                    [&] {
                                        for (const QByteArray &line : lines)
                                            failures += model->ingest(line).ok ? 0 : 1;
                                    })
            / double(lines.size());
        const double parseUs = measure(
                                   streamRounds, [] {},
                                   [&] {
                                       for (const QByteArray &line : lines)
                                           failures += QJsonDocument::fromJson(line).isObject() ? 0 : 1;
                                   })
            / double(lines.size());
        result.insert(QStringLiteral("delta"),
            QJsonObject {{QStringLiteral("messages"), lines.size()}, {QStringLiteral("ingest_us"), ingestUs},
                {QStringLiteral("parse_us"), parseUs}});
    }
    result.insert(QStringLiteral("rounds"), rounds);
    result.insert(QStringLiteral("signals_received"), double(signalCount));
    result.insert(QStringLiteral("failed_messages"), double(failures));
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failures == 0 ? 0 : 1;
}
