// Stand-in only: persistence, version modes, bulk seeding, settings and the executable.

#include "core/standin/spoolmanstandin.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QWebSocket>

using namespace Spoolbridge;
using namespace Spoolbridge::Test;

namespace {
struct Answer {
    int status = 0;
    QJsonValue json;
    QByteArray totalCount;
};

Answer send(const QUrl &base, const QByteArray &method, const QString &path, const QByteArray &body = QByteArray())
{
    static QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/api/v1") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, &buffer);
    waitUntil([reply] { return reply->isFinished(); }, 10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    answer.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    answer.totalCount = reply->rawHeader("x-total-count");
    delete reply;
    return answer;
}

QString percent(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

TEST_CASE("standin: data survives a restart on the same database file")
{
    const QString file = makeTempDir(QStringLiteral("persist")) + QStringLiteral("/spoolman.db");
    qint64 spoolId = 0;
    {
        SpoolmanStandin server;
        server.setDatabasePath(file);
        REQUIRE(server.listen());
        const QUrl base = server.baseUrl();
        REQUIRE(send(base, "POST", QStringLiteral("/field/spool/tag"), R"({"name":"Tag","field_type":"text"})").status
            == 200);
        const qint64 vendor = send(base, "POST", QStringLiteral("/vendor"), R"({"name":"Bambu Lab"})")
                                  .json[QLatin1String("id")]
                                  .toInteger();
        const Answer filament = send(base, "POST", QStringLiteral("/filament"),
            QStringLiteral(R"({"name":"PLA","vendor_id":%1,"density":1.24,"diameter":1.75,"weight":1000})")
                .arg(vendor)
                .toUtf8());
        REQUIRE(filament.status == 200);
        const Answer spool = send(base, "POST", QStringLiteral("/spool"),
            QStringLiteral(R"({"filament_id":%1,"location":"AMS1","extra":{"tag":"\"ABC\""}})")
                .arg(filament.json[QLatin1String("id")].toInteger())
                .toUtf8());
        REQUIRE(spool.status == 200);
        spoolId = spool.json[QLatin1String("id")].toInteger();
        REQUIRE(send(base, "PUT", QStringLiteral("/spool/%1/use").arg(spoolId), R"({"use_weight":42})").status == 200);
        REQUIRE(send(base, "POST", QStringLiteral("/setting/currency"), R"("\"USD\"")").status == 200);
        server.close();
    }
    SpoolmanStandin server;
    server.setDatabasePath(file);
    REQUIRE(server.listen());
    const QUrl base = server.baseUrl();
    const Answer spool = send(base, "GET", QStringLiteral("/spool/%1").arg(spoolId));
    REQUIRE(spool.status == 200);
    CHECK(spool.json[QLatin1String("used_weight")].toDouble() == 42.0);
    CHECK(spool.json[QLatin1String("location")].toString() == QLatin1String("AMS1"));
    CHECK(spool.json[QLatin1String("filament")][QLatin1String("vendor")][QLatin1String("name")].toString()
        == QLatin1String("Bambu Lab"));
    CHECK(send(base, "GET", QStringLiteral("/field/spool")).json.toArray().size() == 1);
    CHECK(send(base, "GET", QStringLiteral("/spool?extra.tag=%22ABC%22")).json.toArray().size() == 1);
    CHECK(send(base, "GET", QStringLiteral("/setting/currency")).json[QLatin1String("value")].toString()
        == QLatin1String("\"USD\""));
    // Ids continue after the stored ones.
    const Answer next = send(base, "POST", QStringLiteral("/spool"),
        QStringLiteral(R"({"filament_id":%1})")
            .arg(spool.json[QLatin1String("filament")][QLatin1String("id")].toInteger())
            .toUtf8());
    CHECK(next.json[QLatin1String("id")].toInteger() == spoolId + 1);
}

TEST_CASE("standin: posing as a server older than 0.25 ignores extra filters")
{
    SpoolmanStandin server;
    server.setVersion(QStringLiteral("0.24.3"));
    REQUIRE(server.listen());
    REQUIRE(server.seedSpools(20) == 20);
    const QUrl base = server.baseUrl();
    CHECK(send(base, "GET", QStringLiteral("/info")).json[QLatin1String("version")].toString()
        == QLatin1String("0.24.3"));
    const QString tag = send(base, "GET", QStringLiteral("/spool?limit=1"))
                            .json[0][QLatin1String("extra")][QLatin1String("tag")]
                            .toString();
    const Answer old = send(base, "GET", QStringLiteral("/spool?extra.tag=") + percent(tag));
    CHECK(old.totalCount == "20");

    server.setVersion(QStringLiteral("0.26.1"));
    const Answer current = send(base, "GET", QStringLiteral("/spool?extra.tag=") + percent(tag));
    CHECK(current.totalCount == "1");
}

TEST_CASE("standin: 10,000 seeded spools answer an exact tag lookup with exactly one spool")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    REQUIRE(server.seedSpools(10000) == 10000);
    const QUrl base = server.baseUrl();
    const Answer page = send(base, "GET", QStringLiteral("/spool?limit=1&offset=7777"));
    CHECK(page.totalCount == "10000");
    const QJsonObject picked = page.json[0].toObject();
    const QString tag = picked[QLatin1String("extra")][QLatin1String("tag")].toString();
    REQUIRE(tag.startsWith(u'"'));

    const Answer exact = send(base, "GET", QStringLiteral("/spool?extra.tag=") + percent(tag));
    REQUIRE(exact.json.toArray().size() == 1);
    CHECK(exact.json[0][QLatin1String("id")] == picked[QLatin1String("id")]);
    const Answer partial = send(base, "GET", QStringLiteral("/spool?extra.tag=") + percent(tag.mid(1, 8).toLower()));
    CHECK(partial.json.toArray().contains(picked));
    const Answer located = send(base, "GET", QStringLiteral("/spool?location=AMS1&limit=10"));
    CHECK(located.totalCount.toInt() == 10000 / 16);
}

TEST_CASE("standin: settings are typed and reset with null")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    const QUrl base = server.baseUrl();
    Answer currency = send(base, "GET", QStringLiteral("/setting/currency"));
    CHECK(currency.json.toObject()
        == QJsonObject {{QStringLiteral("value"), QStringLiteral("\"EUR\"")}, {QStringLiteral("is_set"), false},
            {QStringLiteral("type"), QStringLiteral("string")}});
    CHECK(send(base, "POST", QStringLiteral("/setting/round_prices"), R"("\"yes\"")").status == 400);
    currency = send(base, "POST", QStringLiteral("/setting/currency"), R"("\"SEK\"")");
    CHECK(currency.json[QLatin1String("value")].toString() == QLatin1String("\"SEK\""));
    CHECK(currency.json[QLatin1String("is_set")].toBool());
    currency = send(base, "POST", QStringLiteral("/setting/currency"), "null");
    CHECK(currency.json[QLatin1String("is_set")].toBool() == false);
    CHECK(send(base, "GET", QStringLiteral("/setting/nonsense")).status == 404);
}

TEST_CASE("standin: the executable seeds, prints its URL and stops on SIGTERM")
{
    QProcess process;
    process.setProgram(QStringLiteral(SB_BINARY_DIR "/tools/spoolman-standin/spoolbridge-spoolman-standin"));
    process.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"),
        makeTempDir(QStringLiteral("tool")) + QStringLiteral("/db.sqlite"), QStringLiteral("--seed-spools"),
        QStringLiteral("50"), QStringLiteral("--version"), QStringLiteral("0.25.0")});
    process.start();
    QByteArray output;
    REQUIRE(waitUntil(
        [&] {
            output += process.readAllStandardOutput();
            return output.contains('\n');
        },
        20000));
    const QUrl base(QString::fromUtf8(output.trimmed()));
    REQUIRE(base.port() > 0);
    CHECK(send(base, "GET", QStringLiteral("/spool?limit=1")).totalCount == "50");
    CHECK(send(base, "GET", QStringLiteral("/info")).json[QLatin1String("version")].toString()
        == QLatin1String("0.25.0"));
    process.terminate();
    REQUIRE(waitUntil([&] { return process.state() == QProcess::NotRunning; }, 10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 0);

    QProcess bad;
    bad.start(process.program(), {QStringLiteral("--port"), QStringLiteral("notaport")});
    REQUIRE(waitUntil([&] { return bad.state() == QProcess::NotRunning; }, 10000));
    CHECK(bad.exitCode() == 2);
    CHECK_FALSE(bad.readAllStandardError().isEmpty());
}

