#include "hardening/AuditVerifier.h"

#include "audit/AuditService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace pbxwarden::hardening {

QString AuditVerifier::name() const
{
    return QCoreApplication::translate("AuditVerifier", "audit again: %1 no longer fail")
        .arg(m_mustStopFiring.join(QStringLiteral(", ")));
}

change::Verdict AuditVerifier::judge(const QList<audit::Finding>& after) const
{
    change::Verdict v;
    QSet<QString> failedBefore;
    for (const audit::Finding& f : m_before) {
        if (f.failed())
            failedBefore.insert(f.check.id);
    }
    QSet<QString> seen;
    for (const audit::Finding& f : after) {
        seen.insert(f.check.id);
        if (m_mustStopFiring.contains(f.check.id) && f.failed())
            v.reasons << QCoreApplication::translate("AuditVerifier", "%1 still fails: %2")
                             .arg(f.check.id, f.evidence.join(QStringLiteral("; ")));
        else if (m_mustStopFiring.contains(f.check.id) && f.outcome == audit::Finding::Outcome::NotAssessed)
            // A check that can no longer be assessed is not proved fixed.
            v.reasons << QCoreApplication::translate("AuditVerifier", "%1 could not be assessed: %2")
                             .arg(f.check.id, f.evidence.join(QStringLiteral("; ")));
        else if (f.failed() && f.check.severity >= audit::Severity::Medium
            && !failedBefore.contains(f.check.id))
            v.reasons << QCoreApplication::translate("AuditVerifier", "new finding %1 (%2): %3")
                             .arg(f.check.id, audit::severityId(f.check.severity),
                                 f.evidence.join(QStringLiteral("; ")));
    }
    for (const QString& id : m_mustStopFiring) {
        if (!seen.contains(id))
            v.reasons << QCoreApplication::translate("AuditVerifier", "%1 was not in the new audit").arg(id);
    }
    v.passed = v.reasons.isEmpty();
    if (v.passed)
        v.reasons << QCoreApplication::translate("AuditVerifier", "audited again: %1 pass, no new finding")
                         .arg(m_mustStopFiring.join(QStringLiteral(", ")));
    return v;
}

change::Verdict AuditVerifier::verify(ssh::SshSession& session)
{
    const Result<audit::FactBundle> bundle = audit::AuditService::collect(session);
    if (!bundle) {
        change::Verdict v;
        v.reasons
            << QCoreApplication::translate("AuditVerifier", "could not audit again: %1").arg(bundle.error());
        return v;
    }
    const audit::AuditReport report = audit::AuditService::evaluate(
        m_pbxName, bundle.value(), QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
    change::Verdict v = judge(report.findings);
    return v;
}

} // namespace pbxwarden::hardening
