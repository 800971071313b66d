#include "cli/CliApp.h"

#include "cli/AmiCommands.h"
#include "cli/AuditCommand.h"
#include "cli/ChangesCommand.h"
#include "cli/CliContext.h"
#include "cli/ConnectCommand.h"
#include "cli/HardenCommand.h"
#include "cli/InventoryCommands.h"
#include "cli/PinCommand.h"
#include "core/AppPaths.h"
#include "core/BuildInfo.h"

#include <QCoreApplication>

namespace pbxwarden::cli {
namespace {

struct CommandGroup
{
    const char* name;
    const char* usage;
    int (*run)(CliContext& ctx, const QStringList& args);
};

// Each command group registers one line here.
const CommandGroup kGroups[] = {
    { "inventory",
        "inventory list|add|edit NAME|remove NAME|import FILE [--update] [--separator ,|;|tab] "
        "[--skip-invalid]|export FILE ... (add/edit: "
        "[--ssh-password-stdin] "
        "[--sudo-password-stdin] [--ami-secret-stdin], one line each in that order; edit: "
        "[--forget-sudo-password])",
        &runInventory },
    { "connect",
        "connect --host H|NAME...|--all [--port P] [--user U] [--key FILE] [--password-stdin] [--fingerprint "
        "SHA256:...] [--accept-new-host-key [--yes]] [--json]",
        &runConnect },
    { "pin", "pin NAME --fingerprint SHA256:... [--timeout SEC]", &runPin },
    { "ami-parse", "ami-parse FILE [--json]", &runAmiParse },
    { "audit",
        "audit NAME...|--all|--host H [--format text|json] [--from-facts FILE] [--save-facts DIR] "
        "[--list-checks]",
        &runAudit },
    { "ami",
        "ami --host H|NAME [--port P] [--user U] [--tls [--tls-fingerprint SHA256] | --plain-tcp] [--md5] "
        "[--secret-stdin] [--via-ssh [--ssh-host H] [--ssh-port P] [--ssh-user U] [--ssh-key FILE] "
        "[--ssh-fingerprint "
        "SHA256]] [--json] ACTION [Key: Value]...",
        &runAmi },
    { "changes", "changes list [--pbx NAME]|show ID|undo ID [--json]", &runChanges },
    { "harden",
        "harden NAME...|--all [--fix ID]... [--answers FILE.json] [--sudo-password-stdin] (--plan | --apply "
        "--yes) "
        "[--format text|json]",
        &runHarden },
};

void printHelp(QTextStream& out)
{
    out << "Usage: pbxwarden-cli [--db PATH] COMMAND [ARGS...]\n\n"
        << "Secure a fleet of Asterisk-based IP PBXs from the command line.\n\n"
        << "Global options:\n"
        << "  --db PATH     inventory database (default: $PBXWARDEN_DB, else " << defaultDatabasePath()
        << ")\n"
        << "  --help        show this help\n"
        << "  --version     show the version\n\n"
        << "Commands:\n";
    for (const CommandGroup& group : kGroups)
        out << "  " << group.usage << '\n';
    out << "\nSecrets are read only from standard input (--ssh-password-stdin, --sudo-password-stdin,\n"
        << "--ami-secret-stdin). A login that is not root uses the sudo password kept for its PBX.\n"
        << "Exit status: 0 on success, non-zero with a one-line reason on stderr otherwise.\n";
    out.flush();
}

} // namespace

int runCli(int argc, char** argv)
{
    CliContext ctx;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Global options stand before the command.
    QString db;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == u"--help" || option == u"-h") {
            printHelp(ctx.out);
            return 0;
        }
        if (option == u"--version") {
            ctx.out << "pbxwarden-cli " << build::kVersion << Qt::endl;
            return 0;
        }
        if (option == u"--db") {
            if (args.isEmpty())
                return ctx.fail(QStringLiteral("--db needs a path"), 64);
            db = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--db="))) {
            db = option.mid(5);
        } else {
            return ctx.fail(QStringLiteral("unknown option %1 (try --help)").arg(option), 64);
        }
    }
    if (args.isEmpty()) {
        printHelp(ctx.err);
        return 64;
    }
    ctx.databasePath = resolveDatabasePath(db);

    const QString name = args.takeFirst();
    for (const CommandGroup& group : kGroups) {
        if (name == QLatin1String(group.name))
            return group.run(ctx, args);
    }
    if (name == u"help") {
        printHelp(ctx.out);
        return 0;
    }
    return ctx.fail(QStringLiteral("unknown command '%1' (try --help)").arg(name), 64);
}

} // namespace pbxwarden::cli
