#pragma once

#include "core/PbxRecord.h"
#include "core/Result.h"
#include "inventory/ActivityEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::inventory {
class Database;

struct Site
{
    qint64 id = 0;
    QString customer;
    QString name;
};

struct LastCheck
{
    QString state; // "ok", "failed", or empty when never checked
    QDateTime at;
    QString detail;
};

// Customers, sites and PBXs, and the activity log that records every change to them.
// Every write runs in one transaction together with its log line.
class InventoryRepository
{
public:
    explicit InventoryRepository(Database& db);

    Result<QList<PbxRecord>> pbxs() const;
    Result<PbxRecord> pbx(qint64 id) const;
    Result<PbxRecord> pbxByName(const QString& name) const;
    // This inventory file's random identity (created with the file or by migration 4).
    Result<QString> inventoryUuid() const;
    // PBXs whose keychain entries may still carry the pre-identity names (pbx/<id>/<purpose>); the
    // caller moves them (secrets/LegacySecrets.h) and then forgets the ones that moved.
    Result<QList<PbxRecord>> pbxsWithLegacySecrets() const;
    Status forgetLegacySecrets(const QList<qint64>& pbxIds);

    // Creates the customer and site on the way when they are new.
    Result<qint64> addPbx(const PbxRecord& pbx);
    Status updatePbx(const PbxRecord& pbx);
    Status removePbx(qint64 id);
    // A CSV import with --update: adds and updates in one transaction, all or nothing.
    Status importPbxs(
        const QList<PbxRecord>& adds, const QList<PbxRecord>& updates, const QString& logAction);
    // Adds many in one transaction: all or nothing.
    Result<QList<qint64>> addPbxs(const QList<PbxRecord>& list, const QString& logAction);

    Status pinHostKey(qint64 id, const QString& fingerprint);
    Status recordCheck(qint64 id, const LastCheck& check);
    Result<LastCheck> lastCheck(qint64 id) const;
    Result<QHash<qint64, LastCheck>> lastChecks() const;

    Result<QStringList> customers() const;
    Result<QList<Site>> sites() const;
    Status addCustomer(const QString& name);
    Status addSite(const QString& customer, const QString& name);
    // Refused while PBXs still belong to it.
    Status removeCustomer(const QString& name);

    Status logActivity(qint64 pbxId, const QString& pbxName, const QString& action, const QVariantMap& args);
    Result<QList<ActivityEntry>> activity(int limit = 500, qint64 pbxId = 0) const;

private:
    // Trimmed and validated, or why not.
    static Result<PbxRecord> checked(const PbxRecord& pbx);
    // The values of the pbxs columns, creating the customer and site when new.
    Result<QVariantList> columnValues(const PbxRecord& pbx);
    Result<qint64> insertPbx(const PbxRecord& pbx);
    Result<qint64> ensureCustomer(const QString& name);
    Result<qint64> ensureSite(qint64 customerId, const QString& name);
    Status writeTags(qint64 pbxId, const QStringList& tags);
    Status insertActivity(
        qint64 pbxId, const QString& pbxName, const QString& action, const QVariantMap& args);
    // The UPDATE and its log line, inside a transaction the caller holds.
    Status writeUpdate(const PbxRecord& pbx, const PbxRecord& before, const QString& action);
    template<typename F>
    auto inTransaction(F&& body) -> decltype(body());

    Database& m_db;
};

} // namespace pbxwarden::inventory
