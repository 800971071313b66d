#include "inventory/ChangeRepository.h"

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
    return { QCoreApplication::translate("Inventory", "The change history could not be read or written: %1")
                 .arg(query.lastError().text()) };
}

const char kColumns[] = "id, pbx_id, pbx_name, title, created_at, updated_at, outcome, journal_state, "
                        "message, diff, steps_json";

ChangeRecord fromQuery(const QSqlQuery& q)
{
    ChangeRecord r;
    r.id = q.value(0).toString();
    r.pbxId = q.value(1).toLongLong();
    r.pbxName = q.value(2).toString();
    r.title = q.value(3).toString();
    r.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    r.updatedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    r.outcome = q.value(6).toString();
    r.journalState = q.value(7).toString();
    r.message = q.value(8).toString();
    r.diff = q.value(9).toString();
    r.stepsJson = q.value(10).toString();
    return r;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

ChangeRepository::ChangeRepository(Database& db)
    : m_db(db)
{
}

Status ChangeRepository::save(const ChangeRecord& record, const QString& action)
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return Error { db.lastError().text() };
    QSqlQuery q(db);
    // The first save keeps created_at and the diff; later ones (finish, rollback, undo) update the rest.
    q.prepare(QStringLiteral(
        "INSERT INTO changes (id, pbx_id, pbx_name, title, outcome, journal_state, message, diff, "
        "steps_json) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "outcome = excluded.outcome, journal_state = excluded.journal_state, message = excluded.message, "
        "steps_json = excluded.steps_json, diff = CASE WHEN changes.diff = '' THEN excluded.diff ELSE "
        "changes.diff END, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now')"));
    q.addBindValue(record.id);
    q.addBindValue(record.pbxId > 0 ? QVariant(record.pbxId) : QVariant());
    q.addBindValue(text(record.pbxName));
    q.addBindValue(text(record.title));
    q.addBindValue(text(record.outcome));
    q.addBindValue(text(record.journalState));
    q.addBindValue(text(record.message));
    q.addBindValue(text(record.diff));
    q.addBindValue(record.stepsJson.isEmpty() ? QStringLiteral("[]") : record.stepsJson);
    if (!q.exec()) {
        const Error e = failed(q);
        db.rollback();
        return e;
    }
    QSqlQuery log(db);
    log.prepare(
        QStringLiteral("INSERT INTO activity_log (pbx_id, pbx_name, action, detail) VALUES (?, ?, ?, ?)"));
    log.addBindValue(record.pbxId > 0 ? QVariant(record.pbxId) : QVariant());
    log.addBindValue(text(record.pbxName));
    log.addBindValue(QString(QStringLiteral("change.") + action));
    // Put into words when shown (describeActivity); the diff stays in the changes table.
    log.addBindValue(QString::fromUtf8(QJsonDocument(
        QJsonObject { { QStringLiteral("id"), record.id }, { QStringLiteral("title"), record.title },
            { QStringLiteral("outcome"),
                record.outcome } }).toJson(QJsonDocument::Compact)));
    if (!log.exec() || !db.commit()) {
        const Error e = failed(log);
        db.rollback();
        return e;
    }
    return {};
}

Result<QList<ChangeRecord>> ChangeRepository::list(qint64 pbxId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT %1 FROM changes WHERE (? = 0 OR pbx_id = ?) ORDER BY created_at DESC, id DESC "
                       "LIMIT ?")
            .arg(QLatin1String(kColumns)));
    q.addBindValue(pbxId);
    q.addBindValue(pbxId);
    q.addBindValue(limit);
    if (!q.exec())
        return failed(q);
    QList<ChangeRecord> out;
    while (q.next())
        out.append(fromQuery(q));
    return out;
}

Result<ChangeRecord> ChangeRepository::find(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM changes WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return failed(q);
    if (!q.next())
        return ChangeRecord {};
    return fromQuery(q);
}

} // namespace pbxwarden::inventory
