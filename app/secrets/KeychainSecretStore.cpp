#include "secrets/KeychainSecretStore.h"

#include "core/Logging.h"
#include "secrets/SecretKey.h"

#include <QCoreApplication>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

namespace pbxwarden::secrets {
namespace {

QString explain(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return QCoreApplication::translate("Secrets", "The keychain has no such entry.");
    case QKeychain::CouldNotDeleteEntry:
        return QCoreApplication::translate("Secrets", "The keychain could not delete the entry (%1).")
            .arg(job.errorString());
    case QKeychain::AccessDeniedByUser:
        return QCoreApplication::translate("Secrets", "Access to the keychain was denied.");
    case QKeychain::AccessDenied:
        return QCoreApplication::translate("Secrets", "The keychain refused access; it may be locked (%1).")
            .arg(job.errorString());
    case QKeychain::NoBackendAvailable:
        return QCoreApplication::translate("Secrets",
            "No keychain service is running (no Secret Service such as GNOME Keyring or KWallet "
            "answers on D-Bus).");
    case QKeychain::NotImplemented:
        return QCoreApplication::translate("Secrets", "This platform has no supported keychain.");
    case QKeychain::OtherError:
        break;
    }
    return QCoreApplication::translate("Secrets", "The keychain failed: %1").arg(job.errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

void KeychainSecretStore::write(const QString& key, const QString& secret, DoneCallback done)
{
    // An empty key means a record without identities (secretKey()): never one shared entry for all.
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError) {
            qCInfo(lcSecrets) << "writing" << key << "failed with keychain error" << j->error();
            done(Error { explain(*j) });
            return;
        }
        done(Status {});
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, ReadCallback done)
{
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done, key](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (j->error() == QKeychain::EntryNotFound) {
            done(SecretLookup {});
            return;
        }
        if (j->error() != QKeychain::NoError) {
            qCInfo(lcSecrets) << "reading" << key << "failed with keychain error" << j->error();
            done(Error { explain(*j) });
            return;
        }
        done(SecretLookup { true, readJob->textData() });
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, DoneCallback done)
{
    if (key.isEmpty())
        return QTimer::singleShot(0, this, [done] { done(Error { noIdentityError() }); });
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(Error { explain(*j) });
            return;
        }
        done(Status {});
    });
    job->start();
}

QString KeychainSecretStore::description() const
{
    return QCoreApplication::translate("Secrets", "the system keychain (service \"%1\")").arg(m_service);
}

void KeychainSecretStore::probe(std::function<void(KeychainProbe)> done)
{
    const QString key = QStringLiteral("probe/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(key, value, [this, done, key, value](Status written) {
        if (!written) {
            done({ false, written.error() });
            return;
        }
        read(key, [this, done, key, value](Result<SecretLookup> lookup) {
            KeychainProbe result;
            if (!lookup)
                result = { false, lookup.error() };
            else if (!lookup->found || lookup->value != value)
                result = { false,
                    QCoreApplication::translate("Secrets",
                        "The keychain accepted a secret but did not give it back; it is probably "
                        "locked. Unlock it (for example by logging in to the desktop) and try again.") };
            else
                result = { true, {} };
            remove(key, [done, result](Status) { done(result); });
        });
    });
}

} // namespace pbxwarden::secrets
