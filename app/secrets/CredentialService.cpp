#include "secrets/CredentialService.h"

#include "core/ProcessHardening.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <memory>

namespace pbxwarden::secrets {
namespace {

// Collects many asynchronous answers and hands them over once, from the event loop.
template<typename T>
struct Batch
{
    T result;
    int outstanding = 1; // held until every request is started, so an instant answer cannot finish early
    QPointer<QObject> context;
    std::function<void(const T&)> done;

    void oneDone()
    {
        if (--outstanding == 0 && context)
            done(result);
    }
    // The last count is released from the event loop: done never runs inside the caller's call.
    static void release(const std::shared_ptr<Batch>& batch)
    {
        QMetaObject::invokeMethod(
            batch->context ? batch->context.data() : QCoreApplication::instance(),
            [batch] { batch->oneDone(); }, Qt::QueuedConnection);
    }
};

QString joinLeftovers(const QList<SecretRemoval::Leftover>& list)
{
    QStringList lines;
    for (const auto& l : list)
        lines << QStringLiteral("%1: %2").arg(purposeName(l.purpose), l.error);
    return lines.join(QStringLiteral("; "));
}

} // namespace

QString SecretRemoval::describe() const
{
    return joinLeftovers(leftovers);
}

QString SecretWrite::describe() const
{
    return joinLeftovers(failures);
}

CredentialService::CredentialService(SecretStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

void CredentialService::setStore(SecretStore* store)
{
    m_store = store;
}

ssh::Credentials CredentialService::baseCredentials(const PbxRecord& pbx)
{
    ssh::Credentials c;
    c.method = pbx.sshAuth;
    c.keyPath = pbx.sshKeyPath;
    return c;
}

SecretPurpose CredentialService::sshPurpose(SshAuth auth)
{
    return auth == SshAuth::KeyFile ? SecretPurpose::SshKeyPassphrase : SecretPurpose::SshPassword;
}

void CredentialService::fetch(
    const QList<PbxRecord>& pbxs, int what, QObject* context, Fetched done, const GivenSecrets& typed) const
{
    using Items = QList<PbxCredentials>;
    auto batch = std::make_shared<Batch<Items>>();
    batch->context = context;
    batch->done = std::move(done);
    for (const PbxRecord& pbx : pbxs) {
        PbxCredentials item;
        item.pbx = pbx;
        item.ssh = baseCredentials(pbx);
        batch->result << item;
    }
    SecretStore* store = m_store;
    for (int i = 0; i < batch->result.size(); ++i) {
        PbxCredentials& item = batch->result[i];
        const PbxRecord& pbx = item.pbx;
        if ((what & Ssh) && pbx.sshAuth != SshAuth::Agent) {
            // A key without a passphrase is normal: only a password login needs its secret.
            const bool password = pbx.sshAuth == SshAuth::Password;
            if (!typed.ssh.isEmpty()) {
                (password ? item.ssh.password : item.ssh.keyPassphrase) = typed.ssh;
            } else if (!store || pbx.id <= 0) {
                if (password)
                    item.sshProblem
                        = { store ? CredentialProblem::Kind::NotSaved : CredentialProblem::Kind::NoStore,
                              tr("no SSH password: type it in, or keep it in the keychain") };
            } else {
                ++batch->outstanding;
                store->read(
                    secretKey(pbx, sshPurpose(pbx.sshAuth)), [batch, i, password](Result<SecretLookup> r) {
                        PbxCredentials& it = batch->result[i];
                        if (!r) {
                            if (password)
                                it.sshProblem = {
                                    CredentialProblem::Kind::ReadFailed,
                                    tr("the SSH password cannot be read from the keychain: %1").arg(r.error())
                                };
                        } else if (r->found) {
                            (password ? it.ssh.password : it.ssh.keyPassphrase)
                                = Secret::take(r.value().value);
                        } else if (password) {
                            it.sshProblem = { CredentialProblem::Kind::NotFound,
                                tr("no SSH password in the keychain: edit the PBX and type it in") };
                        }
                        batch->oneDone();
                    });
            }
        }
        // sudo's own password, when the login is not root. None kept is not a problem here: sudo may
        // need none (NOPASSWD) or take the login password; the session asks sudo and says which.
        if ((what & Ssh) && pbx.sshUser != u"root") {
            if (!typed.sudo.isEmpty()) {
                item.ssh.sudoPassword = typed.sudo;
            } else if (store && pbx.id > 0) {
                ++batch->outstanding;
                store->read(secretKey(pbx, SecretPurpose::SudoPassword), [batch, i](Result<SecretLookup> r) {
                    if (r && r->found)
                        batch->result[i].ssh.sudoPassword = Secret::take(r.value().value);
                    batch->oneDone();
                });
            }
        }
        if (what & Ami) {
            if (pbx.amiUser.isEmpty()) {
                item.amiProblem = { CredentialProblem::Kind::NoAmiUser, tr("no AMI user set") };
            } else if (!store || pbx.id <= 0) {
                item.amiProblem
                    = { store ? CredentialProblem::Kind::NotSaved : CredentialProblem::Kind::NoStore,
                          tr("no AMI secret: no keychain") };
            } else {
                ++batch->outstanding;
                store->read(secretKey(pbx, SecretPurpose::AmiSecret), [batch, i](Result<SecretLookup> r) {
                    PbxCredentials& it = batch->result[i];
                    if (!r)
                        it.amiProblem = { CredentialProblem::Kind::ReadFailed,
                            tr("the AMI secret cannot be read from the keychain: %1").arg(r.error()) };
                    else if (!r->found)
                        it.amiProblem = { CredentialProblem::Kind::NotFound,
                            tr("no AMI secret in the keychain: edit the PBX and type it in") };
                    else
                        it.amiSecret = Secret::take(r.value().value);
                    batch->oneDone();
                });
            }
        }
    }
    Batch<Items>::release(batch);
}

void CredentialService::store(const PbxRecord& pbx, const GivenSecrets& secrets, QObject* context,
    std::function<void(const SecretWrite&)> done) const
{
    auto batch = std::make_shared<Batch<SecretWrite>>();
    batch->context = context;
    batch->done = std::move(done);
    SecretStore* store = m_store;
    const QList<QPair<SecretPurpose, Secret>> items { { sshPurpose(pbx.sshAuth), secrets.ssh },
        { SecretPurpose::SudoPassword, secrets.sudo }, { SecretPurpose::AmiSecret, secrets.ami } };
    for (const auto& [purpose, secret] : items) {
        if (secret.isEmpty())
            continue;
        if (!store) {
            batch->result.failures << SecretRemoval::Leftover { purpose, tr("no keychain to keep it in") };
            continue;
        }
        // Only a record read from the inventory carries the identities that name its secrets.
        if (secretKey(pbx, purpose).isEmpty()) {
            batch->result.failures << SecretRemoval::Leftover { purpose, noIdentityError() };
            continue;
        }
        ++batch->outstanding;
        // The keychain's API takes text: this copy lives only for the call.
        QString text = secret.reveal();
        store->write(secretKey(pbx, purpose), text, [batch, purpose = purpose](Status stored) {
            if (!stored)
                batch->result.failures << SecretRemoval::Leftover { purpose, stored.error() };
            batch->oneDone();
        });
        wipeSecret(text);
    }
    Batch<SecretWrite>::release(batch);
}

void CredentialService::stored(
    const PbxRecord& pbx, QObject* context, std::function<void(const Stored&)> done) const
{
    auto batch = std::make_shared<Batch<Stored>>();
    batch->context = context;
    batch->done = std::move(done);
    SecretStore* store = m_store;
    if (!store)
        batch->result.error = tr("no keychain");
    else if (pbx.id <= 0 || secretKey(pbx, SecretPurpose::SshPassword).isEmpty())
        batch->result.error = noIdentityError();
    else {
        for (SecretPurpose purpose : allPurposes()) {
            ++batch->outstanding;
            store->read(secretKey(pbx, purpose), [batch, purpose](Result<SecretLookup> r) {
                if (!r)
                    batch->result.error = r.error();
                else if (r->found)
                    batch->result.purposes << purpose;
                // Only whether it is there matters here: the value goes now.
                if (r)
                    wipeSecret(r.value().value);
                batch->oneDone();
            });
        }
    }
    Batch<Stored>::release(batch);
}

void CredentialService::remove(const PbxRecord& pbx, const QList<SecretPurpose>& purposes, QObject* context,
    std::function<void(const SecretRemoval&)> done) const
{
    auto batch = std::make_shared<Batch<SecretRemoval>>();
    batch->context = context;
    batch->done = std::move(done);
    batch->result.pbxId = pbx.id;
    // No store: nothing could have been kept for this run, so there is nothing to leave behind.
    if (SecretStore* store = m_store) {
        for (SecretPurpose purpose : purposes) {
            ++batch->outstanding;
            store->remove(secretKey(pbx, purpose), [batch, purpose](Status gone) {
                if (!gone)
                    batch->result.leftovers << SecretRemoval::Leftover { purpose, gone.error() };
                batch->oneDone();
            });
        }
    }
    Batch<SecretRemoval>::release(batch);
}

void CredentialService::removeAll(
    const PbxRecord& pbx, QObject* context, std::function<void(const SecretRemoval&)> done) const
{
    remove(pbx, allPurposes(), context, std::move(done));
}

} // namespace pbxwarden::secrets
