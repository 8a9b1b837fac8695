#include "core/cli/commandtable.h"
#include "support/clirun.h"

#include <catch2/catch.hpp>

using namespace Spoolbridge::Cli;

namespace {
using Captured = Spoolbridge::Test::CliResult;

Captured run(const QStringList &args)
{
    return Spoolbridge::Test::runCli(args);
}
} // namespace

TEST_CASE("spoolbridge-cli --help lists every command")
{
    const Captured result = run({QStringLiteral("--help")});
    CHECK(result.code == 0);
    CHECK(result.out.contains(QStringLiteral("Usage: spoolbridge-cli")));
    for (const CliCommand &command : commands())
        CHECK(result.out.contains(command.name));
}

TEST_CASE("spoolbridge-cli rejects an unknown command with a clear message")
{
    const Captured result = run({QStringLiteral("frobnicate")});
    CHECK(result.code == 2);
    CHECK(result.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
}

TEST_CASE("spoolbridge-cli without arguments prints usage and fails")
{
    const Captured result = run({});
    CHECK(result.code == 2);
    CHECK(result.err.contains(QStringLiteral("Commands:")));
}
