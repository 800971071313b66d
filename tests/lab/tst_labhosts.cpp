#include "tst_labhosts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <memory>
#include <sys/types.h>
#include <unistd.h>

namespace labtest {
namespace {

const char kTestUser[] = "pbxwtest";
const char kTestUserMark[] = "PBX Warden lab test user";

int runProcess(const QString& program, const QStringList& args, QByteArray* out = nullptr,
    const QByteArray& input = {}, const QStringList& extraEnv = {})
{
    QProcess p;
    if (!extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
    }
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    if (out)
        *out = p.readAllStandardOutput();
    else
        p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0 && !err.isEmpty())
        qWarning("%s: %s", qPrintable(program), err.constData());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString fingerprintOf(const QString& publicKey)
{
    QByteArray out;
    if (runProcess(QStringLiteral("/usr/bin/ssh-keygen"),
            { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                publicKey },
            &out)
        != 0)
        return {};
    return QString::fromUtf8(out).section(QLatin1Char(' '), 1, 1);
}

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("PBXWARDEN_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(PBXWARDEN_SOURCE_DIR_FALLBACK) : fromEnv;
}

} // namespace

std::optional<LabAccount> LabHost::account(const QString& user) const
{
    for (const LabAccount& a : accounts) {
        if (a.user == user)
            return a;
    }
    return std::nullopt;
}

LabHosts& LabHosts::instance()
{
    static LabHosts hosts;
    return hosts;
}

LabHosts::LabHosts()
{
    const QString json = qEnvironmentVariable("PBXLAB_JSON");
    m_ready = json.isEmpty() ? startLocal() : loadPbxlab(json);
}

LabHosts::~LabHosts()
{
    if (m_sshdPid > 0)
        ::kill(pid_t(m_sshdPid), SIGTERM);
    if (!m_dir.isEmpty() && !qEnvironmentVariableIsSet("PBXWARDEN_LAB_KEEP"))
        QDir(m_dir).removeRecursively();
}

bool LabHosts::loadPbxlab(const QString& jsonPath)
{
    m_pbxlab = true;
    QFile file(jsonPath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read PBXLAB_JSON=%1").arg(jsonPath);
        return false;
    }
    const QJsonArray hosts = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue& v : hosts) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("running")) && !o.value(QStringLiteral("running")).toBool())
            continue;
        LabHost h;
        h.name = o.value(QStringLiteral("name")).toString();
        h.address = o.value(QStringLiteral("address")).toString();
        h.port = o.value(QStringLiteral("ssh_port")).toInt(22);
        h.fingerprint = o.value(QStringLiteral("host_key_sha256")).toString();
        for (const QJsonValue& a : o.value(QStringLiteral("accounts")).toArray()) {
            const QJsonObject ao = a.toObject();
            h.accounts << LabAccount { ao.value(QStringLiteral("user")).toString(),
                ao.value(QStringLiteral("password")).toString(), ao.value(QStringLiteral("key")).toString(),
                ao.value(QStringLiteral("sudo")).toBool() };
        }
        m_allHosts << h;
        // Most tests log in as root with a password or key: only hosts whose SSH is left open allow it.
        const QJsonObject practices = o.value(QStringLiteral("practices")).toObject();
        if (practices.value(QStringLiteral("ssh")).toString(QStringLiteral("insecure")) == u"insecure")
            m_hosts << h;
    }
    if (m_hosts.isEmpty()) {
        m_error = QStringLiteral("PBXLAB_JSON=%1 lists no running host").arg(jsonPath);
        return false;
    }
    return true;
}

