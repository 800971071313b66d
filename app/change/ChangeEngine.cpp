#include "change/ChangeEngine.h"

#include "change/ChangeProtocol.h"
#include "change/Verifier.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace pbxwarden::change {

namespace {
// Exit status of the bootstrap when it never reached change.sh (no marker, no temp dir).
constexpr int kNotStarted = 125;

const QStringList& finalStates()
{
    static const QStringList states { QStringLiteral("committed"), QStringLiteral("refused"),
        QStringLiteral("invalid"), QStringLiteral("rolled-back"), QStringLiteral("undone") };
    return states;
}

void addStep(ChangeResult& r, Step step, bool ok, const QString& message, const QByteArray& details = {})
{
    r.steps.append(StepResult { step, ok, message, details });
}

FileConflict& conflictFor(ChangeResult& r, int index)
{
    for (FileConflict& c : r.conflicts) {
        if (c.index == index)
            return c;
    }
    r.conflicts.append(FileConflict { index, {}, {}, {}, {}, {} });
    return r.conflicts.last();
}
} // namespace

bool JournalEntry::isPending() const
{
    return !finalStates().contains(state);
}

ChangeEngine::ChangeEngine(SessionFactory freshSession)
    : m_freshSession(std::move(freshSession))
{
}

Result<ScriptOutput> ChangeEngine::run(
    ssh::SshSession& session, const char* action, const QString& id, const QByteArray& payload, int timeoutMs)
{
    if (ChangeProtocol::script().isEmpty())
        return Error { QCoreApplication::translate(
            "ChangeEngine", "The change script is missing from this build.") };
    // Reads its input line by line up to the marker, then exactly the script's length (dd bs=1 never
    // reads ahead), so the action and the payload stay on standard input for change.sh.
    auto command = ssh::RemoteCommand::script(
        "umask 077; t=$(mktemp -d) || exit 125; "
        "while IFS= read -r l; do [ \"$l\" = PBXW-CHANGE-BEGIN ] && break; done; "
        "[ \"$l\" = PBXW-CHANGE-BEGIN ] || { rm -rf \"$t\"; exit 125; }; "
        "IFS= read -r n; case $n in ''|*[!0-9]*) rm -rf \"$t\"; exit 125;; esac; "
        "dd bs=1 count=\"$n\" of=\"$t/change.sh\" 2>/dev/null; "
        "exec sh \"$t/change.sh\" \"$t\"");
    if (!command)
        return Error { command.error() };
    ssh::ExecOptions options;
    options.timeoutMs = timeoutMs;
    options.maxOutputBytes = 256 * 1024 * 1024;
    options.stdinData = ChangeProtocol::standardInput(action, id, payload);
    auto result = session.runAsRoot(command.value(), options);
    if (!result)
        return Error { result.error() };
    if (result->exitStatus == kNotStarted)
        return Error { QCoreApplication::translate(
            "ChangeEngine", "The change script did not start on the PBX (exit status %1): %2")
                           .arg(result->exitStatus)
                           .arg(QString::fromUtf8(result->err.left(300)).trimmed()) };
    return ChangeProtocol::parse(result->out);
}

