#pragma once

#include "audit/Finding.h"
#include "audit/Severity.h"
#include "inventory/AuditRepository.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace pbxwarden::audit {

// The seed asks for an inspection twice a year: a PBX not audited for 183 days is overdue. The one
// rule for the inspection check, the dashboards and the CLI.
constexpr int kAuditOverdueDays = 183;
bool isAuditOverdue(const QDateTime& lastAudit, const QDateTime& now);

// The findings of a stored audit: the one place that reads findings_json back.
QList<Finding> storedFindings(const inventory::AuditRecord& audit);

// What the fleet dashboards (GUI and CLI) show of one PBX's latest audit: computed once per stored audit from
// its findings and facts (the facts are decompressed here, so the table never touches them).
struct SecuritySummary
{
    enum class Support
    {
        Unknown,
        Supported,
        SecurityOnly,
        EndOfLife
    };

    qint64 pbxId = 0;
    // 0: the PBX was never audited; nothing below is meaningful then.
    qint64 auditId = 0;
    QDateTime assessedAt;
    int score = 0;
    QString grade;
    // The engine's words for the grade, partial marker included (Score::gradeText()).
    QString gradeText;
    // Distinct checks, and of them those not assessed: a partial audit has some.
    int checks = 0;
    int notAssessed = 0;
    // Failed checks by severity, indexed by int(audit::Severity).
    std::array<int, 5> failed {};
    std::optional<Severity> worst;
    QString worstTitle;
    QString asteriskVersion;
    Support support = Support::Unknown;
    // Whether the collector could look for backups, and the newest one it found.
    bool backupsKnown = false;
    std::optional<QDateTime> newestBackup;

    bool audited() const { return auditId != 0; }
    bool complete() const { return notAssessed == 0; }
    int failedTotal() const;
    // Sorts worse findings first: critical outweighs any number of highs, and so on.
    qint64 findingsRank() const;

    // An audit read with its facts. now: when support status is judged.
    static SecuritySummary fromAudit(const inventory::AuditRecord& audit, const QDateTime& now);
    // The latest audit of each PBX; summaries in cache whose audit is still the latest are reused.
    static QHash<qint64, SecuritySummary> loadFleet(const inventory::AuditRepository& audits,
        const QList<qint64>& pbxIds, const QHash<qint64, SecuritySummary>& cache, const QDateTime& now);
};

} // namespace pbxwarden::audit
