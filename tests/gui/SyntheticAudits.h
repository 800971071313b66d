#pragma once

// Stored audits for dashboards without a lab: the real facts the collector gathered on an insecure and a
// hardened pbxlab host (tests/audit/data/lab-*.bundle), judged by AuditService::evaluate, then varied per
// PBX (Asterisk version, backup age, which failures were fixed) so a big fleet does not look cloned.
#include "audit/AuditService.h"
#include "audit/SecretScrubber.h"
#include "inventory/AuditRepository.h"
#include "inventory/InventoryRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace synthetic {

inline QString dataDir()
{
    const QString env = qEnvironmentVariable("PBXWARDEN_SOURCE_DIR");
    return (env.isEmpty() ? QStringLiteral(PBXWARDEN_SOURCE_DIR_FALLBACK) : env)
        + QStringLiteral("/tests/audit/data");
}

inline pbxwarden::audit::FactBundle labBundle(const QString& profile)
{
    QFile f(dataDir() + QStringLiteral("/lab-%1.bundle").arg(profile));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return pbxwarden::audit::SecretScrubber::scrub(pbxwarden::audit::FactBundle::parse(f.readAll()));
}

// One audit of a PBX as the window stores it, judged from these facts at this time.
inline pbxwarden::inventory::AuditRecord record(
    qint64 pbxId, const QString& name, const pbxwarden::audit::FactBundle& facts, const QDateTime& at)
{
    const auto report = pbxwarden::audit::AuditService::evaluate(name, facts, at, std::nullopt);
    return { 0, pbxId, at, report.score.value, report.score.grade, facts.compressed(),
        QString::fromUtf8(report.findingsJson()) };
}

// The same audit with some failures fixed (seeded, so the same every run): findings and score change.
inline pbxwarden::inventory::AuditRecord improved(
    pbxwarden::inventory::AuditRecord r, QRandomGenerator& random, int fixPercent)
{
    using pbxwarden::audit::Finding;
    QList<Finding> findings;
    QJsonArray out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.findingsJson.toUtf8()).array()) {
        Finding f = Finding::fromJson(v.toObject());
        if (f.failed() && int(random.bounded(100)) < fixPercent)
            f.outcome = Finding::Outcome::Pass;
        findings << f;
        out << f.toJson();
    }
    const auto score = pbxwarden::audit::Score::compute(findings);
    r.score = score.value;
    r.grade = score.grade;
    r.findingsJson = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return r;
}

// Facts with another Asterisk version and the newest backup this many days before the audit.
inline pbxwarden::audit::FactBundle variant(
    pbxwarden::audit::FactBundle facts, const QString& version, const QDateTime& at, int backupDaysOld)
{
    const QByteArray v
        = "Asterisk " + version.toUtf8() + " built by pbxlab @ lab on a x86_64 running Linux\n";
    facts.set(QStringLiteral("asterisk-version"), v, 0);
    facts.remove(QStringLiteral("asterisk-V"));
    if (backupDaysOld >= 0)
        facts.set(QStringLiteral("backups"),
            QByteArray::number(at.addDays(-backupDaysOld).toSecsSinceEpoch())
                + " 48213 /var/spool/asterisk/backup/nightly.tar.gz\n",
            0);
    return facts;
}

// The facts an account without root would bring back: the sections that need root refused (rc 77),
// as on a PBX audited by a non-root account. The audit that judges them is partial.
inline pbxwarden::audit::FactBundle withoutRoot(pbxwarden::audit::FactBundle facts)
{
    for (const char* section : { "iptables-save", "ip6tables-save", "nft", "fail2ban-status",
             "fail2ban-jails", "root-hash", "shadow-status", "updates-apt" })
        facts.set(QLatin1String(section), "needs root", 77);
    return facts;
}

// The same audit with every check assessed (the checks that were not are counted as passed): a complete
// audit, whatever the lab's host could not tell (its lastlog fails).
inline pbxwarden::inventory::AuditRecord complete(pbxwarden::inventory::AuditRecord r)
{
    using pbxwarden::audit::Finding;
    QList<Finding> findings;
    QJsonArray out;
    for (const QJsonValue& v : QJsonDocument::fromJson(r.findingsJson.toUtf8()).array()) {
        Finding f = Finding::fromJson(v.toObject());
        if (f.outcome == Finding::Outcome::NotAssessed)
            f.outcome = Finding::Outcome::Pass;
        findings << f;
        out << f.toJson();
    }
    const auto score = pbxwarden::audit::Score::compute(findings);
    r.score = score.value;
    r.grade = score.grade;
    r.findingsJson = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return r;
}

