#include "inventory/AuditRepository.h"

#include "inventory/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pbxwarden::inventory {
namespace {

Error failed(const QSqlQuery& query)
{
    return { QCoreApplication::translate("Inventory", "The audit history could not be read or written: %1")
                 .arg(query.lastError().text()) };
}

} // namespace

AuditRepository::AuditRepository(Database& db)
    : m_db(db)
{
}

Result<qint64> AuditRepository::add(
    const AuditRecord& audit, const QString& pbxName, const AuditCoverage& coverage)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return Error { db.lastError().text() };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audits (pbx_id, assessed_at, score, grade, facts, findings_json) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(audit.pbxId);
    q.addBindValue(audit.assessedAt.toUTC().toString(Qt::ISODate));
    q.addBindValue(audit.score);
    q.addBindValue(audit.grade);
    q.addBindValue(audit.facts);
    q.addBindValue(audit.findingsJson);
    if (!q.exec()) {
        const Error e = failed(q);
        db.rollback();
        return e;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery log(db);
    log.prepare(
        QStringLiteral("INSERT INTO activity_log (pbx_id, pbx_name, action, detail) VALUES (?, ?, ?, ?)"));
    log.addBindValue(audit.pbxId);
    log.addBindValue(pbxName);
    log.addBindValue(QStringLiteral("pbx.audit"));
    // Put into words when shown (describeActivity), like every other line of the log.
    QJsonObject detail { { QStringLiteral("score"), audit.score }, { QStringLiteral("grade"), audit.grade } };
    if (coverage.notAssessed > 0) {
        detail.insert(QStringLiteral("checks"), coverage.checks);
        detail.insert(QStringLiteral("not_assessed"), coverage.notAssessed);
    }
    log.addBindValue(QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
    if (!log.exec() || !db.commit()) {
        const Error e = failed(log);
        db.rollback();
        return e;
    }
    return id;
}

Result<QList<AuditRecord>> AuditRepository::history(qint64 pbxId, int limit, bool withFacts) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, pbx_id, assessed_at, score, grade, %1, findings_json FROM audits "
                             "WHERE pbx_id = ? ORDER BY assessed_at DESC, id DESC LIMIT ?")
                  .arg(withFacts ? QStringLiteral("facts") : QStringLiteral("NULL")));
    q.addBindValue(pbxId);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<AuditRecord> out;
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.pbxId = q.value(1).toLongLong();
        r.assessedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        r.score = q.value(3).toInt();
        r.grade = q.value(4).toString();
        r.facts = q.value(5).toByteArray();
        r.findingsJson = q.value(6).toString();
        out << r;
    }
    return out;
}

Result<AuditRecord> AuditRepository::latest(qint64 pbxId, bool withFacts) const
{
    auto list = history(pbxId, 1, withFacts);
    if (!list)
        return Error { list.error() };
    return list->isEmpty() ? AuditRecord {} : list->first();
}

} // namespace pbxwarden::inventory
