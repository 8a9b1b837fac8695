#include "core/sync/ftpstransfer.h"

#include "core/util/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

#include <curl/curl.h>

namespace Spoolbridge {

namespace {

CURL *handle(void *curl)
{
    return static_cast<CURL *>(curl);
}

size_t writeToFile(char *data, size_t size, size_t count, void *user)
{
    auto *file = static_cast<QFile *>(user);
    const size_t bytes = size * count;
    return static_cast<size_t>(file->write(data, static_cast<qint64>(bytes)));
}

size_t writeToBuffer(char *data, size_t size, size_t count, void *user)
{
    const size_t bytes = size * count;
    static_cast<QByteArray *>(user)->append(data, static_cast<qsizetype>(bytes));
    return bytes;
}

struct ProgressContext {
    const std::atomic_bool *cancel = nullptr;
    const FtpsTransfer::Progress *progress = nullptr;
    int stallMs = 0;
    curl_off_t lastReceived = -1;
    QElapsedTimer sinceChange;
    bool stalled = false;
};

int onProgress(void *user, curl_off_t total, curl_off_t received, curl_off_t, curl_off_t)
{
    auto *context = static_cast<ProgressContext *>(user);
    if (context->cancel->load())
        return 1; // aborts with CURLE_ABORTED_BY_CALLBACK
    if (received != context->lastReceived || !context->sinceChange.isValid()) {
        context->lastReceived = received;
        context->sinceChange.start();
    } else if (received > 0 && context->sinceChange.elapsed() > context->stallMs) {
        context->stalled = true; // data started flowing, then stopped
        return 1;
    }
    if (*context->progress && received > 0)
        (*context->progress)(static_cast<qint64>(received), static_cast<qint64>(total));
    return 0;
}

bool isNotFound(int code)
{
    return code == CURLE_REMOTE_FILE_NOT_FOUND || code == CURLE_FTP_COULDNT_RETR_FILE
        || code == CURLE_REMOTE_ACCESS_DENIED;
}

} // namespace

FtpsTransfer::FtpsTransfer(const FtpsRequest &request, const std::atomic_bool &cancel, Progress progress)
    : m_request(request)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
    , m_curl(curl_easy_init())
{ }

FtpsTransfer::~FtpsTransfer()
{
    if (m_curl)
        curl_easy_cleanup(handle(m_curl));
    if (m_resolve)
        curl_slist_free_all(static_cast<curl_slist *>(m_resolve));
}

QString FtpsTransfer::urlFor(const QString &remotePath) const
{
    // With VerifySerial the URL names the serial (resolved to the printer's address below), so
    // libcurl checks the certificate's name against it before the access code is sent.
    QString host = m_request.tlsMode == FtpsRequest::TlsMode::VerifySerial ? m_request.serial : m_request.host;
    if (host.contains(u':'))
        host = u'[' + host + u']';
    QString path;
    for (const QString &segment : remotePath.split(u'/')) {
        if (!path.isEmpty() || !segment.isEmpty())
            path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    if (remotePath.endsWith(u'/'))
        path += u'/';
    return QStringLiteral("ftps://%1:%2%3").arg(host).arg(m_request.port).arg(path);
}

void FtpsTransfer::setCommonOptions(const QString &remotePath)
{
    CURL *curl = handle(m_curl);
    curl_easy_reset(curl);
    const QByteArray url = urlFor(remotePath).toUtf8();
    curl_easy_setopt(curl, CURLOPT_URL, url.constData()); // libcurl copies strings
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_USERNAME, m_request.user.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, m_request.accessCode.toUtf8().constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(m_request.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(m_request.totalTimeoutMs));
    curl_easy_setopt(
        curl, CURLOPT_SERVER_RESPONSE_TIMEOUT, static_cast<long>(std::max(1, m_request.stallTimeoutMs / 1000)));
    // A stalled download is detected in the progress callback: libcurl's own low-speed check
    // slows every FTP command down by about a second.
    // Implicit TLS on the control channel always; the data channel too unless the model can't.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, m_request.plainDataChannel ? CURLUSESSL_CONTROL : CURLUSESSL_ALL);
    if (m_request.maxTls12)
        curl_easy_setopt(curl, CURLOPT_SSLVERSION,
            static_cast<long>(CURL_SSLVERSION_TLSv1_2) | static_cast<long>(CURL_SSLVERSION_MAX_TLSv1_2));
    switch (m_request.tlsMode) {
    case FtpsRequest::TlsMode::VerifySerial:
    case FtpsRequest::TlsMode::ChainOnly:
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(m_request.caFile).constData());
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(
            curl, CURLOPT_SSL_VERIFYHOST, m_request.tlsMode == FtpsRequest::TlsMode::VerifySerial ? 2L : 0L);
        break;
    case FtpsRequest::TlsMode::Pinned: {
        // The pin replaces the chain: the key must match, whoever signed it.
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
        const QByteArray pin = "sha256//" + m_request.pinnedPublicKeySha256.toLatin1();
        curl_easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, pin.constData());
        break;
    }
    }
    if (m_request.tlsMode == FtpsRequest::TlsMode::VerifySerial) {
        if (!m_resolve) {
            QString address = m_request.host;
            if (address.contains(u':'))
                address = u'[' + address + u']';
            const QByteArray entry
                = QStringLiteral("%1:%2:%3").arg(m_request.serial).arg(m_request.port).arg(address).toUtf8();
            m_resolve = curl_slist_append(nullptr, entry.constData());
        }
        curl_easy_setopt(curl, CURLOPT_RESOLVE, static_cast<curl_slist *>(m_resolve));
    }
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, &onProgress);
}