void ChangeEngine::absorb(const ScriptOutput& out, ChangeResult& r, const ChangePlan* plan) const
{
    const auto pathOf = [plan](int index) {
        return plan && index >= 0 && index < plan->files.size() ? plan->files.at(index).path : QString();
    };
    QByteArray lastOutput;
    for (const ScriptEvent& e : out.events) {
        if (e.is("blob")) {
            const int i = e.index(2);
            if (e.word(1).startsWith("out-")) {
                lastOutput += e.data;
            } else if (e.isBlob("backup")) {
                r.backups.append(FileBackup { i, pathOf(i), true, e.data });
            } else if (e.isBlob("current")) {
                conflictFor(r, i).currentContent = e.data;
            } else if (e.isBlob("wrote")) {
                conflictFor(r, i).expectedContent = e.data;
            } else if (e.isBlob("path")) {
                // journal listings; read by journals()
            }
            continue;
        }
        if (e.is("absent")) {
            const int i = e.index(1);
            r.backups.append(FileBackup { i, pathOf(i), false, {} });
        } else if (e.is("sha")) {
            const int i = e.index(1);
            while (r.finalSha256.size() <= i)
                r.finalSha256.append(QByteArray());
            r.finalSha256[i] = e.word(2);
        } else if (e.is("mismatch")) {
            FileConflict& c = conflictFor(r, e.index(1));
            c.path = pathOf(c.index);
            c.actualSha256 = e.word(2);
            if (plan && c.index < plan->files.size())
                c.expectedSha256 = plan->files.at(c.index).expectedSha256.value_or("absent");
        } else if (e.is("notregular")) {
            addStep(r, Step::Hashes, false,
                QCoreApplication::translate("ChangeEngine",
                    "\"%1\" is not a regular file on the PBX (a link or a directory); it is not changed "
                    "through a "
                    "link. Change the file it points to instead.")
                    .arg(pathOf(e.index(1))));
        } else if (e.is("nodir")) {
            addStep(r, Step::Hashes, false,
                QCoreApplication::translate("ChangeEngine", "The folder of \"%1\" does not exist on the PBX.")
                    .arg(pathOf(e.index(1))));
        } else if (e.is("state")) {
            r.journalState = QString::fromLatin1(e.word(1));
        } else if (e.is("error")) {
            r.message = QCoreApplication::translate("ChangeEngine", "The PBX side stopped: %1.")
                            .arg(QString::fromUtf8(e.words.mid(1).join(' ')));
        } else if (e.is("step")) {
            const QByteArray name = e.word(1);
            const bool ok = e.word(2) == "ok";
            const QByteArray details = lastOutput;
            lastOutput.clear();
            if (name == "hashes") {
                addStep(r, Step::Hashes, ok,
                    ok ? QCoreApplication::translate("ChangeEngine", "Every file is as the plan expects.")
                       : QCoreApplication::translate("ChangeEngine",
                           "A file changed on the PBX since the plan was made; make the plan again."));
            } else if (name == "backup") {
                addStep(r, Step::Backup, ok,
                    QCoreApplication::translate(
                        "ChangeEngine", "The files are backed up in the journal on the PBX."));
            } else if (name == "validate") {
                addStep(r, Step::Validate, ok,
                    ok ? QCoreApplication::translate("ChangeEngine", "The validators accept the new content.")
                       : QCoreApplication::translate("ChangeEngine",
                           "Validator %1 rejected the new content (exit status %2); nothing was changed.")
                             .arg(e.index(3) + 1)
                             .arg(QString::fromLatin1(e.word(4))),
                    details);
            } else if (name == "deadman-arm") {
                r.deadManArmed = ok;
                addStep(r, Step::ArmDeadMan, ok,
                    ok ? QCoreApplication::translate("ChangeEngine",
                        "The dead-man switch on the PBX (%1) undoes the change in %2 s unless cancelled.")
                             .arg(QString::fromLatin1(e.word(3)), QString::fromLatin1(e.word(4)))
                       : QCoreApplication::translate("ChangeEngine",
                           "The dead-man switch could not be armed (%1); nothing was changed.")
                             .arg(QString::fromLatin1(e.word(3))));
            } else if (name == "deadman-cancel") {
                r.deadManArmed = false;
            } else if (name == "install") {
                addStep(r, Step::Install, ok,
                    ok ? QCoreApplication::translate("ChangeEngine", "The new files are in place.")
                       : QCoreApplication::translate("ChangeEngine", "Writing \"%1\" failed.")
                             .arg(pathOf(e.index(3))));
            } else if (name == "check") {
                addStep(r, Step::Check, ok,
                    ok ? QCoreApplication::translate(
                        "ChangeEngine", "The configuration in place passes its checks.")
                       : QCoreApplication::translate(
                           "ChangeEngine", "Check %1 failed on the configuration in place (exit status %2).")
                             .arg(e.index(3) + 1)
                             .arg(QString::fromLatin1(e.word(4))),
                    details);
            } else if (name == "reload") {
                addStep(r, Step::Reload, ok,
                    ok ? QCoreApplication::translate("ChangeEngine", "The services are reloaded.")
                       : QCoreApplication::translate("ChangeEngine", "Reload %1 failed (exit status %2).")
                             .arg(e.index(3) + 1)
                             .arg(QString::fromLatin1(e.word(4))),
                    details);
            } else if (name == "restore") {
                addStep(r, Step::RestoreCheck, ok,
                    ok ? QCoreApplication::translate(
                        "ChangeEngine", "Every file has its old content again (hash checked).")
                       : QCoreApplication::translate(
                           "ChangeEngine", "Some files could not be put back; the PBX needs attention."));
            } else if (name == "reload-old") {
                addStep(r, Step::Rollback, ok,
                    ok ? QCoreApplication::translate(
                        "ChangeEngine", "The old files are back and the services reloaded.")
                       : QCoreApplication::translate(
                           "ChangeEngine", "The old files are back but a reload failed."),
                    details);
            }
        }
    }
    for (FileConflict& c : r.conflicts) {
        if (c.path.isEmpty())
            c.path = pathOf(c.index);
    }
}

