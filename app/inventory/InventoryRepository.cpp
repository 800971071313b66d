#include "inventory/InventoryRepository.h"

#include "core/Validation.h"
#include "inventory/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace pbxwarden::inventory {
namespace {

// SQLite's own words for a failed statement, turned into a sentence for the user.
Error sqlError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("UNIQUE constraint failed: pbxs.name")))
        return { QCoreApplication::translate("Inventory", "A PBX with this name already exists.") };
    if (text.contains(QLatin1String("UNIQUE constraint failed: customers.name")))
        return { QCoreApplication::translate("Inventory", "A customer with this name already exists.") };
    if (text.contains(QLatin1String("UNIQUE constraint failed: sites")))
        return { QCoreApplication::translate(
            "Inventory", "This customer already has a site with this name.") };
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return { QCoreApplication::translate(
            "Inventory", "This is still in use by other entries of the inventory.") };
    if (text.contains(QLatin1String("CHECK constraint failed")))
        return {
            QCoreApplication::translate("Inventory", "A value is out of its allowed range (%1).").arg(text)
        };
    if (text.contains(QLatin1String("database or disk is full")))
        return { QCoreApplication::translate("Inventory", "The disk is full; nothing was changed.") };
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return { QCoreApplication::translate(
            "Inventory", "The inventory is locked by another program; nothing was changed.") };
    return {
        QCoreApplication::translate("Inventory", "The inventory could not be changed: %1").arg(error.text())
    };
}

// Qt binds a null QString as SQL NULL; the schema wants text, empty when unset.
QVariant text(const QString& s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDateTime fromIso(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

const char kSelectPbx[] = R"SQL(
SELECT p.id, p.name, coalesce(c.name, ''), coalesce(s.name, ''), p.host, p.ssh_port, p.ssh_user, p.ssh_auth,
       p.ssh_key_path, p.ami_port, p.ami_user, p.ami_tls, p.notes, p.host_key_fingerprint, p.created_at,
       p.updated_at, (SELECT group_concat(tag, char(31)) FROM (SELECT tag FROM pbx_tags t WHERE t.pbx_id = p.id
       ORDER BY tag)), p.uuid, (SELECT uuid FROM inventory_identity WHERE id = 1)
FROM pbxs p LEFT JOIN customers c ON c.id = p.customer_id LEFT JOIN sites s ON s.id = p.site_id
)SQL";

// The columns a PbxRecord writes, in the order of InventoryRepository::columnValues().
QStringList pbxColumns()
{
    return { QStringLiteral("name"), QStringLiteral("customer_id"), QStringLiteral("site_id"),
        QStringLiteral("host"), QStringLiteral("ssh_port"), QStringLiteral("ssh_user"),
        QStringLiteral("ssh_auth"), QStringLiteral("ssh_key_path"), QStringLiteral("ami_port"),
        QStringLiteral("ami_user"), QStringLiteral("ami_tls"), QStringLiteral("notes"),
        QStringLiteral("host_key_fingerprint") };
}

PbxRecord readPbx(const QSqlQuery& q)
{
    PbxRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.customer = q.value(2).toString();
    r.site = q.value(3).toString();
    r.host = q.value(4).toString();
    r.sshPort = q.value(5).toInt();
    r.sshUser = q.value(6).toString();
    r.sshAuth = sshAuthFromString(q.value(7).toString()).value_or(SshAuth::Agent);
    r.sshKeyPath = q.value(8).toString();
    r.amiPort = q.value(9).toInt();
    r.amiUser = q.value(10).toString();
    r.amiTls = q.value(11).toInt() != 0;
    r.notes = q.value(12).toString();
    r.hostKeyFingerprint = q.value(13).toString();
    r.createdAt = fromIso(q.value(14).toString());
    r.updatedAt = fromIso(q.value(15).toString());
    const QString tags = q.value(16).toString();
    if (!tags.isEmpty())
        r.tags = tags.split(QChar(31));
    r.uuid = q.value(17).toString();
    r.inventoryUuid = q.value(18).toString();
    return r;
}

QStringList normalisedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString t = tag.trimmed();
        if (!t.isEmpty() && !result.contains(t, Qt::CaseInsensitive))
            result << t;
    }
    result.sort(Qt::CaseInsensitive);
    return result;
}

} // namespace