FtpsTransfer::Outcome FtpsTransfer::perform(const QString &remotePath)
{
    Outcome outcome;
    m_errorBuffer[0] = '\0';
    ProgressContext context;
    context.cancel = &m_cancel;
    context.progress = &m_progress;
    context.stallMs = m_request.stallTimeoutMs;
    curl_easy_setopt(handle(m_curl), CURLOPT_XFERINFODATA, &context);
    outcome.code = curl_easy_perform(handle(m_curl));
    if (outcome.code == CURLE_ABORTED_BY_CALLBACK && context.stalled)
        outcome.code = CURLE_OPERATION_TIMEDOUT;
    curl_easy_getinfo(handle(m_curl), CURLINFO_RESPONSE_CODE, &outcome.ftpCode);
    outcome.curlMessage = m_errorBuffer[0] ? QString::fromUtf8(m_errorBuffer)
                                           : QString::fromUtf8(curl_easy_strerror(static_cast<CURLcode>(outcome.code)));
    qCDebug(lcSync) << "FTPS" << remotePath << "->" << outcome.code << outcome.ftpCode << outcome.curlMessage;
    return outcome;
}

FtpsTransfer::Outcome FtpsTransfer::download(const QString &remotePath, const QString &localPath, qint64 *bytes)
{
    QFile file(localPath + QStringLiteral(".part"));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Outcome outcome;
        outcome.code = CURLE_WRITE_ERROR;
        outcome.curlMessage = file.errorString();
        return outcome;
    }
    setCommonOptions(remotePath);
    curl_easy_setopt(handle(m_curl), CURLOPT_WRITEFUNCTION, &writeToFile);
    curl_easy_setopt(handle(m_curl), CURLOPT_WRITEDATA, &file);
    Outcome outcome = perform(remotePath);
    *bytes = file.size();
    file.close();
    if (outcome.code == CURLE_OK) {
        QFile::remove(localPath);
        if (!file.rename(localPath)) {
            outcome.code = CURLE_WRITE_ERROR;
            outcome.curlMessage = file.errorString();
        }
    } else {
        file.remove();
    }
    return outcome;
}

