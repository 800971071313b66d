#pragma once

#include "audit/FactBundle.h"
#include "audit/Finding.h"
#include "audit/Score.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pbxwarden::audit {

// One audit of one PBX: every check's result, the score, and the (scrubbed) facts behind them.
struct AuditReport
{
    QString pbxName;
    QDateTime assessedAt;
    QList<Finding> findings;
    Score score;
    FactBundle facts;

    QList<Finding> failures() const;
    // The checks that could not be assessed, one finding each (its evidence says why), in catalogue
    // order; empty when the audit is complete.
    QList<Finding> notAssessed() const;
    // No check was left unassessed (Score::complete()).
    bool complete() const { return score.complete(); }
    // The worst severity among failed checks, or nullopt when nothing failed.
    std::optional<Severity> worst() const;
    // {"name", "score", "grade", "grade_text", "complete", "assessed_at", "practices": {id: status},
    //  "practice_details": {id: {"status", "text", "assessed", "total"}}, "findings": [failures, one
    //  per object], "checks", "not_assessed" (counts of distinct checks), "not_assessed_checks":
    //  [{"check", "title", "reason"}], "nothing_to_assess": [{"check", "reason"}]}
    QJsonObject toJson() const;
    // findings (every outcome) as stored in the inventory.
    QByteArray findingsJson() const;
};

} // namespace pbxwarden::audit
