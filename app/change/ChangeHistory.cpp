#include "change/ChangeHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pbxwarden::change {

namespace {
const char* stepWord(Step step)
{
    switch (step) {
    case Step::Send:
        return "send";
    case Step::Hashes:
        return "hashes";
    case Step::Backup:
        return "backup";
    case Step::Validate:
        return "validate";
    case Step::ArmDeadMan:
        return "deadman-arm";
    case Step::Install:
        return "install";
    case Step::Check:
        return "check";
    case Step::Reload:
        return "reload";
    case Step::NewConnection:
        return "new-connection";
    case Step::AccessCheck:
        return "access-check";
    case Step::Verify:
        return "verify";
    case Step::Commit:
        return "commit";
    case Step::Rollback:
        return "rollback";
    case Step::RestoreCheck:
        return "restore-check";
    }
    return "";
}
} // namespace

QString ChangeHistory::outcomeWord(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Refused:
        return QStringLiteral("refused");
    case Outcome::Invalid:
        return QStringLiteral("invalid");
    case Outcome::RolledBack:
        return QStringLiteral("rolled-back");
    case Outcome::RollbackFailed:
        return QStringLiteral("rollback-failed");
    case Outcome::Interrupted:
        return QStringLiteral("interrupted");
    case Outcome::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

QString ChangeHistory::planDiff(
    const ChangePlan& plan, const QList<std::optional<QByteArray>>& oldContents, const LineMasker& masker)
{
    QString out;
    for (int i = 0; i < plan.files.size(); ++i)
        out += UnifiedDiff::text(
            plan.files.at(i).path, oldContents.value(i), plan.files.at(i).newContent, masker);
    return out;
}

inventory::ChangeRecord ChangeHistory::record(
    const ChangePlan& plan, const ChangeResult& result, const LineMasker& masker)
{
    inventory::ChangeRecord r;
    r.id = plan.id;
    r.pbxId = plan.pbxId;
    r.pbxName = plan.pbxName;
    r.title = plan.title;
    r.outcome = outcomeWord(result.outcome);
    r.journalState = result.journalState;
    r.message = result.message;
    // Only a change that got as far as its backups has a known "before" to diff against.
    if (!result.backups.isEmpty()) {
        QList<std::optional<QByteArray>> old;
        for (int i = 0; i < plan.files.size(); ++i) {
            std::optional<QByteArray> content;
            for (const FileBackup& b : result.backups) {
                if (b.index == i && b.existed)
                    content = b.content;
            }
            old.append(content);
        }
        r.diff = planDiff(plan, old, masker);
    }
    QJsonArray steps;
    for (const StepResult& s : result.steps)
        steps.append(QJsonObject { { QStringLiteral("step"), QLatin1String(stepWord(s.step)) },
            { QStringLiteral("ok"), s.ok }, { QStringLiteral("message"), s.message } });
    r.stepsJson = QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact));
    return r;
}

} // namespace pbxwarden::change
