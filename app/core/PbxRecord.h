#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pbxwarden {

enum class SshAuth
{
    Agent,
    KeyFile,
    Password
};

QString sshAuthToString(SshAuth auth);
// Accepts the CLI/CSV spellings: "agent", "key", "password".
std::optional<SshAuth> sshAuthFromString(const QString& text);

// One PBX of the fleet, as the inventory knows it. Holds no secrets: those live in the keychain,
// named by the PBX's and its inventory's identities (see secrets/SecretKey.h).
struct PbxRecord
{
    qint64 id = 0;
    QString name;
    QString customer;
    QString site;
    QStringList tags;
    QString host;
    int sshPort = 22;
    QString sshUser = QStringLiteral("root");
    SshAuth sshAuth = SshAuth::Agent;
    QString sshKeyPath;
    int amiPort = 5038;
    QString amiUser;
    bool amiTls = false;
    QString notes;
    QString hostKeyFingerprint; // "SHA256:..." once pinned
    QDateTime createdAt;
    QDateTime updatedAt;
    // Random identities (UUIDs) that name the keychain entries, set by the inventory: the PBX's own
    // (never reused, unlike a SQLite row id) and its inventory file's (two inventories never share
    // entries). Not compared by ==: they say where a record is stored, not what it holds.
    QString uuid;
    QString inventoryUuid;

    bool operator==(const PbxRecord& other) const;
};

} // namespace pbxwarden

Q_DECLARE_METATYPE(pbxwarden::PbxRecord)
