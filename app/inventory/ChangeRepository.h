#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pbxwarden::inventory {
class Database;

// What the console keeps of one change to one PBX (schema 5, table changes): enough to list it,
// show its diff (secrets masked) and undo it later. File contents are not kept here: they may hold
// secrets, and the PBX's journal has them.
struct ChangeRecord
{
    // The plan's id, also the journal's name on the PBX.
    QString id;
    qint64 pbxId = 0;
    QString pbxName;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Machine words: "applied", "refused", "invalid", "rolled-back", "rollback-failed", "interrupted",
    // "undone".
    QString outcome;
    QString journalState;
    QString message;
    // Unified diff of every file, secrets masked.
    QString diff;
    // [{"step": "...", "ok": true, "message": "..."}], in order.
    QString stepsJson;
};

// The change history of the fleet. Each write also goes to the activity log, in the same transaction.
class ChangeRepository
{
public:
    explicit ChangeRepository(Database& db);

    // Inserts the change, or updates it when its id is known (finished, rolled back, undone later).
    // action names the activity line: "apply", "finish", "rollback", "undo".
    Status save(const ChangeRecord& record, const QString& action);
    // Newest first; pbxId 0: every PBX.
    Result<QList<ChangeRecord>> list(qint64 pbxId = 0, int limit = 200) const;
    // A ChangeRecord with an empty id when there is none.
    Result<ChangeRecord> find(const QString& id) const;

private:
    Database& m_db;
};

} // namespace pbxwarden::inventory
