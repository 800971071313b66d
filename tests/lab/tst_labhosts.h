#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Where the lab tests find SSH servers: the pbxlab hosts with open SSH (practices.ssh = insecure) listed in
// $PBXLAB_JSON (output of `pbxlab list --json`), or else one sshd of our own on 127.0.0.1 at a free port,
// started from a private sshd_config and stopped by pid at exit.
//
// Password tests on the local sshd use the account "pbxwtest": created with useradd (when running as
// root and the account is absent) and marked "PBX Warden lab test user"; only an account carrying
// that mark gets a fresh random password for each run. sudo tests need pbxlab and skip without it.
namespace labtest {

struct LabAccount
{
    QString user;
    QString password;
    QString keyPath;
    bool sudo = false;
};

struct LabHost
{
    QString name;
    QString address;
    int port = 22;
    QString fingerprint;
    QList<LabAccount> accounts;

    std::optional<LabAccount> account(const QString& user) const;
};

class LabHosts
{
public:
    static LabHosts& instance();

    bool ready() const { return m_ready; }
    QString error() const { return m_error; }
    bool isPbxlab() const { return m_pbxlab; }
    QList<LabHost> hosts() const { return m_hosts; }
    // Every running host, hardened ones (root refused over SSH) included.
    QList<LabHost> allHosts() const { return m_pbxlab ? m_allHosts : m_hosts; }
    LabHost first() const { return m_hosts.value(0); }

    // root with a key (local and pbxlab "insecure" hosts allow it).
    LabAccount rootKeyAccount(const LabHost& host) const;
    std::optional<LabAccount> passwordAccount(const LabHost& host) const;
    std::optional<LabAccount> sudoAccount(const LabHost& host) const;
    // A private key protected by a passphrase that the server accepts for root (local sshd only).
    QString passphraseKeyPath() const { return m_passphraseKey; }
    QString passphrase() const { return QStringLiteral("correct horse battery"); }
    QString rootPublicKeyPath(const LabHost& host) const;

    // New host keys on the host; returns the new fingerprint.
    QString rekey(LabHost& host);
    // Runs a shell script as root on the host, outside SSH (to check what a test did).
    int hostShell(const LabHost& host, const QString& script, QByteArray* out = nullptr);
    // A folder on the host for file tests, writable by root.
    QString scratchDir() const
    {
        return m_pbxlab ? QStringLiteral("/root/pbxwarden-lab-test") : m_dir + QStringLiteral("/remote");
    }

    ~LabHosts();

private:
    LabHosts();
    bool startLocal();
    bool loadPbxlab(const QString& jsonPath);
    bool setUpTestUser();
    bool waitForPort(int port, int ms) const;

    bool m_ready = false;
    bool m_pbxlab = false;
    QString m_error;
    QList<LabHost> m_hosts;
    QList<LabHost> m_allHosts;
    QString m_dir;
    QString m_passphraseKey;
    qint64 m_sshdPid = 0;
    int m_port = 0;
    std::optional<LabAccount> m_localPasswordAccount;
};

} // namespace labtest