QString ChangeEngine::deadManNote(const ChangeResult& r, int seconds) const
{
    if (!r.deadManArmed)
        return {};
    return QLatin1Char(' ')
        + QCoreApplication::translate(
            "ChangeEngine", "The PBX puts the old files back by itself within %1 s (dead-man switch).")
              .arg(seconds);
}

ChangeResult ChangeEngine::apply(ssh::SshSession& session, const ChangePlan& plan, const Options& options)
{
    ChangeResult r;
    r.planId = plan.id;
    auto payload = ChangeProtocol::payload(plan, options.stopAfter);
    if (!payload) {
        r.outcome = Outcome::Refused;
        r.message = payload.error();
        addStep(r, Step::Send, false, payload.error());
        return r;
    }
    auto out = run(session, "apply", plan.id, payload.value(), options.timeoutMs);
    if (!out) {
        r.outcome = Outcome::Interrupted;
        r.message = QCoreApplication::translate("ChangeEngine",
            "The connection to %1 failed during the change: %2. The journal on the PBX records where "
            "it stopped; it is offered at the next connection.")
                        .arg(session.target().host, out.error());
        if (plan.accessCouldBeLost)
            r.message += QLatin1Char(' ')
                + QCoreApplication::translate("ChangeEngine",
                    "If the dead-man switch was armed, the PBX puts the old files back within %1 s.")
                      .arg(plan.deadManSeconds);
        addStep(r, Step::Send, false, out.error());
        return r;
    }
    addStep(r, Step::Send, true, QCoreApplication::translate("ChangeEngine", "The change reached the PBX."));
    absorb(out.value(), r, &plan);
    const QByteArray& done = out->done;
    if (done == "reloaded") {
        afterReload(session, plan, r);
        return r;
    }
    if (done == "refused") {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine",
            "Refused, nothing changed: a file on the PBX is not what the plan was made from.");
    } else if (done == "invalid") {
        r.outcome = Outcome::Invalid;
        r.message = QCoreApplication::translate(
            "ChangeEngine", "Rejected before anything was written; the PBX is unchanged.");
    } else if (done == "rolled-back") {
        const StepResult* restore = r.find(Step::RestoreCheck);
        r.rolledBack = true;
        r.outcome = restore && restore->ok ? Outcome::RolledBack : Outcome::RollbackFailed;
        r.message = QCoreApplication::translate(
            "ChangeEngine", "A step failed after the files were written; the old files were put back.");
    } else if (done == "failed") {
        r.outcome = Outcome::Refused;
        if (r.message.isEmpty())
            r.message = QCoreApplication::translate(
                "ChangeEngine", "The PBX side stopped before changing anything.");
    } else {
        r.outcome = Outcome::Interrupted;
        r.message
            = QCoreApplication::translate("ChangeEngine",
                  "The change stopped on the PBX in state \"%1\"; it is offered to finish or roll back at "
                  "the next connection.")
                  .arg(r.journalState)
            + deadManNote(r, plan.deadManSeconds);
    }
    return r;
}