InventoryRepository::InventoryRepository(Database& db)
    : m_db(db)
{
}

template<typename F>
auto InventoryRepository::inTransaction(F&& body) -> decltype(body())
{
    QSqlDatabase& db = m_db.connection();
    if (!db.transaction())
        return Error {
            QCoreApplication::translate("Inventory", "The inventory is busy: %1").arg(db.lastError().text())
        };
    auto result = body();
    if (!result.ok()) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return Error {
            QCoreApplication::translate("Inventory", "The change could not be saved: %1").arg(why)
        };
    }
    return result;
}

Result<QList<PbxRecord>> InventoryRepository::pbxs() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QLatin1String(kSelectPbx) + QLatin1String(" ORDER BY p.name COLLATE NOCASE")))
        return sqlError(q);
    QList<PbxRecord> list;
    while (q.next())
        list << readPbx(q);
    return list;
}

Result<PbxRecord> InventoryRepository::pbx(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelectPbx) + QLatin1String(" WHERE p.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { QCoreApplication::translate("Inventory", "There is no PBX with id %1.").arg(id) };
    return readPbx(q);
}

Result<PbxRecord> InventoryRepository::pbxByName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QLatin1String(kSelectPbx) + QLatin1String(" WHERE p.name = ? COLLATE NOCASE"));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { QCoreApplication::translate("Inventory", "There is no PBX named \"%1\".").arg(name) };
    return readPbx(q);
}

Result<QString> InventoryRepository::inventoryUuid() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT uuid FROM inventory_identity WHERE id = 1")))
        return sqlError(q);
    if (!q.next())
        return Error { QCoreApplication::translate("Inventory", "The inventory has no identity.") };
    return q.value(0).toString();
}

Result<QList<PbxRecord>> InventoryRepository::pbxsWithLegacySecrets() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QLatin1String(kSelectPbx)
            + QLatin1String(" WHERE p.id IN (SELECT pbx_id FROM legacy_secrets) ORDER BY p.id")))
        return sqlError(q);
    QList<PbxRecord> list;
    while (q.next())
        list << readPbx(q);
    return list;
}

Status InventoryRepository::forgetLegacySecrets(const QList<qint64>& pbxIds)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM legacy_secrets WHERE pbx_id = ?"));
        for (const qint64 id : pbxIds) {
            q.addBindValue(id);
            if (!q.exec())
                return sqlError(q);
        }
        return {};
    });
}

Result<qint64> InventoryRepository::ensureCustomer(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO customers(name) VALUES (?) ON CONFLICT(name) DO UPDATE SET name = name "
                       "RETURNING id"));
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<qint64> InventoryRepository::ensureSite(qint64 customerId, const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sites(customer_id, name) VALUES (?, ?) "
                             "ON CONFLICT(customer_id, name) DO UPDATE SET name = name RETURNING id"));
    q.addBindValue(customerId);
    q.addBindValue(name.trimmed());
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Status InventoryRepository::writeTags(qint64 pbxId, const QStringList& tags)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM pbx_tags WHERE pbx_id = ?"));
    q.addBindValue(pbxId);
    if (!q.exec())
        return sqlError(q);
    for (const QString& tag : normalisedTags(tags)) {
        q.prepare(QStringLiteral("INSERT INTO pbx_tags(pbx_id, tag) VALUES (?, ?)"));
        q.addBindValue(pbxId);
        q.addBindValue(tag);
        if (!q.exec())
            return sqlError(q);
    }
    return {};
}

Status InventoryRepository::insertActivity(
    qint64 pbxId, const QString& pbxName, const QString& action, const QVariantMap& args)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO activity_log(pbx_id, pbx_name, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(pbxId > 0 ? QVariant(pbxId) : QVariant());
    q.addBindValue(text(pbxName));
    q.addBindValue(action);
    // The values go in as JSON and are put into words when shown (describeActivity).
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(args)).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<PbxRecord> InventoryRepository::checked(const PbxRecord& input)
{
    PbxRecord pbx = input;
    pbx.name = pbx.name.trimmed();
    pbx.host = pbx.host.trimmed();
    pbx.customer = pbx.customer.trimmed();
    pbx.site = pbx.site.trimmed();
    pbx.sshUser = pbx.sshUser.trimmed();
    pbx.amiUser = pbx.amiUser.trimmed();
    if (const QStringList problems = validatePbx(pbx); !problems.isEmpty())
        return Error { problems.join(QLatin1Char(' ')) };
    if (pbx.customer.isEmpty() && !pbx.site.isEmpty())
        return Error { QCoreApplication::translate(
            "Inventory", "A site belongs to a customer: choose the customer too.") };
    return pbx;
}

