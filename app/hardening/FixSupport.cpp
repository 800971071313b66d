#include "hardening/FixSupport.h"

#include "hardening/AuditVerifier.h"

#include <QCoreApplication>

namespace pbxwarden::hardening::fixes::support {

FixPlan start(const QString& id)
{
    FixPlan p;
    p.fixId = id;
    p.title = titleOf(id);
    return p;
}

FixPlan refuse(FixPlan p, RefusalKind kind, const QString& reason)
{
    p.plan.reset();
    p.refusal = FixRefusal { kind, reason };
    return p;
}

QStringList failing(const QList<audit::Finding>& findings, const QStringList& ids)
{
    QStringList out;
    for (const audit::Finding& f : findings) {
        if (f.failed() && ids.contains(f.check.id) && !out.contains(f.check.id))
            out << f.check.id;
    }
    return out;
}

change::ChangePlan newPlan(const FixInput& in, const QString& title)
{
    change::ChangePlan p;
    p.id = change::ChangePlan::newId();
    p.pbxId = in.pbxId;
    p.pbxName = in.pbxName;
    p.title = title;
    return p;
}

change::PlanCommand program(const QStringList& argv, const QString& description)
{
    return change::PlanCommand(ssh::RemoteCommand::program(argv).value(), description);
}

change::PlanCommand asteriskRx(const QString& command)
{
    return program({ QStringLiteral("asterisk"), QStringLiteral("-rx"), command },
        QStringLiteral("asterisk -rx '%1'").arg(command));
}

Result<QByteArray> collected(const audit::AuditFacts& facts, const QString& path)
{
    const audit::FactSection* s = facts.bundle().section(QStringLiteral("file:") + path);
    if (!s || !facts.bundle().ok(QStringLiteral("file:") + path))
        return Error { QCoreApplication::translate(
            "HardeningFixes", "%1 was not collected by the audit; audit the PBX again as root.")
                           .arg(path) };
    if (s->content.contains(kScrubMarker))
        return Error { QCoreApplication::translate("HardeningFixes",
            "%1 comes from a stored audit with its secrets removed; plan from a fresh collection.")
                           .arg(path) };
    return s->content;
}

FixPlan finish(FixPlan p, const FixInput& in, change::ChangePlan plan, const QStringList& resolves)
{
    p.resolves = resolves;
    plan.postConditions << std::make_shared<AuditVerifier>(in.pbxName, resolves, in.findings);
    if (const Status s = plan.checkShape(); !s)
        return refuse(p, RefusalKind::Unsafe, s.error());
    p.plan = std::move(plan);
    return p;
}

} // namespace pbxwarden::hardening::fixes::support
