#pragma once

#include "audit/AuditFacts.h"
#include "audit/Finding.h"
#include "change/ChangePlan.h"
#include "hardening/Fixes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// What every fix is made of (one file per fix or group of fixes): starting and refusing a FixPlan,
// the findings it resolves, the file as the collector read it, and the plan's finish.
namespace pbxwarden::hardening::fixes::support {

// Where the scrubber replaced a secret: such a file is for reading, never for writing back.
inline const QByteArray kScrubMarker = QByteArrayLiteral("PBXW-SECRET:");

FixPlan start(const QString& id);
FixPlan refuse(FixPlan p, RefusalKind kind, const QString& reason);
// The ids among these that fail in the findings, once each.
QStringList failing(const QList<audit::Finding>& findings, const QStringList& ids);
change::ChangePlan newPlan(const FixInput& in, const QString& title);
change::PlanCommand program(const QStringList& argv, const QString& description);
change::PlanCommand asteriskRx(const QString& command);
// The file as the collector read it, unless it was not collected or the secrets in it were replaced
// (a scrubbed bundle is for reading; writing it back would put markers where the passwords were).
Result<QByteArray> collected(const audit::AuditFacts& facts, const QString& path);
// The post-conditions (audit again: these checks pass, nothing new of medium or worse) and the shape check.
FixPlan finish(FixPlan p, const FixInput& in, change::ChangePlan plan, const QStringList& resolves);

} // namespace pbxwarden::hardening::fixes::support