void ChangeEngine::afterReload(ssh::SshSession& session, const ChangePlan& plan, ChangeResult& r)
{
    ssh::SshSession* verifyOn = &session;
    std::unique_ptr<ssh::SshSession> fresh;
    if (plan.accessCouldBeLost) {
        // Only a login that starts now proves the new rules let the console in.
        Result<std::unique_ptr<ssh::SshSession>> opened = m_freshSession
            ? m_freshSession()
            : Result<std::unique_ptr<ssh::SshSession>>(Error {
                QCoreApplication::translate("ChangeEngine", "no way to open a new connection was given") });
        if (!opened || !opened.value()) {
            const QString why
                = opened ? QCoreApplication::translate("ChangeEngine", "no session") : opened.error();
            addStep(r, Step::NewConnection, false,
                QCoreApplication::translate("ChangeEngine", "A new login to the PBX failed: %1").arg(why));
            rollBackInto(session, plan.id, r,
                QCoreApplication::translate(
                    "ChangeEngine", "The console could not log in again after the change."));
            return;
        }
        fresh = std::move(opened).value();
        verifyOn = fresh.get();
        addStep(r, Step::NewConnection, true,
            QCoreApplication::translate("ChangeEngine", "A new connection logged in."));
        for (const auto& check : plan.accessChecks) {
            const Verdict v = check->verify(*verifyOn);
            addStep(r, Step::AccessCheck, v.passed,
                v.passed ? check->name() : v.reasons.join(QLatin1Char(' ')), v.details);
            if (!v.passed) {
                rollBackInto(*verifyOn, plan.id, r,
                    QCoreApplication::translate("ChangeEngine", "An access check failed after the change."));
                return;
            }
        }
    }
    for (const auto& condition : plan.postConditions) {
        const Verdict v = condition->verify(*verifyOn);
        addStep(r, Step::Verify, v.passed, v.passed ? condition->name() : v.reasons.join(QLatin1Char(' ')),
            v.details);
        if (!v.passed) {
            rollBackInto(*verifyOn, plan.id, r,
                QCoreApplication::translate("ChangeEngine", "The change did not have the intended effect."));
            return;
        }
    }
    auto out = run(*verifyOn, "commit", plan.id, {}, 120000);
    if (!out) {
        addStep(r, Step::Commit, false, out.error());
        r.outcome = Outcome::Interrupted;
        r.message = QCoreApplication::translate(
                        "ChangeEngine", "The change is in place and verified, but committing it failed: %1.")
                        .arg(out.error())
            + deadManNote(r, plan.deadManSeconds);
        return;
    }
    absorb(out.value(), r, &plan);
    if (out->done == "committed") {
        addStep(r, Step::Commit, true,
            QCoreApplication::translate("ChangeEngine", "Committed; the dead-man switch is off."));
        r.outcome = Outcome::Applied;
        r.message = QCoreApplication::translate("ChangeEngine", "Applied and verified.");
        return;
    }
    addStep(r, Step::Commit, false,
        QCoreApplication::translate("ChangeEngine", "The journal is in state \"%1\".").arg(r.journalState));
    if (r.journalState == QLatin1String("rolled-back")) {
        r.rolledBack = true;
        r.outcome = Outcome::RolledBack;
        r.message = QCoreApplication::translate("ChangeEngine",
            "The dead-man switch on the PBX put the old files back before the console could cancel it.");
    } else {
        r.outcome = Outcome::Interrupted;
        r.message = QCoreApplication::translate(
            "ChangeEngine", "The change could not be committed (journal state \"%1\").")
                        .arg(r.journalState);
    }
}