FtpsTransfer::Outcome FtpsTransfer::list(const QString &directory, QByteArray *listing)
{
    setCommonOptions(directory.endsWith(u'/') ? directory : directory + u'/');
    curl_easy_setopt(handle(m_curl), CURLOPT_WRITEFUNCTION, &writeToBuffer);
    curl_easy_setopt(handle(m_curl), CURLOPT_WRITEDATA, listing);
    return perform(directory);
}

FtpsResult FtpsTransfer::run()
{
    FtpsResult result;
    if (!m_curl) {
        result.error = FtpsResult::Error::Other;
        result.message = tr("The file transfer library could not be started.");
        return result;
    }
    if (m_request.tlsMode == FtpsRequest::TlsMode::VerifySerial && m_request.serial.trimmed().isEmpty()) {
        result.error = FtpsResult::Error::Tls;
        result.message = tr("The printer's serial number is needed to check its certificate; add it to the printer "
                            "settings.");
        return result;
    }
    if (m_request.tlsMode != FtpsRequest::TlsMode::Pinned && !QFile::exists(m_request.caFile)) {
        result.error = FtpsResult::Error::Tls;
        result.message = tr("The CA certificate file \"%1\" needed to check the printer is missing. Reinstall "
                            "Spoolbridge or choose the file in the printer settings.")
                             .arg(m_request.caFile);
        return result;
    }
    if (m_request.tlsMode == FtpsRequest::TlsMode::Pinned && m_request.pinnedPublicKeySha256.isEmpty()) {
        result.error = FtpsResult::Error::Tls;
        result.message = tr("No key is pinned for this printer yet. Connect once and confirm its certificate.");
        return result;
    }
    const QString destination = m_request.destinationDir.isEmpty()
        ? QDir::tempPath() + QStringLiteral("/spoolbridge-3mf")
        : m_request.destinationDir;
    QDir().mkpath(destination);
    auto fetch = [&](const QString &remote, bool fromListing) -> std::optional<FtpsResult> {
        result.tried << remote;
        const QString local = QDir(destination).filePath(remote.section(u'/', -1));
        qint64 bytes = 0;
        const Outcome outcome = download(remote, local, &bytes);
        if (outcome.code == CURLE_OK) {
            FtpsResult done = result;
            done.localPath = local;
            done.remotePath = remote;
            done.fromListing = fromListing;
            done.bytes = bytes;
            return done;
        }
        if (isNotFound(outcome.code))
            return std::nullopt;
        return failure(outcome, remote);
    };
    for (const QString &remote : m_request.candidatePaths()) {
        if (std::optional<FtpsResult> done = fetch(remote, false))
            return *done;
    }
    if (m_request.allowNewestFallback) {
        QString newestPath;
        QDateTime newestTime;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const QString &directory : {QStringLiteral("/cache/"), QStringLiteral("/")}) {
            QByteArray listing;
            const Outcome outcome = list(directory, &listing);
            if (outcome.code != CURLE_OK) {
                if (isNotFound(outcome.code))
                    continue;
                return failure(outcome, directory);
            }
            for (const ListedFile &file : parseListing(listing, now)) {
                if (file.name.endsWith(QLatin1String(".3mf"), Qt::CaseInsensitive)
                    && (!newestTime.isValid() || file.modified > newestTime)) {
                    newestTime = file.modified;
                    newestPath = directory + file.name;
                }
            }
        }
        if (!newestPath.isEmpty()) {
            if (std::optional<FtpsResult> done = fetch(newestPath, true))
                return *done;
        }
    }
    result.error = FtpsResult::Error::NotFound;
    result.message = tr("The print file for \"%1\" is not on the printer's storage (looked for %2). Usage falls back "
                        "to the AMS remaining percentage.")
                         .arg(m_request.jobName, result.tried.join(QStringLiteral(", ")));
    return result;
}

