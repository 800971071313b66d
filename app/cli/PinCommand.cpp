#include "cli/PinCommand.h"

#include "cli/CliContext.h"
#include "inventory/Database.h"
#include "inventory/InventoryRepository.h"
#include "ssh/SshSession.h"

namespace pbxwarden::cli {
namespace {

using ssh::SshSession;

enum Exit
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitHostKeyChanged = 3,
    ExitUnreachable = 5,
    ExitUsage = 64,
    ExitData = 65,
    ExitDatabase = 74,
};

} // namespace

int runPin(CliContext& ctx, const QStringList& arguments)
{
    ArgReader args(arguments);
    QString fingerprint;
    int timeoutMs = 15000;
    if (!args.takeValue(QStringLiteral("--fingerprint"), &fingerprint)
        || !args.takeSeconds(QStringLiteral("--timeout"), 3600, &timeoutMs))
        return ctx.fail(QStringLiteral("pin: %1").arg(args.error()), ExitUsage);
    if (const QString unknown = args.unknownOption(); !unknown.isEmpty())
        return ctx.fail(QStringLiteral("pin: unknown option %1").arg(unknown), ExitUsage);
    const QStringList names = args.positional();
    if (names.size() != 1)
        return ctx.fail(QStringLiteral("pin: give one PBX NAME and --fingerprint SHA256:..."), ExitUsage);
    const QString wanted = SshSession::normalizeFingerprint(fingerprint);
    if (wanted.isEmpty())
        return ctx.fail(
            QStringLiteral("pin: --fingerprint wants SHA256:... as 'ssh-keygen -lf' prints it on the PBX"),
            ExitUsage);

    const auto db = inventory::Database::open(ctx.databasePath);
    if (!db)
        return ctx.fail(db.error(), ExitDatabase);
    inventory::InventoryRepository repo(*db.value());
    const auto pbx = repo.pbxByName(names.first());
    if (!pbx)
        return ctx.fail(QStringLiteral("pin: %1").arg(pbx.error()), ExitData);

    // The key given must be the one the host presents now: the handshake is checked against it, and
    // nothing is authenticated, so no secret is sent to a host whose key is in question.
    SshSession session;
    ssh::SshTarget target;
    target.host = pbx->host;
    target.port = pbx->sshPort;
    target.user = pbx->sshUser;
    target.pinnedFingerprint = wanted;
    target.connectTimeoutMs = timeoutMs;
    const Status connected = session.connect(target);
    const QString presented = session.serverFingerprint();
    session.disconnect();
    if (!connected) {
        if (session.lastFailure() == SshSession::Failure::HostKeyChanged)
            return ctx.fail(
                QStringLiteral("pin: %1 presents %2, not %3; nothing was changed. Check the key on "
                               "the PBX (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub).")
                    .arg(pbx->name, presented, wanted),
                ExitHostKeyChanged);
        const bool unreachable = session.lastFailure() == SshSession::Failure::Unreachable
            || session.lastFailure() == SshSession::Failure::TimedOut;
        return ctx.fail(QStringLiteral("pin: %1: %2; nothing was changed").arg(pbx->name, connected.error()),
            unreachable ? ExitUnreachable : ExitFailed);
    }
    const QString old = pbx->hostKeyFingerprint;
    if (SshSession::normalizeFingerprint(old) == wanted) {
        ctx.out << pbx->name << ": " << wanted << " is already pinned" << Qt::endl;
        return ExitOk;
    }
    // pinHostKey writes "old -> new" to the activity log in the same transaction.
    if (const Status pinned = repo.pinHostKey(pbx->id, wanted); !pinned)
        return ctx.fail(QStringLiteral("pin: %1: %2").arg(pbx->name, pinned.error()), ExitDatabase);
    ctx.out << pbx->name << ": host key pinned: " << (old.isEmpty() ? QStringLiteral("(none)") : old)
            << " -> " << wanted << Qt::endl;
    return ExitOk;
}

} // namespace pbxwarden::cli
