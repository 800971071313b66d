#pragma once

#include "audit/AuditFacts.h"
#include "audit/Finding.h"
#include "change/ChangeEngine.h"
#include "change/UnifiedDiff.h"
#include "hardening/Fixes.h"

#include <QList>
#include <QString>

namespace pbxwarden::hardening {

// One file of a plan as the preview shows it.
struct FileDiff
{
    QString path;
    bool newFile = false;
    QList<change::DiffLine> lines;
    QString text;
};

// A fix for one PBX, ready to review: the plan (or the refusal), its diffs with secrets masked, the
// commands it runs and its risks in words.
struct PlannedFix
{
    FixPlan fix;
    QList<FileDiff> diffs;
    QStringList commands;
};

// The hardening room's front door: plans from audit facts (pure, offline from saved facts), applies
// through the change engine (which verifies by auditing again and rolls back on failure).
class HardeningService
{
public:
    // fixIds empty: every fix, in fixes::ids() order. facts must come from an unscrubbed collection
    // (see fixes::collected): a scrubbed one gives refusals, never a plan that writes markers.
    static QList<PlannedFix> plan(const audit::AuditFacts& facts, const QList<audit::Finding>& findings,
        const HardeningAnswers& answers, const QStringList& fixIds = {}, qint64 pbxId = 0,
        const QString& pbxName = {});

    // Hides passwords and secrets in a configuration line before it is shown or stored.
    static QString maskSecrets(const QString& line);

    static change::ChangeResult apply(
        change::ChangeEngine& engine, ssh::SshSession& session, const change::ChangePlan& plan);
};

} // namespace pbxwarden::hardening
