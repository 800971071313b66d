#include "audit/AuditService.h"

#include "audit/AuditFacts.h"
#include "audit/Collector.h"
#include "audit/SecretScrubber.h"
#include "audit/checks/Checks.h"
#include "fleet/ProgressReporter.h"
#include "ssh/SshSession.h"

#include <QCoreApplication>

namespace pbxwarden::audit {

AuditReport AuditService::evaluate(const QString& pbxName, const FactBundle& scrubbed,
    const QDateTime& assessedAt, const std::optional<QDateTime>& previousAudit)
{
    AuditReport report;
    report.pbxName = pbxName;
    report.assessedAt = assessedAt;
    report.facts = scrubbed;
    const AuditFacts facts(scrubbed, assessedAt, previousAudit);
    report.findings = checks::runAll(facts);
    report.score = Score::compute(report.findings);
    return report;
}

Result<FactBundle> AuditService::collect(ssh::SshSession& session, int timeoutMs)
{
    auto raw = Collector::collect(session, timeoutMs);
    if (!raw)
        return Error { raw.error() };
    FactBundle bundle = SecretScrubber::scrub(FactBundle::parse(raw.value()));
    raw.value().fill('\0');
    if (bundle.isEmpty())
        return Error { QCoreApplication::translate("AuditService", "The collector's output held no facts.") };
    return bundle;
}

fleet::FleetJob AuditService::job(QHash<qint64, QDateTime> previousAudits, int connectTimeoutMs)
{
    return [previousAudits, connectTimeoutMs](const fleet::FleetTarget& target,
               const ssh::CancelTokenPtr& cancel, const fleet::ProgressReporter& progress) {
        ssh::SshSession session;
        session.setCancelToken(cancel);
        progress.report(10, QCoreApplication::translate("AuditService", "Connecting"));
        if (const Status opened = session.open(target.sshTarget(connectTimeoutMs), target.credentials);
            !opened)
            return fleet::HostOutcome::failure(opened.error());
        progress.report(30, QCoreApplication::translate("AuditService", "Collecting facts"));
        const auto bundle = collect(session);
        session.disconnect();
        if (!bundle)
            return fleet::HostOutcome::failure(bundle.error());
        progress.report(90, QCoreApplication::translate("AuditService", "Checking"));
        const auto previous = previousAudits.constFind(target.pbx.id);
        const AuditReport report = evaluate(target.pbx.name, bundle.value(), QDateTime::currentDateTimeUtc(),
            previous == previousAudits.cend() ? std::nullopt : std::optional<QDateTime>(*previous));
        QVariantMap data;
        data.insert(QStringLiteral("report"), QVariant::fromValue(report));
        // The grade's own wording: a partial audit says so ("A (partial — 15 of 52 not assessed)").
        return fleet::HostOutcome::success(QCoreApplication::translate("AuditService", "score %1, grade %2")
                                               .arg(report.score.value)
                                               .arg(report.score.gradeText()),
            data);
    };
}

std::optional<AuditReport> AuditService::reportOf(const fleet::HostOutcome& outcome)
{
    const QVariant report = outcome.data.value(QStringLiteral("report"));
    if (!outcome.ok() || !report.canConvert<AuditReport>())
        return std::nullopt;
    return report.value<AuditReport>();
}

} // namespace pbxwarden::audit