TEST_CASE("standin: setting changes are broadcast as key plus setting")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    QWebSocket socket;
    QList<QJsonObject> frames;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
        [&](const QString &text) { frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/setting/currency").arg(server.serverPort())));
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
    REQUIRE(send(server.baseUrl(), "POST", QStringLiteral("/setting/round_prices"), R"("true")").status == 200);
    REQUIRE(send(server.baseUrl(), "POST", QStringLiteral("/setting/currency"), R"("\"CHF\"")").status == 200);
    REQUIRE(waitUntil([&] { return !frames.isEmpty(); }));
    REQUIRE(frames.size() == 1); // the round_prices change went to /setting/round_prices only
    CHECK(frames.first().value(QLatin1String("resource")).toString() == QLatin1String("setting"));
    CHECK(frames.first().value(QLatin1String("payload")).toObject()
        == QJsonObject {{QStringLiteral("key"), QStringLiteral("currency")},
            {QStringLiteral("setting"),
                QJsonObject {{QStringLiteral("value"), QStringLiteral("\"CHF\"")}, {QStringLiteral("is_set"), true},
                    {QStringLiteral("type"), QStringLiteral("string")}}}});
}

TEST_CASE("standin: a broken database file or a taken port is a readable failure")
{
    const QString file = makeTempDir(QStringLiteral("broken")) + QStringLiteral("/not-a-db.sqlite");
    {
        QFile garbage(file);
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'x'));
    }
    SpoolmanStandin broken;
    broken.setDatabasePath(file);
    CHECK_FALSE(broken.listen());
    CHECK(broken.errorString().contains(file));
    CHECK_FALSE(broken.isListening());

    SpoolmanStandin first;
    REQUIRE(first.listen());
    SpoolmanStandin second;
    CHECK_FALSE(second.listen(QHostAddress(QHostAddress::LocalHost), first.serverPort()));
    CHECK(second.errorString().contains(QString::number(first.serverPort())));
}