Result<QVariantList> InventoryRepository::columnValues(const PbxRecord& pbx)
{
    QVariant customerId, siteId;
    if (!pbx.customer.isEmpty()) {
        const Result<qint64> c = ensureCustomer(pbx.customer);
        if (!c)
            return Error { c.error() };
        customerId = c.value();
        if (!pbx.site.isEmpty()) {
            const Result<qint64> s = ensureSite(c.value(), pbx.site);
            if (!s)
                return Error { s.error() };
            siteId = s.value();
        }
    }
    // In the order of kPbxColumns.
    return QVariantList { text(pbx.name), customerId, siteId, text(pbx.host), QVariant(pbx.sshPort),
        text(pbx.sshUser), QVariant(sshAuthToString(pbx.sshAuth)), text(pbx.sshKeyPath),
        QVariant(pbx.amiPort), text(pbx.amiUser), QVariant(pbx.amiTls ? 1 : 0), text(pbx.notes),
        text(pbx.hostKeyFingerprint) };
}

Result<qint64> InventoryRepository::insertPbx(const PbxRecord& input)
{
    const Result<PbxRecord> pbx = checked(input);
    if (!pbx)
        return Error { pbx.error() };
    const Result<QVariantList> values = columnValues(pbx.value());
    if (!values)
        return Error { values.error() };
    const QStringList columns = pbxColumns();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO pbxs(%1, uuid) VALUES (%2, ?) RETURNING id")
                  .arg(columns.join(u','), QStringList(columns.size(), QStringLiteral("?")).join(u',')));
    for (const QVariant& v : values.value())
        q.addBindValue(v);
    // Always a new identity, even for a duplicated record: it names this PBX's secrets only.
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec() || !q.next())
        return sqlError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (const Status tags = writeTags(id, pbx->tags); !tags)
        return Error { tags.error() };
    return id;
}

Result<qint64> InventoryRepository::addPbx(const PbxRecord& pbx)
{
    return inTransaction([&]() -> Result<qint64> {
        const Result<qint64> id = insertPbx(pbx);
        if (!id)
            return id;
        if (const Status log = insertActivity(id.value(), pbx.name.trimmed(), QStringLiteral("pbx.add"),
                { { QStringLiteral("host"), pbx.host.trimmed() } });
            !log)
            return Error { log.error() };
        return id;
    });
}

Result<QList<qint64>> InventoryRepository::addPbxs(const QList<PbxRecord>& list, const QString& logAction)
{
    return inTransaction([&]() -> Result<QList<qint64>> {
        QList<qint64> ids;
        for (const PbxRecord& pbx : list) {
            const Result<qint64> id = insertPbx(pbx);
            if (!id)
                return Error { QStringLiteral("%1: %2").arg(pbx.name, id.error()) };
            if (const Status log = insertActivity(id.value(), pbx.name.trimmed(), logAction,
                    { { QStringLiteral("host"), pbx.host.trimmed() } });
                !log)
                return Error { log.error() };
            ids << id.value();
        }
        return ids;
    });
}

Status InventoryRepository::updatePbx(const PbxRecord& input)
{
    const Result<PbxRecord> checkedRecord = checked(input);
    if (!checkedRecord)
        return Error { checkedRecord.error() };
    const Result<PbxRecord> before = this->pbx(checkedRecord->id);
    if (!before)
        return Error { before.error() };
    return inTransaction([&]() -> Status {
        return writeUpdate(checkedRecord.value(), before.value(), QStringLiteral("pbx.edit"));
    });
}

