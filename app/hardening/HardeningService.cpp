#include "hardening/HardeningService.h"

#include <QRegularExpression>

namespace pbxwarden::hardening {

QString HardeningService::maskSecrets(const QString& line)
{
    // Asterisk (secret, password, md5secret...), AMI and voicemail style "key = value" secrets.
    static const QRegularExpression secret(
        QStringLiteral("^(\\s*(?:[a-z_]*secret|password|md5_cred|pin|passwd)\\s*(?:=>?|:)\\s*)\\S.*$"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = line;
    out.replace(secret, QStringLiteral("\\1********"));
    return out;
}

QList<PlannedFix> HardeningService::plan(const audit::AuditFacts& facts,
    const QList<audit::Finding>& findings, const HardeningAnswers& answers, const QStringList& fixIds,
    qint64 pbxId, const QString& pbxName)
{
    QList<PlannedFix> out;
    const FixInput in { facts, findings, answers, pbxId, pbxName };
    for (const QString& id : fixIds.isEmpty() ? fixes::ids() : fixIds) {
        PlannedFix planned;
        planned.fix = fixes::build(id, in);
        if (planned.fix.plan) {
            const change::ChangePlan& p = *planned.fix.plan;
            for (const change::FileEdit& e : p.files) {
                FileDiff d;
                d.path = e.path;
                d.newFile = !e.expectedSha256.has_value();
                std::optional<QByteArray> old;
                if (e.expectedSha256)
                    old = facts.bundle().section(QStringLiteral("file:") + e.path)->content;
                d.lines = change::UnifiedDiff::lines(e.path, old, e.newContent, &maskSecrets);
                d.text = change::UnifiedDiff::toText(d.lines);
                planned.diffs << d;
            }
            for (const auto* list : { &p.validate, &p.check, &p.reload }) {
                for (const change::PlanCommand& c : *list)
                    planned.commands << c.description();
            }
        }
        out << planned;
    }
    return out;
}

change::ChangeResult HardeningService::apply(
    change::ChangeEngine& engine, ssh::SshSession& session, const change::ChangePlan& plan)
{
    return engine.apply(session, plan);
}

} // namespace pbxwarden::hardening
