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
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ChangeResult", text);
    };
    switch (step) {
    case Step::Send:
        return tr("Send the change");
    case Step::Hashes:
        return tr("Check the files are unchanged");
    case Step::Backup:
        return tr("Back up the files");
    case Step::Validate:
        return tr("Validate the new content");
    case Step::ArmDeadMan:
        return tr("Arm the dead-man switch");
    case Step::Install:
        return tr("Write the files");
    case Step::Check:
        return tr("Check the configuration in place");
    case Step::Reload:
        return tr("Reload the services");
    case Step::NewConnection:
        return tr("Log in again over a new connection");
    case Step::AccessCheck:
        return tr("Check access");
    case Step::Verify:
        return tr("Verify the result");
    case Step::Commit:
        return tr("Cancel the dead-man switch and commit");
    case Step::Rollback:
        return tr("Roll back");
    case Step::RestoreCheck:
        return tr("Check the old files are back");
    }
    return {};
}

QString ChangeResult::describe(Outcome outcome)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("ChangeResult", text);
    };
    switch (outcome) {
    case Outcome::Applied:
        return tr("applied");
    case Outcome::Refused:
        return tr("refused, nothing changed");
    case Outcome::Invalid:
        return tr("rejected by a validator, nothing changed");
    case Outcome::RolledBack:
        return tr("rolled back");
    case Outcome::RollbackFailed:
        return tr("rollback failed");
    case Outcome::Interrupted:
        return tr("interrupted");
    case Outcome::Undone:
        return tr("undone");
    }
    return {};
}

} // namespace pbxwarden::change