bool LabHosts::waitForPort(int port, int ms) const
{
    for (int waited = 0; waited < ms; waited += 50) {
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool LabHosts::startLocal()
{
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd"))) {
        m_error = QStringLiteral("no /usr/sbin/sshd (install openssh-server)");
        return false;
    }
    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/pbxwarden-lab-XXXXXX"));
    tmp.setAutoRemove(false);
    m_dir = tmp.path();
    QDir().mkpath(m_dir + QStringLiteral("/remote"));
    QDir().mkpath(QStringLiteral("/run/sshd"));
    const auto keygen = [this](const QString& name, const QString& passphrase) {
        return runProcess(QStringLiteral("/usr/bin/ssh-keygen"),
                   { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                       QStringLiteral("-N"), passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"),
                       m_dir + QLatin1Char('/') + name })
            == 0;
    };
    if (!keygen(QStringLiteral("host_ed25519"), {}) || !keygen(QStringLiteral("client_ed25519"), {})
        || !keygen(QStringLiteral("client_pass_ed25519"), passphrase())) {
        m_error = QStringLiteral("ssh-keygen failed");
        return false;
    }
    m_passphraseKey = m_dir + QStringLiteral("/client_pass_ed25519");
    QFile auth(m_dir + QStringLiteral("/authorized_keys"));
    auth.open(QIODevice::WriteOnly);
    for (const char* name : { "/client_ed25519.pub", "/client_pass_ed25519.pub" }) {
        QFile pub(m_dir + QLatin1String(name));
        pub.open(QIODevice::ReadOnly);
        auth.write(pub.readAll());
    }
    auth.close();

    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    const bool haveUser = setUpTestUser();
    QFile config(m_dir + QStringLiteral("/sshd_config"));
    config.open(QIODevice::WriteOnly);
    config.write(
        QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\nPidFile %2/sshd.pid\n"
                       "AuthorizedKeysFile %2/authorized_keys\nStrictModes no\nPermitRootLogin yes\n"
                       "PasswordAuthentication yes\nKbdInteractiveAuthentication no\nUsePAM yes\n"
                       "AllowUsers root%3\nMaxStartups 200\nMaxSessions 64\nLogLevel VERBOSE\n"
                       "Subsystem sftp internal-sftp\n")
            .arg(m_port)
            .arg(m_dir, haveUser ? QStringLiteral(" ") + QLatin1String(kTestUser) : QString())
            .toUtf8());
    config.close();
    const QString cfg = config.fileName();
    if (runProcess(QStringLiteral("/usr/sbin/sshd"), { QStringLiteral("-t"), QStringLiteral("-f"), cfg })
        != 0) {
        m_error = QStringLiteral("sshd -t rejected %1").arg(cfg);
        return false;
    }
    if (!QProcess::startDetached(QStringLiteral("/usr/sbin/sshd"),
            { QStringLiteral("-D"), QStringLiteral("-f"), cfg, QStringLiteral("-E"),
                m_dir + QStringLiteral("/sshd.log") },
            m_dir, &m_sshdPid)) {
        m_error = QStringLiteral("cannot start /usr/sbin/sshd");
        return false;
    }
    if (!waitForPort(m_port, 5000)) {
        m_error
            = QStringLiteral("sshd did not listen on 127.0.0.1:%1 (see %2/sshd.log)").arg(m_port).arg(m_dir);
        return false;
    }
    LabHost h;
    h.name = QStringLiteral("local");
    h.address = QStringLiteral("127.0.0.1");
    h.port = m_port;
    h.fingerprint = fingerprintOf(m_dir + QStringLiteral("/host_ed25519.pub"));
    h.accounts << LabAccount { QStringLiteral("root"), {}, m_dir + QStringLiteral("/client_ed25519"), true };
    if (m_localPasswordAccount)
        h.accounts << *m_localPasswordAccount;
    m_hosts << h;
    return true;
}

