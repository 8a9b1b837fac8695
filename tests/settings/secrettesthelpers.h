#pragma once

#include "core/settings/secretstore.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <optional>

namespace Spoolbridge::Test {

// Runs one SecretStore operation and waits (with a deadline) for its result.
template<typename Start> SecretResult awaitSecret(Start start, int timeoutMs = 10000)
{
    std::optional<SecretResult> result;
    bool returned = false;
    bool early = false;
    start([&](const SecretResult &r) {
        early = !returned;
        result = r;
    });
    returned = true;
    if (!waitUntil([&result] { return result.has_value(); }, timeoutMs))
        FAIL("the secret store did not answer within " << timeoutMs << " ms");
    // Results never arrive before the call returned (no re-entrancy into the caller).
    CHECK_FALSE(early);
    return *result;
}

} // namespace Spoolbridge::Test
