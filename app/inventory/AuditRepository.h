#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pbxwarden::inventory {
class Database;

// One stored audit of one PBX (schema 3, table audits).
struct AuditRecord
{
    qint64 id = 0;
    qint64 pbxId = 0;
    QDateTime assessedAt;
    int score = 0;
    QString grade;
    // FactBundle::compressed(): secrets already removed.
    QByteArray facts;
    QString findingsJson;
};

// How much of an audit could be assessed: logged with it, so the activity log says "partial" too.
struct AuditCoverage
{
    int checks = 0;
    int notAssessed = 0;
};

// The audit history of the fleet. Each insert is logged in the activity log in the same transaction.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db);

    Result<qint64> add(const AuditRecord& audit, const QString& pbxName, const AuditCoverage& coverage = {});
    // Newest first; facts are left out unless withFacts (they are the big part).
    Result<QList<AuditRecord>> history(qint64 pbxId, int limit = 100, bool withFacts = false) const;
    // The newest audit, or an AuditRecord with id 0 when the PBX was never audited.
    Result<AuditRecord> latest(qint64 pbxId, bool withFacts = false) const;

private:
    Database& m_db;
};

} // namespace pbxwarden::inventory
