#include "core/cli/inspectcommand.h"

#include "core/printer/jsonparser.h"
#include "core/printer/printermodel.h"
#include "core/printer/statejson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Spoolbridge::Cli {

namespace {

// One translation context for the command (lupdate reads it from here, so it matches at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::Inspect)
};

void printHelp(QTextStream &stream)
{
    stream << Text::tr(
        "Usage: spoolbridge-cli inspect [--serial SERIAL] FILE...\n\n"
        "Merges recorded printer MQTT payloads in order and prints the derived state as JSON\n"
        "(units, slots, external spools, job, and the job events seen while replaying).\n\n"
        "Each FILE holds one JSON payload ({\"print\":…} or {\"info\":…}), or one message per line\n"
        "(JSONL): a payload or {\"ts\":\"YYYY-MM-DD HH:MM:SS\",\"payload\":{…}}.\n\n"
        "Options:\n"
        "  --serial SERIAL  The printer's serial number (identifies the model when get_version is missing)\n"
        "  -h, --help       Show this help\n");
}

QDateTime parseTimestamp(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds > 0 && seconds < 32503680000.0)
            return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0));
        return QDateTime();
    }
    const QString text = value.toString();
    QDateTime at = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at;
}

class Inspector
{
public:
    Inspector(PrinterModel &model, CommandIo &io)
        : m_model(model)
        , m_io(io)
    {
        QObject::connect(&m_model, &PrinterModel::jobStarted, &m_model,
            [this](const JobRecord &record) { addEvent(QStringLiteral("started"), record); });
        QObject::connect(&m_model, &PrinterModel::jobFinished, &m_model,
            [this](const JobRecord &record) { addEvent(QStringLiteral("finished"), record); });
        QObject::connect(&m_model, &PrinterModel::jobFailed, &m_model,
            [this](const JobRecord &record) { addEvent(QStringLiteral("failed"), record); });
        QObject::connect(&m_model, &PrinterModel::jobInterrupted, &m_model,
            [this](const JobRecord &record) { addEvent(QStringLiteral("interrupted"), record); });
    }

    void readFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error(Text::tr("%1: cannot read the file (%2). Check the path and permissions.")
                      .arg(path, file.errorString()));
            return;
        }
        const QByteArray content = file.readAll();
        if (content.trimmed().isEmpty()) {
            error(Text::tr("%1: the file is empty; expected a JSON payload or one message per line.").arg(path));
            return;
        }
        // One document (possibly pretty-printed) or JSON lines.
        JsonNode whole;
        QString parseError;
        qsizetype offset = 0;
        const bool wholeOk
            = JsonParser::parse(content.constData(), content.constData() + content.size(), whole, &parseError, &offset);
        const QList<QByteArray> lines = content.split('\n');
        int nonEmpty = 0;
        for (const QByteArray &line : lines)
            nonEmpty += line.trimmed().isEmpty() ? 0 : 1;
        if (wholeOk || nonEmpty < 2) {
            if (!wholeOk) {
                error(Text::tr("%1: not valid JSON (%2 at byte %3).").arg(path, parseError).arg(offset));
                return;
            }
            ingestEntry(path, 0, std::move(whole));
            return;
        }
        int lineNumber = 0;
        for (const QByteArray &line : lines) {
            ++lineNumber;
            if (line.trimmed().isEmpty())
                continue;
            JsonNode document;
            if (!JsonParser::parse(line.constData(), line.constData() + line.size(), document, &parseError, &offset)) {
                error(Text::tr("%1, line %2: not valid JSON (%3 at byte %4).")
                          .arg(path)
                          .arg(lineNumber)
                          .arg(parseError)
                          .arg(offset));
                continue;
            }
            ingestEntry(path, lineNumber, std::move(document));
        }
    }

    int finish()
    {
        if (m_merged > 0) {
            QJsonObject root = printerStateToJson(m_model.state());
            root.insert(QStringLiteral("events"), m_events);
            m_io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        }
        if (m_errors > 0)
            return 1;
        if (m_merged == 0) {
            m_io.err << Text::tr("spoolbridge-cli inspect: no printer report in the input; nothing to show.\n");
            return 1;
        }
        return 0;
    }

private:
    void error(const QString &message)
    {
        ++m_errors;
        m_io.err << "spoolbridge-cli inspect: " << message << '\n';
    }

    QString where(const QString &path, int line) const
    {
        return line > 0 ? Text::tr("%1, line %2").arg(path).arg(line) : path;
    }

    void ingestEntry(const QString &path, int line, JsonNode &&document)
    {
        if (!document.isObject()) {
            error(Text::tr("%1: the message is not a JSON object; expected {\"print\":…}, {\"info\":…} or "
                           "{\"ts\":…,\"payload\":…}.")
                      .arg(where(path, line)));
            return;
        }
        PrinterModel::IngestStatus status;
        if (JsonNode *payload = document.find("payload")) {
            if (!payload->isObject()) {
                error(Text::tr("%1: \"payload\" is not a JSON object.").arg(where(path, line)));
                return;
            }
            const JsonNode *ts = document.find("ts");
            const QDateTime at = ts ? parseTimestamp(ts->toJsonValue()) : QDateTime();
            status = m_model.ingest(std::move(*payload), at);
        } else {
            status = m_model.ingest(std::move(document));
        }
        if (!status.ok) {
            error(QStringLiteral("%1: %2").arg(where(path, line), status.error));
            return;
        }
        if (status.kind != MergeResult::Kind::Ignored)
            ++m_merged;
    }

    void addEvent(const QString &type, const JobRecord &record)
    {
        QJsonObject event = jobRecordToJson(record);
        event.insert(QStringLiteral("event"), type);
        m_events.append(event);
    }

    PrinterModel &m_model;
    CommandIo &m_io;
    QJsonArray m_events;
    int m_errors = 0;
    int m_merged = 0;
};

} // namespace

int runInspect(const QStringList &args, CommandIo &io)
{
    QStringList files;
    QString serial;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printHelp(io.out);
            return 0;
        }
        if (arg == QLatin1String("--serial")) {
            if (i + 1 >= args.size()) {
                io.err << Text::tr("spoolbridge-cli inspect: --serial needs a value, e.g. --serial 00M09A123456789.\n");
                return 2;
            }
            serial = args.at(++i);
            continue;
        }
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            io.err << Text::tr("spoolbridge-cli inspect: unknown option \"%1\". Run spoolbridge-cli inspect --help.\n")
                          .arg(arg);
            return 2;
        }
        files.append(arg);
    }
    if (files.isEmpty()) {
        io.err << Text::tr(
            "spoolbridge-cli inspect: name at least one payload file. Run spoolbridge-cli inspect --help.\n");
        return 2;
    }
    PrinterModel model(serial);
    Inspector inspector(model, io);
    for (const QString &file : files)
        inspector.readFile(file);
    return inspector.finish();
}

} // namespace Spoolbridge::Cli