void ChangeEngine::rollBackInto(
    ssh::SshSession& session, const QString& id, ChangeResult& r, const QString& reason)
{
    auto out = run(session, "rollback", id, {}, 300000);
    if (!out) {
        addStep(r, Step::Rollback, false, out.error());
        r.outcome = Outcome::Interrupted;
        r.message = reason + QLatin1Char(' ')
            + QCoreApplication::translate("ChangeEngine", "Rolling back over SSH failed: %1.")
                  .arg(out.error());
        if (r.deadManArmed)
            r.message += QLatin1Char(' ')
                + QCoreApplication::translate("ChangeEngine",
                    "The PBX puts the old files back by itself when its dead-man switch fires.");
        return;
    }
    absorb(out.value(), r, nullptr);
    if (out->done == "not-pending") {
        // Rolled back already (by the PBX's dead-man, or a step that failed after the console was gone).
        const bool back = r.journalState == QLatin1String("rolled-back");
        r.rolledBack = back;
        r.outcome = back ? Outcome::RolledBack : Outcome::Refused;
        r.message = back
            ? QCoreApplication::translate("ChangeEngine", "The PBX had already put the old files back.")
            : QCoreApplication::translate("ChangeEngine",
                "This change is closed (journal state \"%1\"); there is nothing to roll back.")
                  .arg(r.journalState);
        return;
    }
    const StepResult* restore = r.find(Step::RestoreCheck);
    r.rolledBack = out->done == "rolled-back";
    r.outcome = r.rolledBack && restore && restore->ok ? Outcome::RolledBack : Outcome::RollbackFailed;
    r.message = reason + QLatin1Char(' ')
        + (r.outcome == Outcome::RolledBack
                ? QCoreApplication::translate(
                    "ChangeEngine", "The old files are back (hash checked) and the services reloaded.")
                : QCoreApplication::translate("ChangeEngine",
                    "The rollback did not complete (journal state \"%1\"); the PBX "
                    "needs attention.")
                      .arg(r.journalState));
}

Result<QList<JournalEntry>> ChangeEngine::journals(ssh::SshSession& session)
{
    auto out = run(session, "list", QStringLiteral("-"), {}, 60000);
    if (!out)
        return Error { out.error() };
    if (out->done != "listed")
        return Error { QCoreApplication::translate(
            "ChangeEngine", "The PBX did not list its change journals.") };
    QList<JournalEntry> list;
    for (const ScriptEvent& e : out->events) {
        if (e.is("journal")) {
            JournalEntry j;
            j.id = QString::fromLatin1(e.word(1));
            j.state = QString::fromLatin1(e.word(2));
            j.deadMan = e.word(3) == "-" ? QString() : QString::fromLatin1(e.word(3));
            list.append(j);
        } else if (e.isBlob("path") && !list.isEmpty()) {
            list.last().paths.append(QString::fromUtf8(e.data));
        }
    }
    return list;
}

Result<QList<JournalEntry>> ChangeEngine::pendingChanges(ssh::SshSession& session)
{
    auto all = journals(session);
    if (!all)
        return all;
    QList<JournalEntry> pending;
    for (const JournalEntry& j : all.value()) {
        if (j.isPending())
            pending.append(j);
    }
    return pending;
}

