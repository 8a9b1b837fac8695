// spoolbridge-cli secrets: the only way to put secrets into the file or keychain backend on
// a machine without the desktop app. Values are read from standard input, never from the
// command line (which other users can see) and never printed.
#include "core/cli/settingscommand.h"
#include "core/settings/secretstore.h"
#include "core/settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QMap>

#include <optional>

namespace Spoolbridge::Cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Spoolbridge::Cli::SecretsCommand)
};

void usage(QTextStream &stream)
{
    stream << "Usage: spoolbridge-cli secrets [--config FILE] <action>\n\n"
           << "Actions:\n"
           << "  check             Check that the chosen secret store (secrets/backend) can be used\n"
           << "  set KEY           Store a secret read from the first line of standard input\n"
           << "  remove KEY        Remove a secret\n"
           << "  has KEY           Say whether a secret is stored (never prints it)\n"
           << "  copy-from STORE   Copy every known secret from another store (keychain, file, env)\n"
           << "                    into the chosen one, e.g. after changing secrets/backend\n\n"
           << "KEY is spoolman/password, spoolman/header_value, cloud/token, or\n"
           << "access-code:PRINTER for a printer's LAN access code (PRINTER = name, serial or id).\n";
}

// Runs one store operation to completion; the CLI has no other event loop running.
SecretResult await(const std::function<void(SecretStore::Callback)> &start)
{
    std::optional<SecretResult> result;
    QEventLoop loop;
    start([&](const SecretResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

bool resolveKey(const Settings &settings, const QString &given, QString *key, QString *error)
{
    static const QString prefix = QStringLiteral("access-code:");
    if (!given.startsWith(prefix)) {
        *key = given;
        return true;
    }
    const QString wanted = given.mid(prefix.size());
    for (const PrinterEntry &entry : settings.printers()) {
        if (entry.id == wanted || entry.serial == wanted || entry.name == wanted) {
            *key = SecretStore::printerAccessCodeKey(entry.id);
            return true;
        }
    }
    *error = Text::tr("No printer is called \"%1\" (by name, serial or id); add the printer first.").arg(wanted);
    return false;
}

int copyFrom(Settings &settings, SecretStore &store, const QString &from, CommandIo &io)
{
    const QMap<QString, Settings::SecretsBackend> kinds {
        {QStringLiteral("keychain"), Settings::SecretsBackend::Keychain},
        {QStringLiteral("file"), Settings::SecretsBackend::File},
        {QStringLiteral("env"), Settings::SecretsBackend::Environment}};
    if (!kinds.contains(from)) {
        io.err << Text::tr("Unknown secret store \"%1\"; use keychain, file or env.").arg(from) << '\n';
        return 2;
    }
    if (kinds.value(from) == settings.secretsBackend()) {
        io.err << Text::tr("Secrets are already kept in \"%1\"; change secrets/backend first, then copy from the "
                           "old store.")
                      .arg(from)
               << '\n';
        return 1;
    }
    std::optional<QList<SecretResult>> results;
    QEventLoop loop;
    store.copyFrom(std::shared_ptr<SecretBackend>(SecretStore::createBackend(kinds.value(from), &settings)),
        SecretStore::knownKeys(settings), nullptr, [&](const QList<SecretResult> &copied) {
            results = copied;
            loop.quit();
        });
    if (!results)
        loop.exec();
    int failures = 0;
    for (const SecretResult &result : *results) {
        if (result.ok) {
            io.out << Text::tr("copied %1").arg(result.key) << '\n';
        } else {
            io.err << result.key << ": " << result.message << '\n';
            ++failures;
        }
    }
    io.out << Text::tr("%n secret(s) copied.", nullptr, int(results->size()) - failures) << '\n';
    return failures == 0 ? 0 : 1;
}

} // namespace

int runSecretsCommand(const QStringList &args, CommandIo &io)
{
    QCommandLineParser parser;
    parser.addOption(Settings::configOption());
    parser.addHelpOption();
    if (!parser.parse(QStringList {QStringLiteral("secrets")} + args)) {
        io.err << parser.errorText() << '\n';
        return 2;
    }
    const QStringList rest = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help"))) {
        usage(io.out);
        return 0;
    }
    const QString action = rest.value(0);
    const bool withKey = action == QLatin1String("set") || action == QLatin1String("remove")
        || action == QLatin1String("has") || action == QLatin1String("copy-from");
    if (!(action == QLatin1String("check") && rest.size() == 1) && !(withKey && rest.size() == 2)) {
        usage(io.err);
        return 2;
    }
    Settings settings(parser.value(Settings::configOption()));
    SecretStore store(&settings);
    if (action == QLatin1String("check")) {
        const SecretResult result = await([&](SecretStore::Callback done) { store.probe(nullptr, done); });
        if (!result.ok) {
            io.err << result.message << '\n';
            return 1;
        }
        io.out << Text::tr("The secret store \"%1\" works.").arg(store.backendName()) << '\n';
        return 0;
    }
    if (action == QLatin1String("copy-from"))
        return copyFrom(settings, store, rest.at(1), io);
    QString key;
    QString error;
    if (!resolveKey(settings, rest.at(1), &key, &error)) {
        io.err << error << '\n';
        return 1;
    }
    SecretResult result;
    if (action == QLatin1String("set")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            io.err << Text::tr("Could not read standard input.") << '\n';
            return 1;
        }
        const QString value = QString::fromUtf8(input.readLine()).trimmed();
        if (value.isEmpty()) {
            io.err << Text::tr("No value on standard input; pipe it in, e.g. read -rs CODE; "
                               "printf %s \"$CODE\" | spoolbridge-cli secrets set KEY")
                   << '\n';
            return 1;
        }
        result = await([&](SecretStore::Callback done) { store.write(key, value, nullptr, done); });
    } else if (action == QLatin1String("remove")) {
        result = await([&](SecretStore::Callback done) { store.remove(key, nullptr, done); });
    } else {
        result = await([&](SecretStore::Callback done) { store.read(key, nullptr, done); });
        if (result.ok)
            io.out << (result.notFound ? "no" : "yes") << '\n';
    }
    if (!result.ok) {
        io.err << result.message << '\n';
        return 1;
    }
    return 0;
}

} // namespace Spoolbridge::Cli
