#include "core/cli/commandtable.h"
#include "core/settings/translations.h"
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

TEST_CASE("spoolbridge-cli commands answer in the installed language")
{
    // lupdate files every string under the context the code looks it up in at run time.
    const QString englishInspect = run({QStringLiteral("inspect"), QStringLiteral("--help")}).out;
    const QString englishUsage = run({QStringLiteral("usage"), QStringLiteral("--help")}).out;
    const QString englishSpoolman = run({QStringLiteral("spoolman"), QStringLiteral("frob")}).err;
    REQUIRE(Spoolbridge::Translations::install(QStringLiteral("de")) == QLatin1String("de"));
    const QString inspect = run({QStringLiteral("inspect"), QStringLiteral("--help")}).out;
    const QString usage = run({QStringLiteral("usage"), QStringLiteral("--help")}).out;
    const QString spoolman = run({QStringLiteral("spoolman"), QStringLiteral("frob")}).err;
    const Captured missingFile = run({QStringLiteral("inspect"), QStringLiteral("/nonexistent/payload.json")});
    Spoolbridge::Translations::install(QStringLiteral("en"));
    CHECK(inspect.startsWith(QLatin1String("Aufruf")));
    CHECK(inspect != englishInspect);
    CHECK(usage.startsWith(QLatin1String("Aufruf: spoolbridge-cli usage")));
    CHECK(usage != englishUsage);
    CHECK(spoolman.contains(QLatin1String("unbekannt")));
    CHECK(spoolman != englishSpoolman);
    CHECK(missingFile.err.contains(QLatin1String("/nonexistent/payload.json")));
    CHECK_FALSE(missingFile.err.contains(QLatin1String("cannot read the file")));
    CHECK(run({QStringLiteral("usage"), QStringLiteral("--help")}).out == englishUsage);
}