struct Fleet
{
    QList<qint64> ids;
    int audits = 0;
};

// count PBXs over a few customers and sites; most with one to three audits, every tenth never audited.
inline Fleet populate(pbxwarden::inventory::Database& db, int count, const QDateTime& now, quint32 seed = 7)
{
    using namespace pbxwarden;
    Fleet fleet;
    inventory::InventoryRepository repo(db);
    inventory::AuditRepository audits(db);
    const audit::FactBundle insecure = labBundle(QStringLiteral("insecure"));
    const audit::FactBundle hardened = labBundle(QStringLiteral("hardened"));
    const QStringList customers { QStringLiteral("Acme Dental"), QStringLiteral("Birch Legal"),
        QStringLiteral("Cobalt Freight"), QStringLiteral("Delta Clinics"), QStringLiteral("Elm Hotels") };
    const QStringList versions { QStringLiteral("18.20.0"), QStringLiteral("16.30.1"),
        QStringLiteral("20.9.3"), QStringLiteral("22.1.0"), QStringLiteral("13.38.3"),
        QStringLiteral("21.4.2") };
    QList<PbxRecord> pbxs;
    for (int i = 0; i < count; ++i) {
        PbxRecord p;
        const QString customer = customers.at(i % customers.size());
        p.name = count <= 5 ? QStringLiteral("%1-pbx").arg(customer.section(u' ', 0, 0).toLower())
                            : QStringLiteral("%1-%2")
                                  .arg(customer.section(u' ', 0, 0).toLower())
                                  .arg(i + 1, 3, 10, QLatin1Char('0'));
        p.customer = customer;
        p.site = i % 4 == 0 ? QStringLiteral("Branch %1").arg(i % 7 + 1) : QStringLiteral("HQ");
        p.host = QStringLiteral("10.%1.%2.10").arg(i / 250).arg(i % 250);
        p.tags = { QStringLiteral("asterisk") };
        pbxs << p;
    }
    const auto added = repo.addPbxs(pbxs, QStringLiteral("pbx.import"));
    if (!added)
        return fleet;
    fleet.ids = added.value();
    // Judging facts is the slow part: each variant once, then reused.
    QHash<QString, inventory::AuditRecord> judged;
    QRandomGenerator random(seed);
    for (int i = 0; i < fleet.ids.size(); ++i) {
        if (count > 5 && i % 50 == 49)
            continue;
        const bool hard = count <= 5 ? i == 1 : i % 6 == 1;
        const QString version = hard ? QStringLiteral("22.1.0") : versions.at(i % versions.size());
        const int backupDays = hard ? 1 : (i % 5 == 0 ? -1 : int(i % 40));
        const int runs = count <= 5 ? 3 + i : 1 + int(random.bounded(3));
        // The newest audit: recent for most, eight months old for every seventh (overdue).
        const QDateTime newest = now.addDays(i % 7 == 2 ? -240 : -int(random.bounded(40)) - 1);
        for (int run = runs - 1; run >= 0; --run) {
            const QDateTime at = newest.addDays(-run * 45);
            const QString key = QStringLiteral("%1/%2/%3").arg(hard).arg(version).arg(backupDays);
            if (!judged.contains(key))
                judged.insert(key,
                    record(0, QString(), variant(hard ? hardened : insecure, version, now, backupDays), now));
            inventory::AuditRecord r = judged.value(key);
            r.pbxId = fleet.ids.at(i);
            r.assessedAt = at;
            // The backup as old as it was when this audit looked.
            if (backupDays >= 0)
                r.facts = variant(hard ? hardened : insecure, version, at, backupDays).compressed();
            // Later audits found fewer problems: an integrator at work.
            r = improved(
                r, random, hard ? 0 : (runs - 1 - run) * 20 + int(random.bounded(count <= 5 ? 15 : 60)));
            if (audits.add(r, pbxs.at(i).name))
                ++fleet.audits;
        }
    }
    return fleet;
}

} // namespace synthetic
