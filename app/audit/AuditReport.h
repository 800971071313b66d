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
    // The worst severity among failed checks, or nullopt when nothing failed.
    std::optional<Severity> worst() const;
    // {"name", "score", "grade", "assessed_at", "practices": {...}, "findings": [failed checks]}
    QJsonObject toJson() const;
    // findings (every outcome) as stored in the inventory.
    QByteArray findingsJson() const;
};

} // namespace pbxwarden::audit
