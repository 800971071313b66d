#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace pbxwarden::change {

// The steps of a change, in the order they run.
enum class Step
{
    Send,
    Hashes,
    Backup,
    Validate,
    ArmDeadMan,
    Install,
    Check,
    Reload,
    NewConnection,
    AccessCheck,
    Verify,
    Commit,
    Rollback,
    RestoreCheck,
};

enum class Outcome
{
    // In place, verified, committed (dead-man switch cancelled).
    Applied,
    // Nothing touched: a file changed since the plan was made, or the plan is not valid.
    Refused,
    // Nothing touched: a validator rejected the new content, or the dead-man could not be armed.
    Invalid,
    // Written, then put back (a step or a post-condition failed); the old files are in place again.
    RolledBack,
    // Written, then the restore itself failed: the PBX needs a person.
    RollbackFailed,
    // The connection went away mid-change; the journal on the PBX says where it stopped.
    Interrupted,
    // A committed change taken back by undo().
    Undone,
};

struct StepResult
{
    Step step = Step::Send;
    bool ok = false;
    QString message;
    // Raw output (validator, reload, verifier), for the details view.
    QByteArray details;
};

// A file's content before the change, as the PBX sent it back (the console keeps its own copy).
struct FileBackup
{
    int index = 0;
    QString path;
    bool existed = false;
    QByteArray content;
};

// A file that is not what the change expected (before apply, or before undo).
struct FileConflict
{
    int index = 0;
    QString path;
    QByteArray expectedSha256;
    // "absent" when the file does not exist.
    QByteArray actualSha256;
    // What the change wrote (undo) or nothing (apply: the plan holds it).
    QByteArray expectedContent;
    QByteArray currentContent;
};

struct ChangeResult
{
    QString planId;
    Outcome outcome = Outcome::Interrupted;
    QString message;
    QList<StepResult> steps;
    QList<FileBackup> backups;
    QList<FileConflict> conflicts;
    // The SHA-256 of each target (by index) as last reported by the PBX ("absent" for none).
    QList<QByteArray> finalSha256;
    bool rolledBack = false;
    bool deadManArmed = false;
    // The journal's state word on the PBX when the console last heard of it.
    QString journalState;

    bool ok() const { return outcome == Outcome::Applied || outcome == Outcome::Undone; }
    const StepResult* find(Step step) const;

    static QString describe(Step step);
    static QString describe(Outcome outcome);
};

} // namespace pbxwarden::change