Status InventoryRepository::importPbxs(
    const QList<PbxRecord>& adds, const QList<PbxRecord>& updates, const QString& logAction)
{
    QList<QPair<PbxRecord, PbxRecord>> checkedUpdates;
    for (const PbxRecord& input : updates) {
        const Result<PbxRecord> c = checked(input);
        if (!c)
            return Error { QStringLiteral("%1: %2").arg(input.name, c.error()) };
        const Result<PbxRecord> before = pbx(c->id);
        if (!before)
            return Error { QStringLiteral("%1: %2").arg(input.name, before.error()) };
        checkedUpdates << qMakePair(c.value(), before.value());
    }
    return inTransaction([&]() -> Status {
        for (const PbxRecord& pbx : adds) {
            const Result<qint64> id = insertPbx(pbx);
            if (!id)
                return Error { QStringLiteral("%1: %2").arg(pbx.name, id.error()) };
            if (const Status log = insertActivity(id.value(), pbx.name.trimmed(), logAction,
                    { { QStringLiteral("host"), pbx.host.trimmed() } });
                !log)
                return log;
        }
        for (const auto& [pbx, before] : checkedUpdates) {
            if (const Status s = writeUpdate(pbx, before, QStringLiteral("pbx.edit")); !s)
                return Error { QStringLiteral("%1: %2").arg(pbx.name, s.error()) };
        }
        return {};
    });
}

Status InventoryRepository::writeUpdate(const PbxRecord& pbx, const PbxRecord& b, const QString& action)
{
    const Result<QVariantList> values = columnValues(pbx);
    if (!values)
        return Error { values.error() };
    QStringList assignments;
    for (const QString& column : pbxColumns())
        assignments << column + QStringLiteral("=?");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE pbxs SET %1, updated_at=? WHERE id=?").arg(assignments.join(u',')));
    for (const QVariant& v : values.value())
        q.addBindValue(v);
    q.addBindValue(isoNow());
    q.addBindValue(pbx.id);
    if (!q.exec())
        return sqlError(q);
    if (const Status tags = writeTags(pbx.id, pbx.tags); !tags)
        return tags;
    QStringList changed;
    auto note = [&](bool differs, const char* field) {
        if (differs)
            changed << QLatin1String(field);
    };
    note(b.name != pbx.name, "name");
    note(b.customer != pbx.customer || b.site != pbx.site, "placement");
    note(b.host != pbx.host || b.sshPort != pbx.sshPort, "address");
    note(b.sshUser != pbx.sshUser || b.sshAuth != pbx.sshAuth || b.sshKeyPath != pbx.sshKeyPath, "ssh");
    note(b.amiPort != pbx.amiPort || b.amiUser != pbx.amiUser || b.amiTls != pbx.amiTls, "ami");
    note(normalisedTags(b.tags) != normalisedTags(pbx.tags), "tags");
    note(b.notes != pbx.notes, "notes");
    note(b.hostKeyFingerprint != pbx.hostKeyFingerprint, "hostkey");
    return insertActivity(pbx.id, pbx.name, action, { { QStringLiteral("changed"), changed } });
}

Status InventoryRepository::removePbx(qint64 id)
{
    const Result<PbxRecord> existing = pbx(id);
    if (!existing)
        return Error { existing.error() };
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM pbxs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        return insertActivity(
            id, existing->name, QStringLiteral("pbx.remove"), { { QStringLiteral("host"), existing->host } });
    });
}

Status InventoryRepository::pinHostKey(qint64 id, const QString& fingerprint)
{
    const Result<PbxRecord> existing = pbx(id);
    if (!existing)
        return Error { existing.error() };
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE pbxs SET host_key_fingerprint = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(fingerprint);
        q.addBindValue(isoNow());
        q.addBindValue(id);
        if (!q.exec())
            return sqlError(q);
        return insertActivity(id, existing->name, QStringLiteral("hostkey.pin"),
            { { QStringLiteral("old"), existing->hostKeyFingerprint },
                { QStringLiteral("new"), fingerprint } });
    });
}

Status InventoryRepository::recordCheck(qint64 id, const LastCheck& check)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE pbxs SET last_check_state=?, last_check_at=?, last_check_detail=? WHERE id=?"));
    q.addBindValue(text(check.state));
    q.addBindValue(text(check.at.toUTC().toString(Qt::ISODate)));
    q.addBindValue(text(check.detail));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<LastCheck> InventoryRepository::lastCheck(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT last_check_state, last_check_at, last_check_detail FROM pbxs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error { QCoreApplication::translate("Inventory", "There is no PBX with id %1.").arg(id) };
    return LastCheck { q.value(0).toString(), fromIso(q.value(1).toString()), q.value(2).toString() };
}

