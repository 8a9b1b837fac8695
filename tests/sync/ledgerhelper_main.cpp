// A separate process for the crash tests: opens the ledger, records or delivers, and dies with
// _exit(42) at a named step (argv[4], "step" or "step#n" for its n-th occurrence), exactly like a
// killed app: no destructors, no commits after that point. The fake Spoolman keeps its state in
// a file, so it outlives the process like a real server.
#include "fakespoolman.h"
#include "ledgertestutil.h"

#include "core/sync/usageledger.h"

#include <QCoreApplication>
#include <QTimer>

#include <unistd.h>

using namespace Spoolbridge;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) {
        fprintf(stderr, "usage: %s <ledger dir> <spoolman state> record|deliver [fault step[#n]]\n", argv[0]);
        return 2;
    }
    const QString fault = args.value(4);
    const QString faultStep = fault.section(u'#', 0, 0);
    const int faultOccurrence = fault.contains(u'#') ? fault.section(u'#', 1).toInt() : 1;
    int seen = 0;

    UsageLedger ledger;
    if (!ledger.open(args.at(1))) {
        fprintf(stderr, "%s\n", qPrintable(ledger.errorString()));
        return 2;
    }
    ledger.setFaultHook([&](const QString &step) {
        if (step == faultStep && ++seen == faultOccurrence)
            _exit(42);
    });
    UsageLedger::RetryPolicy policy;
    policy.initialMs = 20;
    policy.maxMs = 100;
    ledger.setRetryPolicy(policy);

    if (args.at(3) == QLatin1String("record")) {
        const auto result = ledger.record({
            Test::charge(QStringLiteral("job-crash"), 0, QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90"), 1, 12.34),
            Test::charge(QStringLiteral("job-crash"), 1, QString(), 2, 5.5),
            Test::charge(QStringLiteral("job-crash"), 2, QStringLiteral("0F1E2D3C4B5A69788796A5B4C3D2E1F0"), 0, 7.25),
        });
        return result.ok ? 0 : 1;
    }

    Test::FakeSpoolman spoolman(args.at(2));
    QObject::connect(&ledger, &UsageLedger::deliveryIdle, &app, [&] {
        if (ledger.attentionCount() > 0)
            app.exit(5);
        else if (ledger.pendingCount() == 0)
            app.exit(0);
    });
    QTimer::singleShot(15000, &app, [&] { app.exit(3); });
    ledger.setSink(&spoolman);
    return app.exec();
}