bool LabHosts::setUpTestUser()
{
    if (::geteuid() != 0)
        return false;
    QByteArray entry;
    const QString user = QLatin1String(kTestUser);
    if (runProcess(QStringLiteral("/usr/bin/getent"), { QStringLiteral("passwd"), user }, &entry) != 0) {
        if (runProcess(QStringLiteral("/usr/sbin/useradd"),
                { QStringLiteral("--no-create-home"), QStringLiteral("--home-dir"),
                    QStringLiteral("/nonexistent"), QStringLiteral("--shell"), QStringLiteral("/bin/sh"),
                    QStringLiteral("--comment"), QLatin1String(kTestUserMark), user })
            != 0)
            return false;
        runProcess(QStringLiteral("/usr/bin/getent"), { QStringLiteral("passwd"), user }, &entry);
    }
    if (!entry.contains(kTestUserMark))
        return false; // someone else's account of that name: leave it alone
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"[QRandomGenerator::system()->bounded(
                57)]);
    if (runProcess(QStringLiteral("/usr/sbin/chpasswd"), {}, nullptr,
            (user + QLatin1Char(':') + password + QLatin1Char('\n')).toUtf8())
        != 0)
        return false;
    m_localPasswordAccount = LabAccount { user, password, m_dir + QStringLiteral("/client_ed25519"), false };
    return true;
}

LabAccount LabHosts::rootKeyAccount(const LabHost& host) const
{
    if (auto root = host.account(QStringLiteral("root")))
        return *root;
    return host.accounts.value(0);
}

std::optional<LabAccount> LabHosts::passwordAccount(const LabHost& host) const
{
    for (const LabAccount& a : host.accounts) {
        if (!a.password.isEmpty() && a.user != u"root")
            return a;
    }
    for (const LabAccount& a : host.accounts) {
        if (!a.password.isEmpty())
            return a;
    }
    return std::nullopt;
}

std::optional<LabAccount> LabHosts::sudoAccount(const LabHost& host) const
{
    for (const LabAccount& a : host.accounts) {
        if (a.sudo && a.user != u"root" && !a.password.isEmpty())
            return a;
    }
    return std::nullopt;
}

QString LabHosts::rootPublicKeyPath(const LabHost& host) const
{
    return rootKeyAccount(host).keyPath + QStringLiteral(".pub");
}

QString LabHosts::rekey(LabHost& host)
{
    if (m_pbxlab) {
        QByteArray out;
        if (runProcess(sourceDir() + QStringLiteral("/tests/lab/pbxlab"),
                { QStringLiteral("rekey"), host.name }, &out)
            != 0)
            return {};
        host.fingerprint = QString::fromUtf8(out).trimmed();
        // Later test programs read the fingerprints from $PBXLAB_JSON: keep it true.
        QFile json(qEnvironmentVariable("PBXLAB_JSON"));
        if (json.open(QIODevice::ReadWrite)) {
            QJsonArray list = QJsonDocument::fromJson(json.readAll()).array();
            for (QJsonValueRef entry : list) {
                QJsonObject o = entry.toObject();
                if (o.value(QStringLiteral("name")).toString() == host.name) {
                    o.insert(QStringLiteral("host_key_sha256"), host.fingerprint);
                    entry = o;
                }
            }
            json.resize(0);
            json.write(QJsonDocument(list).toJson());
        }
    } else {
        QFile::remove(m_dir + QStringLiteral("/host_ed25519"));
        QFile::remove(m_dir + QStringLiteral("/host_ed25519.pub"));
        if (runProcess(QStringLiteral("/usr/bin/ssh-keygen"),
                { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                    QString(), QStringLiteral("-f"), m_dir + QStringLiteral("/host_ed25519") })
            != 0)
            return {};
        // sshd re-executes itself on SIGHUP and reads its host keys again; the pid stays the same.
        ::kill(pid_t(m_sshdPid), SIGHUP);
        QThread::msleep(300);
        waitForPort(m_port, 5000);
        host.fingerprint = fingerprintOf(m_dir + QStringLiteral("/host_ed25519.pub"));
    }
    for (LabHost& h : m_hosts) {
        if (h.name == host.name)
            h.fingerprint = host.fingerprint;
    }
    return host.fingerprint;
}

int LabHosts::hostShell(const LabHost& host, const QString& script, QByteArray* out)
{
    if (m_pbxlab)
        return runProcess(sourceDir() + QStringLiteral("/tests/lab/pbxlab"),
            { QStringLiteral("exec"), host.name, QStringLiteral("--"), QStringLiteral("/bin/sh"),
                QStringLiteral("-c"), script },
            out);
    return runProcess(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), script }, out);
}

} // namespace labtest
