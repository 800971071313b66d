#include "audit/FactBundle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using pbxwarden::audit::FactBundle;

// pbxwarden-cli audit against pbxlab hosts: an insecure host gets at least one finding for each of
// the 14 practices, a hardened host none of medium or worse. Insecure hosts come from $PBXLAB_JSON (the
// suite's lab) and, when running as root, from a private lab this test brings up and takes down
// (PBXLAB_STATE=<the suite's state dir>-audittest) together with the hardened host.
class TestAuditLab : public QObject
{
    Q_OBJECT

private:
    struct Host
    {
        QString name;
        QString address;
        QString fingerprint;
        QString profile;
        QString rootKey;
        QString adminKey;
        QString adminPassword;
        QStringList secrets; // SIP and AMI secrets the facts must not contain
        QJsonObject practices; // pbxlab's group -> "insecure" / "hardened"
    };
    struct Run
    {
        int status = -1;
        QByteArray out;
        QByteArray err;
    };

    // Beside the suite's own lab (its state dir + "-audittest"), so that suites of several build
    // folders running at once never take each other's audit hosts down.
    const QString m_state = qEnvironmentVariable("PBXLAB_STATE", u"/run/pbxlab"_s) + u"-audittest"_s;
    bool m_ownLab = false;
    QList<Host> m_hosts;
    QTemporaryDir m_tmp;

    static QString sourceDir()
    {
        const QString env = qEnvironmentVariable("PBXWARDEN_SOURCE_DIR");
        return env.isEmpty() ? QStringLiteral(PBXWARDEN_SOURCE_DIR_FALLBACK) : env;
    }

