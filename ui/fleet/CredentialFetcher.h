#pragma once

#include "core/PbxRecord.h"
#include "ssh/Credentials.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace pbxwarden::secrets {
class SecretStore;
}

namespace pbxwarden::ui {

// What a job needs to log in to one PBX, read from the secret store before any worker starts.
struct FetchedCredentials
{
    PbxRecord pbx;
    ssh::Credentials ssh;
    QString amiSecret;
    // Empty when everything needed was found; otherwise why the PBX cannot be tried.
    QString problem;
    // The same, by kind: AMI through SSH can fall back to TCP when only the SSH secret is missing.
    QString sshProblem;
    QString amiProblem;
};

// Reads the SSH and/or AMI secrets of many PBXs from the (asynchronous) secret store and hands all
// of them over at once. Nothing waits: done runs later on context's thread, unless context is gone.
class CredentialFetcher
{
public:
    enum What
    {
        Ssh = 1,
        Ami = 2
    };
    using Done = std::function<void(const QList<FetchedCredentials>&)>;

    // A secret typed in a form (non-empty) is used as is and not looked up.
    static void fetch(secrets::SecretStore* store, const QList<PbxRecord>& pbxs, int what, QObject* context,
        Done done, const QString& typedSecret = {});

    static ssh::Credentials baseCredentials(const PbxRecord& pbx);
};

} // namespace pbxwarden::ui
