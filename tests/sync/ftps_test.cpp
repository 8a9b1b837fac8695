#include "fakespoolman.h"
#include "threemfbuilder.h"
#include "vsftpdserver.h"

#include "core/sync/ftpsfetcher.h"
#include "core/sync/ftpstransfer.h"
#include "core/sync/sliceinforeader.h"
#include "core/sync/usagecalculator.h"
#include "core/sync/usageledger.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTcpServer>

using namespace Spoolbridge;
using Test::VsftpdServer;

namespace {

FtpsRequest requestFor(const VsftpdServer &server, const QString &job)
{
    FtpsRequest request;
    request.host = QStringLiteral("127.0.0.1");
    request.port = server.port();
    request.serial = QString::fromLatin1(VsftpdServer::Serial);
    request.accessCode = QString::fromLatin1(VsftpdServer::AccessCode);
    request.caFile = server.caFile();
    request.jobName = job;
    request.destinationDir = Test::makeTempDir(QStringLiteral("ftps-download"));
    request.connectTimeoutMs = 5000;
    request.stallTimeoutMs = 5000;
    return request;
}

struct Fetch {
    bool done = false;
    FtpsResult result;
    int progressReports = 0;
};

FtpsResult fetchNow(FtpsFetcher &fetcher, const FtpsRequest &request, int *progressReports = nullptr)
{
    Fetch fetch;
    const int id = fetcher.fetch(request);
    QObject context;
    QObject::connect(&fetcher, &FtpsFetcher::finished, &context, [&](int finishedId, const FtpsResult &result) {
        if (finishedId == id) {
            fetch.done = true;
            fetch.result = result;
        }
    });
    QObject::connect(&fetcher, &FtpsFetcher::progress, &context, [&](int progressId, qint64, qint64) {
        if (progressId == id)
            ++fetch.progressReports;
    });
    REQUIRE(Test::waitUntil([&] { return fetch.done; }, 30000));
    if (progressReports)
        *progressReports = fetch.progressReports;
    return fetch.result;
}

void startServer(VsftpdServer &server, VsftpdServer::Options options = {})
{
    const QString error = server.start(options);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

} // namespace

TEST_CASE("ftps: the job's 3MF comes over implicit TLS and ends as exact grams in Spoolman")
{
    VsftpdServer server;
    startServer(server);
    REQUIRE(Test::writeSample3mf(server.root() + QStringLiteral("/cache/Benchy Plate.gcode.3mf")));
    REQUIRE(Test::writeSample3mf(server.root() + QStringLiteral("/cache/Other.3mf")));

    FtpsFetcher fetcher;
    CHECK_FALSE(fetcher.isWorkerStarted()); // no thread until there is something to fetch
    int progressReports = 0;
    const FtpsResult fetched = fetchNow(fetcher, requestFor(server, QStringLiteral("Benchy Plate")), &progressReports);
    INFO(fetched.message.toStdString() << "\n" << server.log().toStdString());
    REQUIRE(fetched.ok());
    CHECK(fetched.remotePath == QLatin1String("/cache/Benchy Plate.gcode.3mf"));
    CHECK_FALSE(fetched.fromListing);
    CHECK(fetched.bytes == QFileInfo(server.root() + QStringLiteral("/cache/Benchy Plate.gcode.3mf")).size());
    CHECK(progressReports >= 1);
    CHECK(fetcher.isWorkerStarted());
    CHECK(fetched.tried.size() == 3); // /cache/X.3mf, /X.3mf, then /cache/X.gcode.3mf

    // 3MF → plate 2 → grams per spool → ledger → Spoolman.
    const SliceInfoReader::Result info = SliceInfoReader::readFile(fetched.localPath);
    REQUIRE(info.ok);
    JobDescription job;
    job.jobKey = QStringLiteral("lan:Benchy Plate:2026-11-22T04:10:00Z");
    job.printerId = QString::fromLatin1(VsftpdServer::Serial);
    job.gcodeFile = QStringLiteral("Metadata/plate_2.gcode");
    job.filamentToSlot = {{1, 2}, {3, 0}, {4, 1}};
    Test::FakeSpoolman spoolman;
    const int white = spoolman.addSpool(QStringLiteral("AAAA0000AAAA0000AAAA0000AAAA0000"));
    const int red = spoolman.addSpool(QStringLiteral("BBBB0000BBBB0000BBBB0000BBBB0000"));
    job.spoolsAtStart[2].trayUuid = QStringLiteral("AAAA0000AAAA0000AAAA0000AAAA0000");
    job.spoolsAtStart[0].trayUuid = QStringLiteral("BBBB0000BBBB0000BBBB0000BBBB0000");
    const auto plate = SliceInfoReader::selectPlate(info.info, job.gcodeFile);
    REQUIRE(plate.ok);
    const UsageCalculator::Result usage = UsageCalculator::compute(job, &plate.plate);
    REQUIRE(usage.charges.size() == 2);

    UsageLedger ledger;
    REQUIRE(ledger.open(Test::makeTempDir(QStringLiteral("ftps-ledger"))));
    ledger.setSink(&spoolman);
    REQUIRE(ledger.record(usage.charges).ok);
    REQUIRE(Test::waitUntil([&] { return ledger.pendingCount() == 0 && !ledger.isDelivering(); }));
    CHECK(spoolman.used(white) == Approx(38.47).margin(1e-9));
    CHECK(spoolman.used(red) == Approx(23.28).margin(1e-9));
}

TEST_CASE("ftps: wrong access code, missing file and the newest-file fallback")
{
    VsftpdServer server;
    startServer(server);
    FtpsFetcher fetcher;

    FtpsRequest wrong = requestFor(server, QStringLiteral("Benchy"));
    wrong.accessCode = QStringLiteral("00000000");
    const FtpsResult denied = fetchNow(fetcher, wrong);
    CHECK(denied.error == FtpsResult::Error::LoginDenied);
    CHECK(denied.message.startsWith(QLatin1String("The printer rejected the access code for file transfer.")));
    CHECK_FALSE(denied.message.contains(QLatin1String("00000000")));

    FtpsRequest strict = requestFor(server, QStringLiteral("Nothing Here"));
    strict.allowNewestFallback = false;
    const FtpsResult missing = fetchNow(fetcher, strict);
    CHECK(missing.error == FtpsResult::Error::NotFound);
    CHECK(
        missing.message.contains(QLatin1String("The print file for \"Nothing Here\" is not on the printer's storage")));
    CHECK(missing.message.contains(QLatin1String("/cache/Nothing Here.3mf")));

    // Empty card, fallback on: still not found, after looking at the listings.
    const FtpsResult empty = fetchNow(fetcher, requestFor(server, QStringLiteral("Nothing Here")));
    CHECK(empty.error == FtpsResult::Error::NotFound);

    // A job whose file has another name: the newest .3mf is taken, and said so.
    const QString older = server.root() + QStringLiteral("/Older.3mf");
    REQUIRE(Test::writeSample3mf(older));
    {
        QFile file(older);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    }
    REQUIRE(Test::writeSample3mf(server.root() + QStringLiteral("/cache/Untitled.gcode.3mf")));
    const FtpsResult newest = fetchNow(fetcher, requestFor(server, QStringLiteral("Nothing Here")));
    INFO(newest.message.toStdString());
    REQUIRE(newest.ok());
    CHECK(newest.fromListing);
    CHECK(newest.remotePath == QLatin1String("/cache/Untitled.gcode.3mf"));
    CHECK(SliceInfoReader::readFile(newest.localPath).ok);
}

TEST_CASE("ftps: the printer's certificate is checked, never silently trusted")
{
    VsftpdServer server;
    startServer(server);
    REQUIRE(Test::writeSample3mf(server.root() + QStringLiteral("/Cube.3mf")));
    FtpsFetcher fetcher;

    const FtpsResult good = fetchNow(fetcher, requestFor(server, QStringLiteral("Cube")));
    INFO(good.message.toStdString());
    REQUIRE(good.ok());
    CHECK(good.remotePath == QLatin1String("/Cube.3mf"));

    FtpsRequest otherSerial = requestFor(server, QStringLiteral("Cube"));
    otherSerial.serial = QStringLiteral("01P00A000000999");
    const FtpsResult wrongName = fetchNow(fetcher, otherSerial);
    CHECK(wrongName.error == FtpsResult::Error::Tls);
    CHECK(wrongName.message.contains(QLatin1String("not issued to serial 01P00A000000999")));

    otherSerial.tlsMode = FtpsRequest::TlsMode::ChainOnly; // an explicit choice
    CHECK(fetchNow(fetcher, otherSerial).ok());

    FtpsRequest otherCa = requestFor(server, QStringLiteral("Cube"));
    otherCa.caFile = server.otherCaFile();
    const FtpsResult untrusted = fetchNow(fetcher, otherCa);
    CHECK(untrusted.error == FtpsResult::Error::Tls);

    FtpsRequest pinned = requestFor(server, QStringLiteral("Cube"));
    pinned.tlsMode = FtpsRequest::TlsMode::Pinned;
    pinned.caFile = server.otherCaFile(); // the pin alone decides
    pinned.pinnedPublicKeySha256 = server.publicKeySha256();
    CHECK(fetchNow(fetcher, pinned).ok());
    pinned.pinnedPublicKeySha256 = QStringLiteral("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    const FtpsResult badPin = fetchNow(fetcher, pinned);
    CHECK(badPin.error == FtpsResult::Error::Tls);
    CHECK(badPin.message.contains(QLatin1String("another key than the one pinned")));
}

TEST_CASE("ftps: A1 quirk keeps the data channel plain and a cancelled fetch says so")
{
    FtpsRequest quirks;
    quirks.applyModelQuirks(QStringLiteral("A1 mini"));
    CHECK(quirks.plainDataChannel);
    CHECK_FALSE(quirks.maxTls12);
    quirks.applyModelQuirks(QStringLiteral("P2S"));
    CHECK(quirks.maxTls12);
    CHECK_FALSE(quirks.plainDataChannel);

    VsftpdServer server;
    VsftpdServer::Options options;
    options.forceDataTls = false; // the A1's server accepts a plain data channel
    startServer(server, options);
    REQUIRE(Test::writeSample3mf(server.root() + QStringLiteral("/cache/Cube.3mf")));
    FtpsFetcher fetcher;
    FtpsRequest a1 = requestFor(server, QStringLiteral("Cube"));
    a1.applyModelQuirks(QStringLiteral("A1"));
    const FtpsResult plain = fetchNow(fetcher, a1);
    INFO(plain.message.toStdString());
    REQUIRE(plain.ok());
    CHECK(server.log().contains(QLatin1String("PROT C")));

    FtpsRequest p2s = requestFor(server, QStringLiteral("Cube"));
    p2s.applyModelQuirks(QStringLiteral("P2S"));
    CHECK(fetchNow(fetcher, p2s).ok());
    CHECK(server.log().contains(QLatin1String("PROT P")));

    // Two queued fetches; the second is cancelled before it starts.
    const int first = fetcher.fetch(requestFor(server, QStringLiteral("Cube")));
    const int second = fetcher.fetch(requestFor(server, QStringLiteral("Cube")));
    fetcher.cancel(second);
    QHash<int, FtpsResult> results;
    QObject::connect(&fetcher, &FtpsFetcher::finished, &fetcher,
        [&](int id, const FtpsResult &result) { results.insert(id, result); });
    REQUIRE(Test::waitUntil([&] { return results.size() == 2; }, 30000));
    CHECK(results.value(first).ok());
    CHECK(results.value(second).error == FtpsResult::Error::Cancelled);
    CHECK(results.value(second).message == QLatin1String("The file transfer was cancelled."));
}

TEST_CASE("ftps: LIST lines are parsed with names containing spaces")
{
    const QDateTime now(QDate(2026, 11, 22), QTime(5, 0), Qt::UTC);
    const QByteArray listing = "total 12\r\n"
                               "drwxr-xr-x    2 0        0            4096 Nov 20 10:00 cache\r\n"
                               "-rw-r--r--    1 0        0          182734 Nov 21 18:22 Benchy Plate.gcode.3mf\r\n"
                               "-rw-r--r--    1 0        0             100 Dec 30 23:59 last-year.3mf\r\n"
                               "-rw-r--r--    1 0        0             100 Mar 02  2025 old.3mf\r\n";
    const auto files = FtpsTransfer::parseListing(listing, now);
    REQUIRE(files.size() == 3);
    CHECK(files.at(0).name == QLatin1String("Benchy Plate.gcode.3mf"));
    CHECK(files.at(0).size == 182734);
    CHECK(files.at(0).modified == QDateTime(QDate(2026, 11, 21), QTime(18, 22), Qt::UTC));
    CHECK(files.at(1).modified.date() == QDate(2025, 12, 30));
    CHECK(files.at(2).modified.date() == QDate(2025, 3, 2));
}

TEST_CASE("ftps: a silent server times out and a closed port is unreachable")
{
    QTcpServer silent; // accepts TCP, never speaks TLS
    REQUIRE(silent.listen(QHostAddress::LocalHost, 0));
    FtpsFetcher fetcher;
    FtpsRequest request;
    request.host = QStringLiteral("127.0.0.1");
    request.port = silent.serverPort();
    request.serial = QString::fromLatin1(VsftpdServer::Serial);
    request.accessCode = QString::fromLatin1(VsftpdServer::AccessCode);
    request.jobName = QStringLiteral("Cube");
    request.caFile = QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    request.destinationDir = Test::makeTempDir(QStringLiteral("ftps-timeout"));
    request.connectTimeoutMs = 800;
    request.stallTimeoutMs = 1000;
    const FtpsResult timedOut = fetchNow(fetcher, request);
    CHECK(timedOut.error == FtpsResult::Error::Timeout);
    CHECK(timedOut.message.contains(QLatin1String("stopped answering")));

    request.port = Test::freeTcpPort(); // nothing listens there
    const FtpsResult closed = fetchNow(fetcher, request);
    CHECK(closed.error == FtpsResult::Error::Unreachable);
    CHECK(closed.message.contains(QLatin1String("cannot be reached")));

    request.caFile = QStringLiteral("/nonexistent/bbl-ca.pem");
    const FtpsResult noCa = fetchNow(fetcher, request);
    CHECK(noCa.error == FtpsResult::Error::Tls);
    CHECK(noCa.message.contains(QLatin1String("needed to check the printer is missing")));
}