    static QList<Host> parseLab(const QByteArray& json)
    {
        QList<Host> out;
        for (const QJsonValue& v : QJsonDocument::fromJson(json).array()) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"running"_s).toBool(true))
                continue;
            Host h { o.value(u"name"_s).toString(), o.value(u"address"_s).toString(),
                o.value(u"host_key_sha256"_s).toString(), o.value(u"profile"_s).toString(), {}, {}, {}, {},
                o.value(u"practices"_s).toObject() };
            for (const QJsonValue& a : o.value(u"accounts"_s).toArray()) {
                const QJsonObject acc = a.toObject();
                if (acc.value(u"user"_s).toString() == u"root")
                    h.rootKey = acc.value(u"key"_s).toString();
                if (acc.value(u"user"_s).toString() == u"admin") {
                    h.adminKey = acc.value(u"key"_s).toString();
                    h.adminPassword = acc.value(u"password"_s).toString();
                }
            }
            const QJsonObject sip = o.value(u"sip_secrets"_s).toObject();
            for (auto it = sip.begin(); it != sip.end(); ++it) {
                const QString s = it.value().toString();
                if (s != it.key() && s.size() >= 6 && s.contains(QRegularExpression(u"[A-Za-z]"_s)))
                    h.secrets << s;
            }
            for (const QJsonValue& a : o.value(u"ami_accounts"_s).toArray()) {
                const QString s = a.toObject().value(u"secret"_s).toString();
                if (s != a.toObject().value(u"user"_s).toString() && s.size() >= 6)
                    h.secrets << s;
            }
            out << h;
        }
        return out;
    }

    Run pbxlab(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PBXLAB_STATE"_s, m_state);
        env.remove(u"PBXLAB_SIM"_s);
        p.setProcessEnvironment(env);
        p.start(sourceDir() + u"/tests/lab/pbxlab"_s, args);
        p.waitForFinished(180000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    static Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + u"/app/entry/pbxwarden-cli"_s,
            QStringList { u"audit"_s } + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(300000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    QStringList hostArgs(const Host& h, const QString& user, const QString& key) const
    {
        return { u"--host"_s, h.address, u"--user"_s, user, u"--key"_s, key, u"--fingerprint"_s,
            h.fingerprint, u"--name"_s, h.name, u"--format"_s, u"json"_s };
    }

    static QJsonObject only(const Run& r)
    {
        return QJsonDocument::fromJson(r.out).object().value(u"pbxs"_s).toArray().first().toObject();
    }

    static QSet<QString> failedChecks(const QJsonObject& pbx)
    {
        QSet<QString> out;
        for (const QJsonValue& f : pbx.value(u"findings"_s).toArray())
            out.insert(f.toObject().value(u"check"_s).toString());
        return out;
    }

    // The lab's hosts share the machine's package database (their /var is an overlay on it): when the
    // machine itself has security updates pending, so does every lab host, hardened or not.
    static bool machineHasPendingSecurityUpdates()
    {
        QProcess p;
        p.start(u"apt-get"_s, { u"-s"_s, u"-o"_s, u"Debug::NoLocking=1"_s, u"upgrade"_s });
        p.waitForFinished(60000);
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            if (line.startsWith("Inst ") && line.toLower().contains("security"))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString json = qEnvironmentVariable("PBXLAB_JSON");
        if (!json.isEmpty()) {
            QFile f(json);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(json));
            int insecure = 0;
            for (const Host& h : parseLab(f.readAll())) {
                if (h.profile == u"insecure" && insecure++ < 2)
                    m_hosts << h;
            }
        }
        if (geteuid() == 0) {
            pbxlab({ u"down"_s }); // leftovers of a crashed run of this test
            Run up = pbxlab({ u"up"_s, u"1"_s, u"--prefix"_s, u"audi"_s });
            QVERIFY2(up.status == 0, up.err.constData());
            up = pbxlab({ u"up"_s, u"1"_s, u"--profile"_s, u"hardened"_s, u"--prefix"_s, u"audh"_s });
            QVERIFY2(up.status == 0, up.err.constData());
            up = pbxlab({ u"up"_s, u"4"_s, u"--profile"_s, u"mixed"_s, u"--prefix"_s, u"audm"_s });
            QVERIFY2(up.status == 0, up.err.constData());
            m_ownLab = true;
            const Run list = pbxlab({ u"list"_s, u"--json"_s });
            QCOMPARE(list.status, 0);
            m_hosts << parseLab(list.out);
        }
        if (m_hosts.isEmpty())
            QSKIP("needs pbxlab hosts: $PBXLAB_JSON, or root to bring up a private lab");
    }

    void cleanupTestCase()
    {
        if (m_ownLab)
            QCOMPARE(pbxlab({ u"down"_s }).status, 0);
    }

    void insecureHostHasFindingsForEveryPractice_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < m_hosts.size(); ++i) {
            if (m_hosts.at(i).profile == u"insecure")
                QTest::addRow("%s", qPrintable(m_hosts.at(i).name)) << i;
        }
    }

    void insecureHostHasFindingsForEveryPractice()
    {
        QFETCH(int, index);
        const Host h = m_hosts.at(index);
        const QString dir = m_tmp.filePath(h.name);
        const Run r = cli(hostArgs(h, u"root"_s, h.rootKey) + QStringList { u"--save-facts"_s, dir });
        QVERIFY2(r.status == 2, r.err.constData());
        // Facts describe the PBX's weaknesses: folder 0700, files 0600 from creation (issue 11 item 9).
        auto modeOf = [](const QString& path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0u;
        };
        QCOMPARE(modeOf(dir), 0700u);
        const QFileInfoList savedFacts = QDir(dir).entryInfoList(QDir::Files);
        QVERIFY(!savedFacts.isEmpty());
        for (const QFileInfo& file : savedFacts)
            QCOMPARE(modeOf(file.filePath()), 0600u);
        const QJsonObject pbx = only(r);
        QCOMPARE(pbx.value(u"name"_s).toString(), h.name);
        QVERIFY(pbx.value(u"score"_s).toInt() < 50);
        QCOMPARE(pbx.value(u"grade"_s).toString(), u"F"_s);
        QSet<QString> practices;
        for (const QJsonValue& v : pbx.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            practices.insert(f.value(u"practice"_s).toString());
            for (const char* key : { "check", "practice", "severity", "title", "evidence", "fix" })
                QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), key);
        }
        for (const char* p : { "firewall", "passwords", "updates", "ssh", "web", "sip-acl", "inactive-users",
                 "inspection", "intrusion-prevention", "least-privilege", "destinations", "call-times",
                 "intl-passcode", "backups" })
            QVERIFY2(practices.contains(QLatin1String(p)), p);
        // The worst of the lab's insecurities are named.
        const QSet<QString> failed = failedChecks(pbx);
        for (const char* id :
            { "destinations.intl-unauthenticated", "passwords.pjsip-weak", "passwords.ami-weak",
                "passwords.root-default", "ssh.root-login", "firewall.ami-exposed", "updates.asterisk-eol" })
            QVERIFY2(failed.contains(QLatin1String(id)), id);

        // The saved facts hold no secret, and give the same findings offline.
        const QStringList saved = QDir(dir).entryList({ u"*.pbxw"_s }, QDir::Files);
        QCOMPARE(saved.size(), 1);
        QFile file(QDir(dir).filePath(saved.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray facts = file.readAll();
        QVERIFY(facts.contains("PBXW-SECRET:"));
        QVERIFY(facts.contains("verdict=known"));
        QVERIFY(!facts.contains("$6$"));
        for (const QString& s : h.secrets)
            QVERIFY2(!facts.contains(s.toUtf8()), qPrintable(s));
        const Run offline
            = cli({ u"--from-facts"_s, file.fileName(), u"--name"_s, h.name, u"--format"_s, u"json"_s });
        QCOMPARE(offline.status, 2);
        QCOMPARE(failedChecks(only(offline)), failed);
    }

    void hardenedHostHasNoMediumFinding()
    {
        if (!m_ownLab)
            QSKIP("the hardened host is brought up by this test, which needs root");
        const auto it = std::find_if(
            m_hosts.cbegin(), m_hosts.cend(), [](const Host& h) { return h.profile == u"hardened"; });
        QVERIFY(it != m_hosts.cend());
        const Host h = *it;
        // root may not log in: admin with its key, sudo with its password.
        const Run r = cli(hostArgs(h, u"admin"_s, h.adminKey) + QStringList { u"--sudo-password-stdin"_s },
            h.adminPassword.toUtf8());
        QVERIFY2(r.status == 0 || r.status == 2, r.err.constData());
        const QJsonObject pbx = only(r);
        QVERIFY2(pbx.value(u"not_assessed"_s).toInt() <= 2,
            r.out.constData()); // sudo worked: root facts are there
        QCOMPARE(pbx.value(u"grade"_s).toString(), u"A"_s);
        const bool inheritedUpdates = machineHasPendingSecurityUpdates();
        QStringList serious;
        for (const QJsonValue& v : pbx.value(u"findings"_s).toArray()) {
            const QJsonObject f = v.toObject();
            const QString severity = f.value(u"severity"_s).toString();
            if (severity == u"low" || severity == u"info")
                continue;
            if (inheritedUpdates && f.value(u"check"_s).toString() == u"updates.os-security-pending")
                continue; // true, but a property of the lab machine, not of the hardened profile
            serious << f.value(u"check"_s).toString() + u": "_s + f.value(u"evidence"_s).toString();
        }
        QVERIFY2(serious.isEmpty(), qPrintable(serious.join(u"\n"_s)));
        QCOMPARE(r.status, inheritedUpdates ? 2 : 0);
    }

    // Mixed hosts harden each of pbxlab's practice groups or not: the checks of a group fail exactly
    // when the group is insecure (no false alarm, no miss).
    void mixedHostsMatchTheirPractices()
    {
        if (!m_ownLab)
            QSKIP("the mixed hosts are brought up by this test, which needs root");
        const QList<QPair<QString, QStringList>> groups {
            { u"pjsip"_s,
                { u"passwords.pjsip-weak"_s, u"sip-acl.endpoint-no-acl"_s,
                    u"destinations.anonymous-endpoint"_s } },
            { u"manager"_s,
                { u"passwords.ami-weak"_s, u"least-privilege.ami-dangerous-write"_s,
                    u"least-privilege.ami-user-no-acl"_s } },
            { u"ssh"_s, { u"ssh.root-login"_s, u"ssh.password-auth"_s } },
            { u"firewall"_s, { u"firewall.none"_s } },
            { u"fail2ban"_s, { u"intrusion-prevention.no-asterisk-jail"_s } },
            { u"dialplan"_s, { u"destinations.exten-injection"_s, u"intl-passcode.intl-no-pin"_s } },
            { u"http"_s, { u"web.http-no-tls"_s } },
            { u"version"_s, { u"updates.asterisk-eol"_s } },
            { u"backup"_s, { u"backups.stale"_s, u"backups.no-schedule"_s } },
            { u"logger"_s, { u"inspection.security-log"_s } },
        };
        int audited = 0;
        for (const Host& h : std::as_const(m_hosts)) {
            if (h.profile != u"mixed")
                continue;
            const bool rootLogin = h.practices.value(u"ssh"_s).toString() == u"insecure";
            const Run r = rootLogin
                ? cli(hostArgs(h, u"root"_s, h.rootKey))
                : cli(hostArgs(h, u"admin"_s, h.adminKey) + QStringList { u"--sudo-password-stdin"_s },
                    h.adminPassword.toUtf8());
            QVERIFY2(r.status == 0 || r.status == 2, r.err.constData());
            const QSet<QString> failed = failedChecks(only(r));
            for (const auto& [group, ids] : groups) {
                const bool insecure = h.practices.value(group).toString() == u"insecure";
                for (const QString& id : ids)
                    QVERIFY2(failed.contains(id) == insecure,
                        qPrintable(u"%1: %2 is %3 but %4 %5"_s.arg(h.name, group,
                            insecure ? u"insecure"_s : u"hardened"_s, id,
                            failed.contains(id) ? u"failed"_s : u"did not fail"_s)));
            }
            ++audited;
        }
        QCOMPARE(audited, 4);
    }

    // Issue 9 section 2: logged in the way the audit advises (a named admin with a key, sudo with its
    // own password kept in the keychain through the inventory), the audit sees what root sees.
    void sudoAdminFromTheInventoryMatchesRoot()
    {
        if (!m_ownLab)
            QSKIP("needs an insecure host of this test's own lab");
        const auto it = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
            [](const Host& h) { return h.profile == u"insecure" && h.name.startsWith(u"audi"_s); });
        QVERIFY(it != m_hosts.cend());
        const Host h = *it;
        const QString db = m_tmp.filePath(u"sudo-inventory.sqlite"_s);
        const auto run = [&db](const QStringList& args, const QByteArray& input = {}) {
            QProcess p;
            p.start(qEnvironmentVariable("PBXWARDEN_BINARY_DIR") + u"/app/entry/pbxwarden-cli"_s,
                QStringList { u"--db"_s, db } + args);
            p.write(input);
            p.closeWriteChannel();
            p.waitForFinished(300000);
            return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), p.readAllStandardError() };
        };
        Run r = run({ u"inventory"_s, u"add"_s, u"--name"_s, u"as-root"_s, u"--host"_s, h.address,
            u"--ssh-key"_s, h.rootKey });
        QVERIFY2(r.status == 0, r.err.constData());
        r = run({ u"inventory"_s, u"add"_s, u"--name"_s, u"as-admin"_s, u"--host"_s, h.address,
                    u"--ssh-user"_s, u"admin"_s, u"--ssh-key"_s, h.adminKey, u"--sudo-password-stdin"_s },
            h.adminPassword.toUtf8() + '\n');
        QVERIFY2(r.status == 0, r.err.constData());
        for (const QString& name : { u"as-root"_s, u"as-admin"_s }) {
            r = run({ u"pin"_s, name, u"--fingerprint"_s, h.fingerprint });
            QVERIFY2(r.status == 0, r.err.constData());
        }
        // Both log in once before either audit, so that what the accounts checks read of the last
        // logins is the same for both audits.
        r = run({ u"connect"_s, u"as-root"_s, u"as-admin"_s });
        QVERIFY2(r.status == 0, r.err.constData());
        QVERIFY2(r.out.contains("the sudo password was accepted"), r.out.constData());
        r = run({ u"audit"_s, u"as-root"_s, u"as-admin"_s, u"--format"_s, u"json"_s });
        QVERIFY2(r.status == 2, r.err.constData());
        QMap<QString, QJsonObject> byName;
        for (const QJsonValue& v : QJsonDocument::fromJson(r.out).object().value(u"pbxs"_s).toArray())
            byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
        QCOMPARE(byName.size(), 2);
        const QJsonObject root = byName.value(u"as-root"_s), admin = byName.value(u"as-admin"_s);
        QVERIFY2(!admin.contains(u"error"_s), qPrintable(admin.value(u"error"_s).toString()));
        QCOMPARE(admin.value(u"not_assessed"_s).toInt(), root.value(u"not_assessed"_s).toInt());
        QCOMPARE(failedChecks(admin), failedChecks(root));
        QCOMPARE(admin.value(u"score"_s).toInt(), root.value(u"score"_s).toInt());

        // Forgotten, the sudo password is no longer there: that PBX gets a clear error, not a quieter audit.
        r = run({ u"inventory"_s, u"edit"_s, u"as-admin"_s, u"--forget-sudo-password"_s });
        QVERIFY2(r.status == 0, r.err.constData());
        r = run({ u"audit"_s, u"as-admin"_s, u"--format"_s, u"json"_s });
        QCOMPARE(r.status, 1);
        const QJsonObject forgotten = only(r);
        QVERIFY2(forgotten.value(u"error"_s).toString().contains(u"none is stored"_s), r.out.constData());
        QVERIFY2(!forgotten.contains(u"findings"_s), r.out.constData());
        // Typed again with edit, it is used again.
        r = run({ u"inventory"_s, u"edit"_s, u"as-admin"_s, u"--sudo-password-stdin"_s },
            h.adminPassword.toUtf8());
        QVERIFY2(r.status == 0, r.err.constData());
        r = run({ u"audit"_s, u"as-admin"_s, u"--format"_s, u"json"_s });
        QVERIFY2(r.status == 2, r.err.constData());
        QCOMPARE(failedChecks(only(r)), failedChecks(root));
    }

    void sudoRefusedIsAnErrorOnThatPbx()
    {
        // Issue 11 item 14: when sudo refuses, the PBX gets a clear error, never a quieter audit as
        // the login user (which used to lose the firewall, fail2ban and password checks silently).
        if (!m_ownLab)
            QSKIP("needs the hardened host of this test");
        const auto it = std::find_if(
            m_hosts.cbegin(), m_hosts.cend(), [](const Host& h) { return h.profile == u"hardened"; });
        const Host h = *it;
        for (const QByteArray& sudoPassword : { QByteArray(), QByteArray("wrong-sudo-password") }) {
            QStringList args = hostArgs(h, u"admin"_s, h.adminKey);
            if (!sudoPassword.isEmpty())
                args << u"--sudo-password-stdin"_s;
            const Run r = cli(args, sudoPassword);
            QCOMPARE(r.status, 1);
            const QJsonObject pbx = only(r);
            const QString error = pbx.value(u"error"_s).toString();
            // Each case says which it is: none given, or the one given refused.
            const QString why = sudoPassword.isEmpty() ? u"none is stored"_s : u"refused"_s;
            QVERIFY2(error.contains(u"sudo"_s) && error.contains(why) && error.contains(u"needs root"_s),
                r.out.constData());
            QVERIFY2(!pbx.contains(u"findings"_s), r.out.constData());
            QVERIFY2(r.err.contains("sudo"), r.err.constData());
        }
    }

    // A FreePBX-like host whose /etc/asterisk belongs to the asterisk user, who planted #include lines
    // and symlinks naming /etc/shadow and the SSH host keys: the audit (as root) copies none of them
    // and its facts say which include was refused and why (issue 11.1). Runs last: it changes the host.
    void hostileIncludesNeverReachTheFacts()
    {
        if (!m_ownLab)
            QSKIP("plants files in a host of this test's own lab, which needs root");
        const auto it = std::find_if(m_hosts.cbegin(), m_hosts.cend(),
            [](const Host& h) { return h.profile == u"insecure" && h.name.startsWith(u"audi"_s); });
        QVERIFY(it != m_hosts.cend());
        const Host h = *it;
        const QString plant = uR"(set -e
echo 'pbxwcanary:CANARY-SHADOW-r8Tq:19000:0:99999:7:::' >> /etc/shadow
echo 'CANARY-SSHKEY-w3Zp' > /etc/ssh/pbxw_canary_key
chmod 600 /etc/ssh/pbxw_canary_key
mkdir -p /etc/asterisk/custom
cat >> /etc/asterisk/extensions.conf <<'X'
#include /etc/shadow
#include ../ssh/ssh_host_ed25519_key
#include evil.conf
#tryinclude /etc/ssh/*key
#include custom/*.conf
#include rootonly.conf
X
ln -sf /etc/ssh/pbxw_canary_key /etc/asterisk/evil.conf
ln -sf /etc/ssh/ssh_host_ed25519_key /etc/asterisk/custom/host.conf
printf '[from-custom]\nexten => 1,1,NoOp(inside)\n' > /etc/asterisk/custom/a.conf
echo 'CANARY-ROOTONLY-k5Lm' > /etc/asterisk/rootonly.conf
chown -R asterisk /etc/asterisk
chown root /etc/asterisk/rootonly.conf
chmod 600 /etc/asterisk/rootonly.conf
)"_s;
        const Run planted = pbxlab({ u"exec"_s, h.name, u"--"_s, u"sh"_s, u"-c"_s, plant });
        QVERIFY2(planted.status == 0, planted.err.constData());
        const Run key = pbxlab(
            { u"exec"_s, h.name, u"--"_s, u"sh"_s, u"-c"_s, u"sed -n 2p /etc/ssh/ssh_host_ed25519_key"_s });
        QVERIFY(key.status == 0 && key.out.trimmed().size() > 40);
        const QByteArray hostKeyBytes = key.out.trimmed().mid(10, 30);

        const QString dir = m_tmp.filePath(h.name + u"-hostile"_s);
        const Run r = cli(hostArgs(h, u"root"_s, h.rootKey) + QStringList { u"--save-facts"_s, dir });
        QVERIFY2(r.status == 0 || r.status == 2, r.err.constData());
        const QStringList saved = QDir(dir).entryList({ u"*.pbxw"_s }, QDir::Files);
        QCOMPARE(saved.size(), 1);
        QFile file(QDir(dir).filePath(saved.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray facts = file.readAll();
        for (const QByteArray& canary : { QByteArray("CANARY-SHADOW"), QByteArray("CANARY-SSHKEY"),
                 QByteArray("CANARY-ROOTONLY"), QByteArray("PRIVATE KEY"), hostKeyBytes }) {
            QVERIFY2(!facts.contains(canary), canary.constData());
            QVERIFY2(!r.out.contains(canary), canary.constData());
        }
        const FactBundle bundle = FactBundle::parse(facts);
        QVERIFY(bundle.file(u"/etc/asterisk/custom/a.conf"_s).contains(u"NoOp(inside)"_s));
        const QString includes = bundle.text(u"asterisk-includes"_s);
        QVERIFY2(includes.contains(u"reader=asterisk"_s), qPrintable(includes));
        for (const char* line :
            { "refused /etc/shadow (from /etc/asterisk/extensions.conf): outside /etc/asterisk",
                "refused ../ssh/ssh_host_ed25519_key (from /etc/asterisk/extensions.conf): \"..\"",
                "refused /etc/asterisk/evil.conf (from /etc/asterisk/extensions.conf): resolves outside",
                "refused /etc/ssh/*key (from /etc/asterisk/extensions.conf): outside /etc/asterisk",
                "refused /etc/asterisk/custom/host.conf (from /etc/asterisk/extensions.conf): resolves "
                "outside",
                "unreadable /etc/asterisk/rootonly.conf (from /etc/asterisk/extensions.conf)" })
            QVERIFY2(includes.contains(QLatin1String(line)), line);
    }
};

QTEST_GUILESS_MAIN(TestAuditLab)
#include "tst_audit_lab.moc"
