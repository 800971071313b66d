#pragma once

#include "change/ChangePlan.h"
#include "change/ChangeResult.h"
#include "core/Result.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace pbxwarden::ssh {
class SshSession;
}

namespace pbxwarden::change {

struct ScriptOutput;

// A change journal found on a PBX (/var/lib/pbxwarden/changes/ID).
struct JournalEntry
{
    QString id;
    QString state;
    // "systemd", "sleeper" or empty: a dead-man switch still armed for it.
    QString deadMan;
    QStringList paths;

    // Not final: the change was cut off and must be finished or rolled back.
    bool isPending() const;
};

// Carries a ChangePlan out on one PBX: one SSH exec of resources/change/change.sh as root runs the
// steps (hash check, backup, validate, dead-man, atomic write, reload) and journals them on the PBX;
// then the console verifies (over a new connection where access could be lost) and commits, or rolls
// back. Blocking, like SshSession: call it from a worker thread.
class ChangeEngine
{
public:
    // Opens a NEW, logged-in session to the same PBX (for the access check after an SSH, firewall or
    // fail2ban change). The engine knows no credentials; its caller does.
    using SessionFactory = std::function<Result<std::unique_ptr<ssh::SshSession>>()>;

    struct Options
    {
        // Test only: the PBX side stops dead after this step ("received", "backed-up", "validated",
        // "armed", "install-1", "installed", "reloaded"), as if the connection had been cut there.
        QString stopAfter;
        int timeoutMs = 300000;
    };

    explicit ChangeEngine(SessionFactory freshSession = {});

    ChangeResult apply(ssh::SshSession& session, const ChangePlan& plan, const Options& options);
    ChangeResult apply(ssh::SshSession& session, const ChangePlan& plan)
    {
        return apply(session, plan, Options {});
    }

    // Every journal on the PBX, and the ones a cut-off change left behind.
    Result<QList<JournalEntry>> journals(ssh::SshSession& session);
    Result<QList<JournalEntry>> pendingChanges(ssh::SshSession& session);
    // Finishes an interrupted change: files that are old or new get the new content, then check,
    // reload, verify with the plan's verifiers and commit (or roll back). Only plan.id, the verifiers,
    // accessCouldBeLost and deadManSeconds are used: the PBX's journal holds the files and commands.
    ChangeResult finish(ssh::SshSession& session, const ChangePlan& plan);
    // Puts an interrupted change's backups back and reloads.
    ChangeResult rollback(ssh::SshSession& session, const QString& id);
    // Takes back a committed change, if every file still has the content the change wrote; refused
    // otherwise, with both versions in the conflicts.
    ChangeResult undo(ssh::SshSession& session, const QString& id);

    // The console's own address as the PBX sees it (first word of $SSH_CONNECTION on the PBX): the
    // address a firewall, AllowUsers or ignoreip rule must keep letting in.
    static Result<QString> consoleAddress(ssh::SshSession& session);

private:
    Result<ScriptOutput> run(ssh::SshSession& session, const char* action, const QString& id,
        const QByteArray& payload, int timeoutMs);
    void absorb(const ScriptOutput& out, ChangeResult& result, const ChangePlan* plan) const;
    void afterReload(ssh::SshSession& session, const ChangePlan& plan, ChangeResult& result);
    void rollBackInto(
        ssh::SshSession& session, const QString& id, ChangeResult& result, const QString& reason);
    QString deadManNote(const ChangeResult& result, int seconds) const;

    SessionFactory m_freshSession;
};

} // namespace pbxwarden::change
