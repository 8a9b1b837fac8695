#pragma once

// spoolbridge_ui builds with QT_NO_KEYWORDS (AmsUnit::slots). The core declares its signals with
// Q_SIGNALS/Q_EMIT, except core/mqtt/mqttclient.h and core/mqtt/printerconnection.h, which still
// use `signals:`. They are reached only through core/app/appcore.h, so only the desktop app's
// wiring (app/gui) and its test include this file first. It restores only `signals`, which
// clashes with nothing (`slots` stays off). Delete it once those two headers use Q_SIGNALS.
#include <QtCore/qglobal.h>
#include <QtCore/qobjectdefs.h>

#ifndef signals
#define signals Q_SIGNALS
#endif