FtpsResult FtpsTransfer::failure(const Outcome &outcome, const QString &remotePath) const
{
    FtpsResult result;
    result.remotePath = remotePath;
    const QString where = QStringLiteral("%1:%2").arg(m_request.host).arg(m_request.port);
    switch (outcome.code) {
    case CURLE_LOGIN_DENIED:
        result.error = FtpsResult::Error::LoginDenied;
        result.message = tr("The printer rejected the access code for file transfer. Check the LAN access code on "
                            "the printer's screen and enter it again.");
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        result.error = FtpsResult::Error::Tls;
        result.message = m_request.tlsMode == FtpsRequest::TlsMode::VerifySerial
            ? tr("The printer at %1 presented a certificate that is not from Bambu Lab's CA or not "
                 "issued to serial %2. Check the serial number; if it is right, pin this printer's "
                 "certificate.")
                  .arg(where, m_request.serial)
            : tr("The printer at %1 presented a certificate that is not signed by the configured "
                 "CA (%2). Pin this printer's certificate if you trust it.")
                  .arg(where, outcome.curlMessage);
        break;
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        result.error = FtpsResult::Error::Tls;
        result.message = tr("The printer at %1 presented another key than the one pinned for it. If the printer was "
                            "replaced or reset, pin its certificate again.")
                             .arg(where);
        break;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_USE_SSL_FAILED:
        result.error = FtpsResult::Error::Tls;
        result.message = tr("The secure connection to the printer's file service at %1 failed (%2). Check the CA "
                            "file and the printer model setting.")
                             .arg(where, outcome.curlMessage);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        result.error = FtpsResult::Error::Timeout;
        result.message = tr("The printer at %1 stopped answering during the file transfer. Check its network; on an "
                            "A1 or A1 mini set the printer model so the data channel stays plain.")
                             .arg(where);
        break;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
        result.error = FtpsResult::Error::Unreachable;
        result.message = tr("The printer's file service at %1 cannot be reached. Check that the printer is on and "
                            "in LAN mode.")
                             .arg(where);
        break;
    case CURLE_ABORTED_BY_CALLBACK:
        result.error = FtpsResult::Error::Cancelled;
        result.message = tr("The file transfer was cancelled.");
        break;
    default:
        result.error = FtpsResult::Error::Other;
        result.message = tr("The file transfer from the printer at %1 failed: %2 (FTP reply %3).")
                             .arg(where, outcome.curlMessage)
                             .arg(outcome.ftpCode);
        break;
    }
    return result;
}

QList<FtpsTransfer::ListedFile> FtpsTransfer::parseListing(const QByteArray &listing, const QDateTime &now)
{
    static const char *const Months[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    QList<ListedFile> files;
    for (const QByteArray &rawLine : listing.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty() || !line.startsWith(u'-'))
            continue; // directories, links, "total N"
        // perms links owner group size month day time-or-year name (the name may hold spaces)
        QStringList parts;
        int pos = 0;
        for (int field = 0; field < 8 && pos < line.size(); ++field) {
            while (pos < line.size() && line.at(pos).isSpace())
                ++pos;
            const int start = pos;
            while (pos < line.size() && !line.at(pos).isSpace())
                ++pos;
            parts << line.mid(start, pos - start);
        }
        while (pos < line.size() && line.at(pos).isSpace())
            ++pos;
        if (parts.size() < 8 || pos >= line.size())
            continue;
        ListedFile file;
        file.name = line.mid(pos);
        file.size = parts.at(4).toLongLong();
        int month = 0;
        for (int m = 0; m < 12; ++m) {
            if (parts.at(5).toLower() == QLatin1String(Months[m]))
                month = m + 1;
        }
        const int day = parts.at(6).toInt();
        QTime time(0, 0);
        int year = now.date().year();
        if (parts.at(7).contains(u':')) {
            time = QTime::fromString(parts.at(7), QStringLiteral("H:mm"));
            // Without a year the date is within the last six months.
            if (QDate(year, month, day) > now.date().addDays(1))
                --year;
        } else {
            year = parts.at(7).toInt();
        }
        file.modified = QDateTime(QDate(year, month, day), time, Qt::UTC);
        files.append(file);
    }
    return files;
}

} // namespace Spoolbridge
