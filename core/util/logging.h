#pragma once

#include <QLoggingCategory>

// One logging category per module. Enable one with QT_LOGGING_RULES, e.g.
//   QT_LOGGING_RULES="spoolbridge.mqtt.debug=true"
// Wire-level logs (every MQTT payload, every HTTP request and reply body) live in the
// spoolbridge.wire.* categories; they are off unless SPOOLBRIDGE_WIRE_LOG=1 is set.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcMqtt)
Q_DECLARE_LOGGING_CATEGORY(lcPrinter)
Q_DECLARE_LOGGING_CATEGORY(lcSpoolman)
Q_DECLARE_LOGGING_CATEGORY(lcStandin)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcLedger)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
Q_DECLARE_LOGGING_CATEGORY(lcWireMqtt)
Q_DECLARE_LOGGING_CATEGORY(lcWireSpoolman)

namespace Spoolbridge::Logging {

// Applies the environment switches (SPOOLBRIDGE_WIRE_LOG, SPOOLBRIDGE_DEBUG). Call once at
// start-up, after the QCoreApplication exists.
void setupFromEnvironment();

// True when wire-level logging was switched on.
bool wireLoggingEnabled();

// Masks secrets (access codes, tokens, passwords) in a text before it is logged.
QString redact(QString text);

} // namespace Spoolbridge::Logging