TEST_CASE("standin: the built-in external lists are Bambu Lab SpoolmanDB-like entries")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    const QJsonArray filaments = send(server.baseUrl(), "GET", QStringLiteral("/external/filament")).json.toArray();
    REQUIRE(filaments.size() >= 10);
    bool found = false;
    for (const QJsonValue &value : filaments) {
        const QJsonObject entry = value.toObject();
        CHECK(entry.value(QLatin1String("manufacturer")).toString() == QLatin1String("Bambu Lab"));
        CHECK(entry.value(QLatin1String("diameter")).toDouble() == 1.75);
        CHECK(entry.value(QLatin1String("color_hex")).toString().size() == 6);
        if (entry.value(QLatin1String("id")).toString() == QLatin1String("bambulab_pla_basic_black_1000_175_n")) {
            found = true;
            CHECK(entry.value(QLatin1String("material")).toString() == QLatin1String("PLA"));
            CHECK(entry.value(QLatin1String("weight")).toDouble() == 1000.0);
            CHECK(entry.value(QLatin1String("spool_weight")).toDouble() > 0);
            CHECK(entry.value(QLatin1String("density")).toDouble() > 1.0);
        }
    }
    CHECK(found);
    CHECK_FALSE(send(server.baseUrl(), "GET", QStringLiteral("/external/material")).json.toArray().isEmpty());
}

TEST_CASE("standin: test hooks drop connections and change spools without events")
{
    SpoolmanStandin server;
    REQUIRE(server.listen());
    REQUIRE(server.seedSpools(3) == 3);
    const QUrl ws(QStringLiteral("ws://127.0.0.1:%1/api/v1/spool").arg(server.serverPort()));
    QWebSocket socket;
    QList<QJsonObject> frames;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
        [&](const QString &text) { frames.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
    socket.open(ws);
    REQUIRE(waitUntil([&] { return server.webSocketCount() == 1; }));

    CHECK_FALSE(server.patchSpoolSilently(999, {{QStringLiteral("location"), QStringLiteral("X")}}));
    REQUIRE(server.patchSpoolSilently(2, {{QStringLiteral("location"), QStringLiteral("Drawer")}}));
    CHECK(send(server.baseUrl(), "GET", QStringLiteral("/spool/2")).json[QLatin1String("location")].toString()
        == QLatin1String("Drawer"));
    REQUIRE(send(server.baseUrl(), "PATCH", QStringLiteral("/spool/2"), R"({"comment":"seen"})").status == 200);
    REQUIRE(waitUntil([&] { return !frames.isEmpty(); }));
    REQUIRE(frames.size() == 1); // only the PATCH, not the silent change
    CHECK(frames.first()[QLatin1String("payload")][QLatin1String("location")].toString() == QLatin1String("Drawer"));

    server.dropConnections();
    REQUIRE(waitUntil([&] { return socket.state() == QAbstractSocket::UnconnectedState; }));
    CHECK(server.webSocketCount() == 0);
    CHECK(server.isListening());
    socket.open(ws);
    CHECK(waitUntil([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
}
