#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Spoolbridge {

// One tray as the Bambu cloud's device list reports it (a snapshot; MQTT has the live data).
struct CloudTray {
    QString id;
    QString type; // "PLA", "" when empty
    QString color; // RRGGBBAA
    QString presetId; // tray_info_idx
    QString trayUuid;
    int remain = -1;
};

struct CloudAmsUnit {
    QString id;
    QString humidity;
    QString temperature;
    QList<CloudTray> trays;
};

// A printer bound to the Bambu account (GET /v1/iot-service/api/user/bind).
struct CloudPrinter {
    QString serial; // dev_id
    QString name;
    QString modelCode; // dev_model_name, e.g. "C12"
    QString productName; // dev_product_name, e.g. "P1S"
    QString printStatus; // print_status, e.g. "ACTIVE", "SUCCESS", "RUNNING"
    QString accessCode; // dev_access_code (the LAN code), when the cloud sends it
    bool online = false;
    QList<CloudAmsUnit> amsUnits;
    QJsonObject raw; // the whole device object
};

} // namespace Spoolbridge

Q_DECLARE_METATYPE(Spoolbridge::CloudPrinter)
