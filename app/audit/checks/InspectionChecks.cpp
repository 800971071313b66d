#include "audit/SecuritySummary.h"
#include "audit/checks/CheckSupport.h"
#include "audit/checks/Checks.h"

#include <QCoreApplication>

namespace pbxwarden::audit::checks {
namespace {

Check overdue()
{
    return { QStringLiteral("inspection.overdue"), Practice::Inspection, Severity::Low,
        QCoreApplication::translate("InspectionChecks", "No inspection in the last six months"),
        QCoreApplication::translate("InspectionChecks",
            "The seed practice: inspect each PBX twice a year and verify its configuration."),
        QCoreApplication::translate("InspectionChecks",
            "Audit this PBX with PBX Warden at least every six months (this audit counts from now on).") };
}

Check securityLog()
{
    // Low (DOMAIN.md): the log helps inspection; its absence opens nothing by itself.
    return { QStringLiteral("inspection.security-log"), Practice::Inspection, Severity::Low,
        QCoreApplication::translate("InspectionChecks", "Asterisk does not log security events"),
        QCoreApplication::translate("InspectionChecks",
            "Without a security log failed registrations, ACL rejections and AMI logins leave no trace to "
            "inspect, and fail2ban sees less."),
        QCoreApplication::translate("InspectionChecks",
            "Add 'security.log => security' to logger.conf [logfiles] and run 'logger reload'.") };
}

} // namespace

QList<Finding> inspection(const AuditFacts& facts)
{
    QList<Finding> out;
    const QString record
        = QCoreApplication::translate("InspectionChecks", "PBX Warden's record of this PBX's audits");
    // The first audit is the first inspection: nothing is overdue yet, the six months count from now.
    if (!facts.previousAudit())
        out << Finding::nothingToAssess(overdue(),
            QCoreApplication::translate(
                "InspectionChecks", "first audit by PBX Warden: the next one is due within six months"))
                   .lookedAt(0, record);
    else if (isAuditOverdue(*facts.previousAudit(), facts.assessedAt()))
        out << Finding::fail(overdue(),
            { QCoreApplication::translate("InspectionChecks", "previous audit %1 (%2 days before this one)")
                    .arg(facts.previousAudit()->date().toString(Qt::ISODate))
                    .arg(facts.previousAudit()->daysTo(facts.assessedAt())) })
                   .lookedAt(1, record);
    else
        out << Finding::pass(overdue(),
            { QCoreApplication::translate("InspectionChecks", "previous audit %1")
                    .arg(facts.previousAudit()->date().toString(Qt::ISODate)) })
                   .lookedAt(1, record);

    const AsteriskConfig* logger = facts.asterisk(QStringLiteral("logger.conf"));
    if (!logger) {
        out << Finding::notAssessed(
            securityLog(), QCoreApplication::translate("InspectionChecks", "logger.conf was not collected"));
        return out;
    }
    const ConfigSection* files = logger->first(QStringLiteral("logfiles"));
    QStringList channels;
    if (files) {
        for (const ConfigEntry& e : files->entries) {
            const QStringList levels = e.value.toLower().remove(QLatin1Char(' ')).split(QLatin1Char(','));
            if (levels.contains(QStringLiteral("security")) || levels.contains(QStringLiteral("*")))
                channels << QStringLiteral("%1 %2 => %3").arg(where(e.where), e.key, e.value);
        }
    }
    out << (channels.isEmpty() ? Finding::fail(securityLog(),
                { QCoreApplication::translate(
                    "InspectionChecks", "logger.conf [logfiles]: no channel logs the security level") })
                               : Finding::pass(securityLog(), channels))
               .lookedAt(files ? int(files->entries.size()) : 0,
                   QCoreApplication::translate("InspectionChecks", "%n channel(s) in logger.conf [logfiles]",
                       nullptr, files ? int(files->entries.size()) : 0));
    return out;
}

} // namespace pbxwarden::audit::checks
