#include "fleet/CredentialFetcher.h"

#include "secrets/SecretKey.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace pbxwarden::ui {
namespace {

struct Batch
{
    QList<FetchedCredentials> items;
    int outstanding = 0;
    QPointer<QObject> context;
    CredentialFetcher::Done done;

    void oneDone()
    {
        if (--outstanding == 0 && context)
            done(items);
    }
};

} // namespace

ssh::Credentials CredentialFetcher::baseCredentials(const PbxRecord& pbx)
{
    ssh::Credentials c;
    c.method = pbx.sshAuth;
    c.keyPath = pbx.sshKeyPath;
    return c;
}

void CredentialFetcher::fetch(secrets::SecretStore* store, const QList<PbxRecord>& pbxs, int what,
    QObject* context, Done done, const QString& typedSecret)
{
    auto batch = std::make_shared<Batch>();
    batch->context = context;
    batch->done = std::move(done);
    // One extra count held until every read is started, so a store answering at once cannot finish early.
    batch->outstanding = 1;
    for (const PbxRecord& pbx : pbxs) {
        FetchedCredentials item;
        item.pbx = pbx;
        item.ssh = baseCredentials(pbx);
        batch->items << item;
    }
    for (int i = 0; i < batch->items.size(); ++i) {
        FetchedCredentials& item = batch->items[i];
        const PbxRecord& pbx = item.pbx;
        if ((what & Ssh) && pbx.sshAuth != SshAuth::Agent) {
            const bool password = pbx.sshAuth == SshAuth::Password;
            if (!typedSecret.isEmpty()) {
                (password ? item.ssh.password : item.ssh.keyPassphrase) = typedSecret;
            } else if (!store || pbx.id <= 0) {
                if (password)
                    item.problem = item.sshProblem = QCoreApplication::translate(
                        "CredentialFetcher", "no SSH password: type it in, or keep it in the keychain");
            } else {
                ++batch->outstanding;
                const auto purpose = password ? secrets::SecretPurpose::SshPassword
                                              : secrets::SecretPurpose::SshKeyPassphrase;
                store->read(
                    secrets::secretKey(pbx, purpose), [batch, i, password](Result<secrets::SecretLookup> r) {
                        FetchedCredentials& it = batch->items[i];
                        if (!r) {
                            if (password)
                                it.problem = it.sshProblem = QCoreApplication::translate("CredentialFetcher",
                                    "the SSH password cannot be read from the keychain: %1")
                                                                 .arg(r.error());
                        } else if (r->found) {
                            (password ? it.ssh.password : it.ssh.keyPassphrase) = r->value;
                        } else if (password) {
                            it.problem = it.sshProblem = QCoreApplication::translate("CredentialFetcher",
                                "no SSH password in the keychain: edit the PBX and type it in");
                        }
                        batch->oneDone();
                    });
            }
        }
        if (what & Ami) {
            if (pbx.amiUser.isEmpty()) {
                item.problem = item.amiProblem
                    = QCoreApplication::translate("CredentialFetcher", "no AMI user set");
            } else if (!store || pbx.id <= 0) {
                item.problem = item.amiProblem
                    = QCoreApplication::translate("CredentialFetcher", "no AMI secret: no keychain");
            } else {
                ++batch->outstanding;
                store->read(secrets::secretKey(pbx, secrets::SecretPurpose::AmiSecret),
                    [batch, i](Result<secrets::SecretLookup> r) {
                        FetchedCredentials& it = batch->items[i];
                        if (!r)
                            it.problem = it.amiProblem = QCoreApplication::translate(
                                "CredentialFetcher", "the AMI secret cannot be read from the keychain: %1")
                                                             .arg(r.error());
                        else if (!r->found)
                            it.problem = it.amiProblem = QCoreApplication::translate("CredentialFetcher",
                                "no AMI secret in the keychain: edit the PBX and type it in");
                        else
                            it.amiSecret = r->value;
                        batch->oneDone();
                    });
            }
        }
    }
    // The last count is released from the event loop: done never runs inside this call.
    QMetaObject::invokeMethod(
        context, [batch] { batch->oneDone(); }, Qt::QueuedConnection);
}

} // namespace pbxwarden::ui
