#include "core/mqtt/bambucloudclient.h"

#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Spoolbridge {

namespace {

QString text(const QJsonObject &object, const char *key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? QString::number(value.toDouble()) : value.toString();
}

// Accepts the MQTT shape ({"ams":[{id, tray:[…]}]}) and the flattened one
// ([{unit_id, trays:[{tray_id, filament_type, filament_color}]}]).
QList<CloudAmsUnit> parseAms(const QJsonValue &value)
{
    const QJsonArray units = value.isArray() ? value.toArray() : value.toObject().value(QLatin1String("ams")).toArray();
    QList<CloudAmsUnit> out;
    for (const auto &unitValue : units) {
        const QJsonObject unit = unitValue.toObject();
        CloudAmsUnit parsed;
        parsed.id = unit.contains(QLatin1String("id")) ? text(unit, "id") : text(unit, "unit_id");
        parsed.humidity = text(unit, "humidity");
        parsed.temperature = unit.contains(QLatin1String("temp")) ? text(unit, "temp") : text(unit, "temperature");
        QJsonArray trays = unit.value(QLatin1String("tray")).toArray();
        if (trays.isEmpty())
            trays = unit.value(QLatin1String("trays")).toArray();
        for (const auto &trayValue : std::as_const(trays)) {
            const QJsonObject tray = trayValue.toObject();
            CloudTray t;
            t.id = tray.contains(QLatin1String("id")) ? text(tray, "id") : text(tray, "tray_id");
            t.type = tray.contains(QLatin1String("tray_type")) ? text(tray, "tray_type") : text(tray, "filament_type");
            if (t.type == QLatin1String("Empty"))
                t.type.clear();
            t.color
                = tray.contains(QLatin1String("tray_color")) ? text(tray, "tray_color") : text(tray, "filament_color");
            t.presetId = text(tray, "tray_info_idx");
            t.trayUuid = text(tray, "tray_uuid");
            t.remain = tray.value(QLatin1String("remain")).toInt(-1);
            parsed.trays.append(t);
        }
        out.append(parsed);
    }
    return out;
}

} // namespace

BambuCloudClient::BambuCloudClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_baseUrl(regionBaseUrl(QStringLiteral("us")))
{
    qRegisterMetaType<CloudPrinter>();
    qRegisterMetaType<QList<CloudPrinter>>();
}

BambuCloudClient::~BambuCloudClient() = default;

QUrl BambuCloudClient::regionBaseUrl(const QString &region)
{
    return QUrl(region == QLatin1String("cn") ? QStringLiteral("https://api.bambulab.cn")
                                              : QStringLiteral("https://api.bambulab.com"));
}

void BambuCloudClient::fetchPrinters()
{
    if (m_token.isEmpty()) {
        Q_EMIT errorOccurred(tr("No Bambu cloud token is stored. Sign in to the Bambu cloud first."));
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(
        url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v1/iot-service/api/user/bind"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    qCDebug(lcMqtt).noquote() << "GET" << url.toString();
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { handleBindReply(reply); });
}

void BambuCloudClient::handleBindReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const bool html
        = contentType.contains(QLatin1String("html"), Qt::CaseInsensitive) || body.trimmed().startsWith('<');
    QString message;
    if (status == 401 || status == 403) {
        message = tr("The Bambu cloud rejected the sign-in (HTTP %1): the token has expired or was revoked. Sign in "
                     "to the Bambu cloud again.")
                      .arg(status);
    } else if (reply->error() == QNetworkReply::TimeoutError
        || reply->error() == QNetworkReply::OperationCanceledError) {
        message = tr("The Bambu cloud did not answer within %1 s. Check the internet connection and try again.")
                      .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    } else if (html) {
        message = tr("The Bambu cloud answered with a web page instead of data (HTTP %1). The service may be down "
                     "or a proxy/captive portal is in the way; try again later.")
                      .arg(status);
    } else if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400)) {
        message = tr("Cannot reach the Bambu cloud at %1 (%2). Check the internet connection.")
                      .arg(m_baseUrl.host(), reply->errorString());
    } else if (status >= 400) {
        message = tr("The Bambu cloud reported an error (HTTP %1). Try again later.").arg(status);
    }
    if (!message.isEmpty()) {
        qCWarning(lcMqtt).noquote() << "cloud device list failed:" << message;
        Q_EMIT errorOccurred(message);
        return;
    }
    QList<CloudPrinter> printers;
    if (!parseBindResponse(body, &printers, &message)) {
        Q_EMIT errorOccurred(message);
        return;
    }
    Q_EMIT printersFetched(printers);
}

bool BambuCloudClient::parseBindResponse(const QByteArray &body, QList<CloudPrinter> *printers, QString *error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(QLatin1String("devices")).isArray()) {
        const QString serverMessage = root.value(QLatin1String("message")).toString();
        *error = serverMessage.isEmpty() || serverMessage == QLatin1String("success")
            ? tr("The Bambu cloud sent an unexpected answer (no device list). Try again later or update Spoolbridge.")
            : tr("The Bambu cloud refused the request: %1.").arg(serverMessage);
        return false;
    }
    printers->clear();
    const QJsonArray devices = root.value(QLatin1String("devices")).toArray();
    for (const auto &value : devices) {
        const QJsonObject device = value.toObject();
        CloudPrinter printer;
        printer.serial = text(device, "dev_id");
        if (printer.serial.isEmpty())
            continue;
        printer.name = text(device, "name");
        printer.modelCode = text(device, "dev_model_name");
        printer.productName = text(device, "dev_product_name");
        printer.printStatus = text(device, "print_status");
        printer.accessCode = text(device, "dev_access_code");
        printer.online = device.value(QLatin1String("online")).toBool();
        printer.amsUnits = parseAms(device.value(QLatin1String("ams")));
        printer.raw = device;
        printers->append(printer);
    }
    return true;
}

} // namespace Spoolbridge
