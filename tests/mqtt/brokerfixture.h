#pragma once

#include "tools/printer-sim/mosquittobroker.h"

#include <memory>

namespace Spoolbridge::Test {

// A started TLS mosquitto broker in a fresh temp dir; fails the current test when it cannot start.
std::unique_ptr<Sim::MosquittoBroker> startBroker(const QString &serial = QStringLiteral("01P00A000000001"),
    const QString &accessCode = QStringLiteral("12345678"));

// Process CPU time (user + system) in milliseconds.
qint64 processCpuMs();

} // namespace Spoolbridge::Test
