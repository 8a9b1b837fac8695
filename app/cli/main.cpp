#include "spoolbridge_version.h"

#include "core/cli/commandtable.h"
#include "core/util/logging.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Spoolbridge"));
    QCoreApplication::setApplicationName(QStringLiteral("spoolbridge-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOOLBRIDGE_VERSION));
    Spoolbridge::Logging::setupFromEnvironment();

    QTextStream out(stdout);
    QTextStream err(stderr);
    Spoolbridge::Cli::CommandIo io {out, err};
    const int code = Spoolbridge::Cli::runCli(QCoreApplication::arguments(), io);
    out.flush();
    err.flush();
    return code;
}
