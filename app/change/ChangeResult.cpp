#include "change/ChangeResult.h"

#include <QCoreApplication>

namespace pbxwarden::change {

const StepResult* ChangeResult::find(Step step) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->step == step)
            return &*it;
    }
    return nullptr;
}

QString ChangeResult::describe(Step step)
{
    switch (step) {
    case Step::Send:
        return QCoreApplication::translate("ChangeResult", "Send the change");
    case Step::Hashes:
        return QCoreApplication::translate("ChangeResult", "Check the files are unchanged");
    case Step::Backup:
        return QCoreApplication::translate("ChangeResult", "Back up the files");
    case Step::Validate:
        return QCoreApplication::translate("ChangeResult", "Validate the new content");
    case Step::ArmDeadMan:
        return QCoreApplication::translate("ChangeResult", "Arm the dead-man switch");
    case Step::Install:
        return QCoreApplication::translate("ChangeResult", "Write the files");
    case Step::Check:
        return QCoreApplication::translate("ChangeResult", "Check the configuration in place");
    case Step::Reload:
        return QCoreApplication::translate("ChangeResult", "Reload the services");
    case Step::NewConnection:
        return QCoreApplication::translate("ChangeResult", "Log in again over a new connection");
    case Step::AccessCheck:
        return QCoreApplication::translate("ChangeResult", "Check access");
    case Step::Verify:
        return QCoreApplication::translate("ChangeResult", "Verify the result");
    case Step::Commit:
        return QCoreApplication::translate("ChangeResult", "Cancel the dead-man switch and commit");
    case Step::Rollback:
        return QCoreApplication::translate("ChangeResult", "Roll back");
    case Step::RestoreCheck:
        return QCoreApplication::translate("ChangeResult", "Check the old files are back");
    }
    return {};
}

QString ChangeResult::describe(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QCoreApplication::translate("ChangeResult", "applied");
    case Outcome::Refused:
        return QCoreApplication::translate("ChangeResult", "refused, nothing changed");
    case Outcome::Invalid:
        return QCoreApplication::translate("ChangeResult", "rejected by a validator, nothing changed");
    case Outcome::RolledBack:
        return QCoreApplication::translate("ChangeResult", "rolled back");
    case Outcome::RollbackFailed:
        return QCoreApplication::translate("ChangeResult", "rollback failed");
    case Outcome::Interrupted:
        return QCoreApplication::translate("ChangeResult", "interrupted");
    case Outcome::Undone:
        return QCoreApplication::translate("ChangeResult", "undone");
    }
    return {};
}

} // namespace pbxwarden::change
