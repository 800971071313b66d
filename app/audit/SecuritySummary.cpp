#include "audit/SecuritySummary.h"

#include "audit/AsteriskVersion.h"
#include "audit/FactBundle.h"
#include "audit/Finding.h"
#include "audit/ReferenceData.h"
#include "audit/Score.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pbxwarden::audit {

bool isAuditOverdue(const QDateTime& lastAudit, const QDateTime& now)
{
    return !lastAudit.isValid() || lastAudit.daysTo(now) > kAuditOverdueDays;
}

QList<Finding> storedFindings(const inventory::AuditRecord& audit)
{
    QList<Finding> findings;
    const QJsonArray array = QJsonDocument::fromJson(audit.findingsJson.toUtf8()).array();
    findings.reserve(array.size());
    for (const QJsonValue& v : array)
        findings << Finding::fromJson(v.toObject());
    return findings;
}

int SecuritySummary::failedTotal() const
{
    int total = 0;
    for (int n : failed)
        total += n;
    return total;
}

qint64 SecuritySummary::findingsRank() const
{
    qint64 rank = 0;
    for (int s = int(Severity::Critical); s >= int(Severity::Info); --s)
        rank = rank * 1000 + qMin(failed.at(s), 999);
    return rank;
}

SecuritySummary SecuritySummary::fromAudit(const inventory::AuditRecord& audit, const QDateTime& now)
{
    SecuritySummary s;
    s.pbxId = audit.pbxId;
    s.auditId = audit.id;
    s.assessedAt = audit.assessedAt;
    s.score = audit.score;
    s.grade = audit.grade;
    const QList<Finding> findings = storedFindings(audit);
    const Score computed = Score::compute(findings);
    s.checks = computed.checks;
    s.notAssessed = computed.notAssessed;
    s.gradeText = computed.gradeText();
    for (const Finding& f : findings) {
        if (!f.failed())
            continue;
        ++s.failed[int(f.check.severity)];
        if (!s.worst || f.check.severity > *s.worst) {
            s.worst = f.check.severity;
            s.worstTitle = f.check.title;
        }
    }
    const auto bundle = FactBundle::fromCompressed(audit.facts);
    if (!bundle)
        return s;
    for (const QString& section : { QStringLiteral("asterisk-version"), QStringLiteral("asterisk-V") }) {
        if (!bundle->ok(section))
            continue;
        if (const auto v = AsteriskVersion::parse(bundle->text(section))) {
            s.asteriskVersion = v->text;
            const auto& reference = ReferenceData::instance();
            s.support = reference.isEndOfLife(*v, now.date()) ? Support::EndOfLife
                : reference.isSecurityOnly(*v, now.date())    ? Support::SecurityOnly
                                                              : Support::Supported;
            break;
        }
    }
    // The collector's listing: find -printf "%T@ %s %p" (see BackupChecks); empty files do not count.
    if (bundle->ok(QStringLiteral("backups"))) {
        s.backupsKnown = true;
        static const QRegularExpression line(QStringLiteral("^(\\d+)(?:\\.\\d+)? (\\d+) (.+)$"));
        const QString text = bundle->text(QStringLiteral("backups"));
        for (const QString& l : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const auto m = line.match(l.trimmed());
            if (!m.hasMatch() || m.captured(2).toLongLong() == 0)
                continue;
            const QDateTime t = QDateTime::fromSecsSinceEpoch(m.captured(1).toLongLong(), Qt::UTC);
            if (!s.newestBackup || t > *s.newestBackup)
                s.newestBackup = t;
        }
    }
    return s;
}

QHash<qint64, SecuritySummary> SecuritySummary::loadFleet(const inventory::AuditRepository& audits,
    const QList<qint64>& pbxIds, const QHash<qint64, SecuritySummary>& cache, const QDateTime& now)
{
    QHash<qint64, SecuritySummary> out;
    out.reserve(pbxIds.size());
    for (qint64 id : pbxIds) {
        const auto latest = audits.latest(id);
        if (!latest || latest->id == 0) {
            SecuritySummary never;
            never.pbxId = id;
            out.insert(id, never);
            continue;
        }
        const auto cached = cache.constFind(id);
        if (cached != cache.cend() && cached->auditId == latest->id) {
            out.insert(id, *cached);
            continue;
        }
        const auto full = audits.latest(id, true);
        out.insert(id, fromAudit(full ? full.value() : latest.value(), now));
    }
    return out;
}

} // namespace pbxwarden::audit