Result<QHash<qint64, LastCheck>> InventoryRepository::lastChecks() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, last_check_state, last_check_at, last_check_detail FROM pbxs "
                               "WHERE last_check_state <> ''")))
        return sqlError(q);
    QHash<qint64, LastCheck> checks;
    while (q.next())
        checks.insert(q.value(0).toLongLong(),
            LastCheck { q.value(1).toString(), fromIso(q.value(2).toString()), q.value(3).toString() });
    return checks;
}

Result<QStringList> InventoryRepository::customers() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM customers ORDER BY name COLLATE NOCASE")))
        return sqlError(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<QList<Site>> InventoryRepository::sites() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT s.id, c.name, s.name FROM sites s JOIN customers c ON c.id = s.customer_id "
            "ORDER BY c.name COLLATE NOCASE, s.name COLLATE NOCASE")))
        return sqlError(q);
    QList<Site> list;
    while (q.next())
        list << Site { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
    return list;
}

Status InventoryRepository::addCustomer(const QString& name)
{
    if (name.trimmed().isEmpty())
        return Error { QCoreApplication::translate("Inventory", "The customer's name is required.") };
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO customers(name) VALUES (?)"));
        q.addBindValue(name.trimmed());
        if (!q.exec())
            return sqlError(q);
        return insertActivity(
            0, QString(), QStringLiteral("customer.add"), { { QStringLiteral("customer"), name.trimmed() } });
    });
}

Status InventoryRepository::addSite(const QString& customer, const QString& name)
{
    if (customer.trimmed().isEmpty() || name.trimmed().isEmpty())
        return Error { QCoreApplication::translate("Inventory", "A site needs a customer and a name.") };
    return inTransaction([&]() -> Status {
        const Result<qint64> c = ensureCustomer(customer);
        if (!c)
            return Error { c.error() };
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO sites(customer_id, name) VALUES (?, ?)"));
        q.addBindValue(c.value());
        q.addBindValue(name.trimmed());
        if (!q.exec())
            return sqlError(q);
        return insertActivity(0, QString(), QStringLiteral("site.add"),
            { { QStringLiteral("site"), name.trimmed() },
                { QStringLiteral("customer"), customer.trimmed() } });
    });
}

Status InventoryRepository::removeCustomer(const QString& name)
{
    return inTransaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM customers WHERE name = ? COLLATE NOCASE"));
        q.addBindValue(name.trimmed());
        if (!q.exec())
            return Error { QCoreApplication::translate(
                "Inventory", "The customer %1 still has PBXs; move or remove them first.")
                               .arg(name) };
        if (q.numRowsAffected() == 0)
            return Error {
                QCoreApplication::translate("Inventory", "There is no customer named \"%1\".").arg(name)
            };
        return insertActivity(0, QString(), QStringLiteral("customer.remove"),
            { { QStringLiteral("customer"), name.trimmed() } });
    });
}

Status InventoryRepository::logActivity(
    qint64 pbxId, const QString& pbxName, const QString& action, const QVariantMap& args)
{
    return insertActivity(pbxId, pbxName, action, args);
}

Result<QList<ActivityEntry>> InventoryRepository::activity(int limit, qint64 pbxId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, at, coalesce(pbx_id, 0), pbx_name, action, detail FROM activity_log "
                             "WHERE (? = 0 OR pbx_id = ?) ORDER BY id DESC LIMIT ?"));
    q.addBindValue(pbxId);
    q.addBindValue(pbxId);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q);
    QList<ActivityEntry> list;
    while (q.next()) {
        ActivityEntry e { q.value(0).toLongLong(), fromIso(q.value(1).toString()), q.value(2).toLongLong(),
            q.value(3).toString(), q.value(4).toString(), {} };
        const QString detail = q.value(5).toString();
        const QJsonDocument json = QJsonDocument::fromJson(detail.toUtf8());
        if (json.isObject())
            e.args = json.object().toVariantMap();
        else if (!detail.isEmpty())
            e.args.insert(QStringLiteral("text"), detail);
        list << e;
    }
    return list;
}

} // namespace pbxwarden::inventory
