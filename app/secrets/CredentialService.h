#pragma once

#include "core/PbxRecord.h"
#include "core/Secret.h"
#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"
#include "ssh/Credentials.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace pbxwarden::secrets {

// Why one kind of secret of one PBX is not ready, by kind, so each face can say what to do.
struct CredentialProblem
{
    enum class Kind
    {
        None,
        // No store at all (no keychain, and the user did not choose session-only secrets).
        NoStore,
        // Not saved yet (a duplicate has no id: its secrets must be typed).
        NotSaved,
        // The store answered: nothing under that key.
        NotFound,
        // The store failed (locked keyring, D-Bus error...).
        ReadFailed,
        // AMI only: the PBX has no AMI user.
        NoAmiUser
    };
    Kind kind = Kind::None;
    QString message;

    bool ok() const { return kind == Kind::None; }
};

// Secrets as a form or a command line has them: empty means "not given" (fetch looks it up, store
// leaves what is kept).
struct GivenSecrets
{
    Secret ssh; // the SSH password or key passphrase, by the PBX's auth method
    Secret sudo;
    Secret ami;
};

// What a job needs to log in to one PBX: ready-to-use SSH credentials and the AMI secret.
struct PbxCredentials
{
    PbxRecord pbx;
    ssh::Credentials ssh;
    Secret amiSecret;
    CredentialProblem sshProblem;
    CredentialProblem amiProblem;

    bool sshReady() const { return sshProblem.ok(); }
    bool amiReady() const { return amiProblem.ok(); }
    // The first problem of what was asked for, in words; empty when everything asked is ready.
    QString problem() const { return !sshProblem.ok() ? sshProblem.message : amiProblem.message; }
};

// What could not be removed from the store, one line per secret, so the caller can tell the user
// (a secret left behind could be sent to a later PBX: see issue 11).
struct SecretRemoval
{
    struct Leftover
    {
        SecretPurpose purpose;
        QString error;
    };
    qint64 pbxId = 0;
    QList<Leftover> leftovers;

    bool complete() const { return leftovers.isEmpty(); }
    // "SSH password: <why>; AMI secret: <why>".
    QString describe() const;
};

// What was not stored, by purpose.
struct SecretWrite
{
    QList<SecretRemoval::Leftover> failures;
    bool complete() const { return failures.isEmpty(); }
    QString describe() const;
};

// The one place where the engine turns a PbxRecord into credentials and back: it reads, writes and
// removes a PBX's secrets in the SecretStore. Asynchronous throughout (keyrings answer over D-Bus
// and may prompt): every callback runs later on the context's thread, never inside the call, and
// not at all when the context is gone.
class CredentialService : public QObject
{
    Q_OBJECT
public:
    enum What
    {
        Ssh = 1,
        Ami = 2
    };
    using Fetched = std::function<void(const QList<PbxCredentials>&)>;

    explicit CredentialService(SecretStore* store = nullptr, QObject* parent = nullptr);

    // The store can change while the app runs (keychain found later, session-only chosen).
    void setStore(SecretStore* store);
    SecretStore* store() const { return m_store; }

    // Secrets typed in a form (non-empty ssh, sudo) are used as they are and not looked up. With Ssh,
    // a login that is not root also gets its sudo password, when one is kept.
    void fetch(const QList<PbxRecord>& pbxs, int what, QObject* context, Fetched done,
        const GivenSecrets& typed = {}) const;

    // Writes the non-empty secrets of a saved PBX (the SSH one under the purpose its auth method uses).
    void store(const PbxRecord& pbx, const GivenSecrets& secrets, QObject* context,
        std::function<void(const SecretWrite&)> done) const;

    // Which secrets the store holds for a saved PBX (the values are read and dropped at once), so a
    // form can say "stored" or "not stored" as the store has it; error: the store could not say.
    struct Stored
    {
        QList<SecretPurpose> purposes;
        QString error;
        bool has(SecretPurpose p) const { return purposes.contains(p); }
    };
    void stored(const PbxRecord& pbx, QObject* context, std::function<void(const Stored&)> done) const;

    // Removes these secrets of a PBX (an absent one is not an error).
    void remove(const PbxRecord& pbx, const QList<SecretPurpose>& purposes, QObject* context,
        std::function<void(const SecretRemoval&)> done) const;
    // Removes every secret a PBX can have, whatever its auth method is now.
    void removeAll(
        const PbxRecord& pbx, QObject* context, std::function<void(const SecretRemoval&)> done) const;

    // The non-secret part: method and key path from the inventory.
    static ssh::Credentials baseCredentials(const PbxRecord& pbx);
    // The purpose the SSH secret of this auth method is kept under (agent logins keep none).
    static SecretPurpose sshPurpose(SshAuth auth);

private:
    QPointer<SecretStore> m_store;
};

} // namespace pbxwarden::secrets
