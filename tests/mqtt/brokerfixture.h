#pragma once

#include "tools/printer-sim/mosquittobroker.h"

#include <functional>
#include <memory>

namespace Spoolbridge::Test {

// A started TLS mosquitto broker in a fresh temp dir; fails the current test when it cannot start.
std::unique_ptr<Sim::MosquittoBroker> startBroker(
    const QString &serial = QStringLiteral("01P00A000000001"), const QString &accessCode = QStringLiteral("12345678"));

// Like Test::waitUntil, but sleeps in the event loop between checks (Test::waitUntil's
// processEvents(…, ms) does not block, so it burns a core): used where CPU time is measured.
bool waitIdle(const std::function<bool()> &done, int timeoutMs);

// Process CPU time (user + system) in milliseconds.
qint64 processCpuMs();

} // namespace Spoolbridge::Test