ChangeResult ChangeEngine::finish(ssh::SshSession& session, const ChangePlan& plan)
{
    ChangeResult r;
    r.planId = plan.id;
    if (!ChangePlan::isValidId(plan.id)) {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine", "The change has no valid id.");
        return r;
    }
    auto out = run(session, "resume", plan.id, {}, 300000);
    if (!out) {
        r.outcome = Outcome::Interrupted;
        r.message = out.error();
        addStep(r, Step::Send, false, out.error());
        return r;
    }
    absorb(out.value(), r, &plan);
    if (out->done == "reloaded") {
        afterReload(session, plan, r);
        return r;
    }
    if (out->done == "rolled-back") {
        const StepResult* restore = r.find(Step::RestoreCheck);
        r.rolledBack = true;
        r.outcome = restore && restore->ok ? Outcome::RolledBack : Outcome::RollbackFailed;
        r.message
            = QCoreApplication::translate("ChangeEngine", "Finishing failed; the old files were put back.");
    } else if (out->done == "refused") {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine",
            "A file is neither the old nor the new version; it was changed by someone else. Nothing "
            "was written.");
    } else if (out->done == "invalid") {
        r.outcome = Outcome::Invalid;
        r.message
            = QCoreApplication::translate("ChangeEngine", "Rejected by a validator; nothing was written.");
    } else {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate(
            "ChangeEngine", "This change cannot be finished (journal state \"%1\").")
                        .arg(r.journalState);
    }
    return r;
}

ChangeResult ChangeEngine::rollback(ssh::SshSession& session, const QString& id)
{
    ChangeResult r;
    r.planId = id;
    if (!ChangePlan::isValidId(id)) {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine", "The change has no valid id.");
        return r;
    }
    rollBackInto(session, id, r, QCoreApplication::translate("ChangeEngine", "Rolled back on request."));
    return r;
}

ChangeResult ChangeEngine::undo(ssh::SshSession& session, const QString& id)
{
    ChangeResult r;
    r.planId = id;
    if (!ChangePlan::isValidId(id)) {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine", "The change has no valid id.");
        return r;
    }
    auto out = run(session, "undo", id, {}, 300000);
    if (!out) {
        r.outcome = Outcome::Interrupted;
        r.message = out.error();
        addStep(r, Step::Send, false, out.error());
        return r;
    }
    absorb(out.value(), r, nullptr);
    if (out->done == "undone") {
        const StepResult* restore = r.find(Step::RestoreCheck);
        r.rolledBack = true;
        r.outcome = restore && restore->ok ? Outcome::Undone : Outcome::RollbackFailed;
        r.message = r.outcome == Outcome::Undone
            ? QCoreApplication::translate(
                "ChangeEngine", "Undone: the old files are back and the services reloaded.")
            : QCoreApplication::translate("ChangeEngine", "Undo did not complete; the PBX needs attention.");
    } else if (out->done == "refused") {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate("ChangeEngine",
            "Not undone: a file changed since this change wrote it. Both versions are shown.");
    } else {
        r.outcome = Outcome::Refused;
        r.message = QCoreApplication::translate(
            "ChangeEngine", "Only a committed change can be undone (journal state \"%1\").")
                        .arg(r.journalState);
    }
    return r;
}

Result<QString> ChangeEngine::consoleAddress(ssh::SshSession& session)
{
    auto command = ssh::RemoteCommand::script("printf '%s\\n' \"$SSH_CONNECTION\"");
    if (!command)
        return Error { command.error() };
    auto result = session.run(command.value());
    if (!result)
        return Error { result.error() };
    const QString address = QString::fromUtf8(result->out).trimmed().section(QLatin1Char(' '), 0, 0);
    QHostAddress parsed;
    if (!parsed.setAddress(address))
        return Error { QCoreApplication::translate("ChangeEngine",
            "The PBX did not say which address the console connects from (SSH_CONNECTION is \"%1\").")
                           .arg(QString::fromUtf8(result->out).trimmed()) };
    // An IPv4 client on a dual-stack sshd shows as ::ffff:a.b.c.d; rules name it as a.b.c.d.
    bool isV4 = false;
    const quint32 v4 = parsed.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : parsed.toString();
}

} // namespace pbxwarden::change
