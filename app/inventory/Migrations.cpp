#include "inventory/Migrations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pbxwarden::inventory {
namespace {

// A random (version 4) UUID in SQL, evaluated once per row; SQLite's randomblob() is seeded from the OS.
#define PBXW_UUID_SQL                                                                                        \
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' " \
    "|| substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || "              \
    "hex(randomblob(6)))"

// migration N brings the schema from N-1 to N.
const char* const kMigrations[] = {
    // 1: customers, sites, PBXs, tags, the activity log.
    R"SQL(
CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE sites (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    UNIQUE (customer_id, name)
);
CREATE TABLE pbxs (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    customer_id INTEGER REFERENCES customers(id) ON DELETE RESTRICT,
    site_id INTEGER REFERENCES sites(id) ON DELETE RESTRICT,
    host TEXT NOT NULL CHECK (length(host) > 0),
    ssh_port INTEGER NOT NULL DEFAULT 22 CHECK (ssh_port BETWEEN 1 AND 65535),
    ssh_user TEXT NOT NULL DEFAULT 'root',
    ssh_auth TEXT NOT NULL DEFAULT 'agent' CHECK (ssh_auth IN ('agent', 'key', 'password')),
    ssh_key_path TEXT NOT NULL DEFAULT '',
    ami_port INTEGER NOT NULL DEFAULT 5038 CHECK (ami_port BETWEEN 1 AND 65535),
    ami_user TEXT NOT NULL DEFAULT '',
    ami_tls INTEGER NOT NULL DEFAULT 0 CHECK (ami_tls IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    host_key_fingerprint TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
);
CREATE TABLE pbx_tags (
    pbx_id INTEGER NOT NULL REFERENCES pbxs(id) ON DELETE CASCADE,
    tag TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (pbx_id, tag)
);
CREATE TABLE activity_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    pbx_id INTEGER,
    pbx_name TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activity_log_pbx ON activity_log(pbx_id, at);
)SQL",
    // 2: the last connection check per PBX, shown in the fleet table.
    R"SQL(
ALTER TABLE pbxs ADD COLUMN last_check_state TEXT NOT NULL DEFAULT '';
ALTER TABLE pbxs ADD COLUMN last_check_at TEXT NOT NULL DEFAULT '';
ALTER TABLE pbxs ADD COLUMN last_check_detail TEXT NOT NULL DEFAULT '';
)SQL",
    // 3: audits: score, grade, findings and the facts they came from (compressed, secrets removed).
    R"SQL(
CREATE TABLE audits (
    id INTEGER PRIMARY KEY,
    pbx_id INTEGER NOT NULL REFERENCES pbxs(id) ON DELETE CASCADE,
    assessed_at TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    grade TEXT NOT NULL,
    facts BLOB,
    findings_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX audits_pbx ON audits(pbx_id, assessed_at);
)SQL",
    // 4: random identities that name keychain entries. Row ids are reused by SQLite after a delete
    // and repeat across inventory files, so a secret named by one could reach another PBX.
    // legacy_secrets lists the PBXs whose entries still carry the old name (pbx/<id>/<purpose>)
    // until secrets/ has moved them.
    R"SQL(
CREATE TABLE inventory_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL CHECK (length(uuid) = 36)
);
INSERT INTO inventory_identity (id, uuid) VALUES (1, )SQL" PBXW_UUID_SQL R"SQL();
ALTER TABLE pbxs ADD COLUMN uuid TEXT NOT NULL DEFAULT '';
UPDATE pbxs SET uuid = )SQL" PBXW_UUID_SQL R"SQL(;
CREATE UNIQUE INDEX pbxs_uuid ON pbxs(uuid);
CREATE TABLE legacy_secrets (
    pbx_id INTEGER PRIMARY KEY REFERENCES pbxs(id) ON DELETE CASCADE
);
INSERT INTO legacy_secrets (pbx_id) SELECT id FROM pbxs;
)SQL",
    // 5: changes made to PBXs through the change engine (diff masked, outcome, journal state).
    R"SQL(
CREATE TABLE changes (
    id TEXT PRIMARY KEY,
    pbx_id INTEGER REFERENCES pbxs(id) ON DELETE SET NULL,
    pbx_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
    outcome TEXT NOT NULL,
    journal_state TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    diff TEXT NOT NULL DEFAULT '',
    steps_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX changes_pbx ON changes(pbx_id, created_at);
)SQL",
};

static_assert(std::size(kMigrations) == kSchemaVersion, "one migration per schema version");

Status execScript(QSqlDatabase& db, const QString& script)
{
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement))
            return Error { query.lastError().text() };
    }
    return {};
}

} // namespace

Status migrate(QSqlDatabase& db, int fromVersion, int toVersion)
{
    if (fromVersion >= toVersion)
        return {};
    if (!db.transaction())
        return Error { QCoreApplication::translate("Database", "Could not start the upgrade: %1")
                           .arg(db.lastError().text()) };
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        const Status step = execScript(db, QString::fromUtf8(kMigrations[version - 1]));
        if (!step) {
            db.rollback();
            return Error { QCoreApplication::translate(
                "Database", "Upgrading the inventory to version %1 failed: %2")
                               .arg(version)
                               .arg(step.error()) };
        }
        qCInfo(lcInventory) << "migrated inventory schema to version" << version;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))
        || !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))) {
        db.rollback();
        return Error { query.lastError().text() };
    }
    if (!db.commit()) {
        db.rollback();
        return Error { db.lastError().text() };
    }
    return {};
}

} // namespace pbxwarden::inventory
