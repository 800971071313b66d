#include "secrets/CredentialService.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

using namespace pbxwarden;
using namespace pbxwarden::secrets;

namespace {

// A keyring that refuses to delete (a locked collection does that): what is left must be listed.
class StubbornStore : public SessionSecretStore
{
public:
    void remove(const QString&, DoneCallback done) override
    {
        done(Error { QStringLiteral("the collection is locked") });
    }
};

PbxRecord pbx(qint64 id, SshAuth auth, const QString& amiUser = QStringLiteral("admin"))
{
    PbxRecord p;
    p.id = id;
    p.name = QStringLiteral("pbx-%1").arg(id);
    p.host = QStringLiteral("192.0.2.%1").arg(id);
    p.sshAuth = auth;
    p.sshKeyPath = auth == SshAuth::KeyFile ? QStringLiteral("/keys/id_ed25519") : QString();
    p.amiUser = amiUser;
    // Secrets are named by identities, as a record read from an inventory carries them.
    p.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(id, 12, 10, QLatin1Char('0'));
    p.inventoryUuid = QStringLiteral("11111111-1111-4111-8111-111111111111");
    return p;
}

} // namespace

// The one place credentials come from, against the suite's real gnome-keyring.
class TestCredentials : public QObject
{
    Q_OBJECT
    QString m_service
        = QStringLiteral("pbxwarden-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<KeychainSecretStore> m_keychain;

    template<typename T, typename Start>
    static std::optional<T> waitFor(Start start, bool* answeredInsideTheCall = nullptr)
    {
        QObject context;
        std::optional<T> result;
        start(&context, [&](const T& value) { result = value; });
        if (answeredInsideTheCall)
            *answeredInsideTheCall = result.has_value();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
            return std::nullopt;
        return result;
    }

    std::optional<QList<PbxCredentials>> fetch(
        const CredentialService& s, const QList<PbxRecord>& pbxs, int what, bool* inside = nullptr)
    {
        return waitFor<QList<PbxCredentials>>(
            [&](QObject* c, auto done) { s.fetch(pbxs, what, c, done); }, inside);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run this test through tests/run-suite.sh, which starts gnome-keyring.");
        m_keychain = std::make_unique<KeychainSecretStore>(m_service);
        bool done = false;
        KeychainProbe probe;
        m_keychain->probe([&](KeychainProbe p) {
            probe = p;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(probe.usable, qPrintable(probe.message));
    }

    void storedSecretsComeBackReadyToUse()
    {
        const CredentialService service(m_keychain.get());
        PbxRecord password = pbx(101, SshAuth::Password);
        password.sshUser = QStringLiteral("admin"); // not root: its sudo password comes with its login
        const PbxRecord key = pbx(102, SshAuth::KeyFile);
        const PbxRecord agent = pbx(103, SshAuth::Agent);
        for (const auto& [p, ssh, amiSecret] :
            { std::tuple { password, QStringLiteral("ssh-pw-101"), QStringLiteral("ami-101") },
                std::tuple { key, QStringLiteral("passphrase-102"), QStringLiteral("ami-102") },
                std::tuple { agent, QString(), QStringLiteral("ami-103") } }) {
            bool inside = true;
            const auto written = waitFor<SecretWrite>(
                [&](QObject* c, auto done) {
                    service.store(p,
                        { Secret::fromText(ssh), Secret::fromText(QStringLiteral("sudo-of-") + p.name),
                            Secret::fromText(amiSecret) },
                        c, done);
                },
                &inside);
            QVERIFY(written);
            QVERIFY2(written->complete(), qPrintable(written->describe()));
            QVERIFY(!inside);
        }

        bool inside = true;
        const auto fetched = fetch(
            service, { password, key, agent }, CredentialService::Ssh | CredentialService::Ami, &inside);
        QVERIFY(fetched);
        // Never answered inside the call: a caller may still be setting up what the answer needs.
        QVERIFY(!inside);
        QCOMPARE(fetched->size(), 3);
        const PbxCredentials& a = fetched->at(0);
        QVERIFY2(a.sshReady() && a.amiReady(), qPrintable(a.problem()));
        QCOMPARE(a.ssh.method, SshAuth::Password);
        QCOMPARE(a.ssh.password.reveal(), QStringLiteral("ssh-pw-101"));
        QCOMPARE(a.amiSecret.reveal(), QStringLiteral("ami-101"));
        QCOMPARE(a.ssh.sudoPassword.reveal(), QStringLiteral("sudo-of-pbx-101"));
        QCOMPARE(a.ssh.effectiveSudoPassword().reveal(), QStringLiteral("sudo-of-pbx-101"));
        const PbxCredentials& b = fetched->at(1);
        // Root needs no sudo: nothing is read for it, even where something is kept.
        QVERIFY(b.ssh.sudoPassword.isEmpty());
        QCOMPARE(b.ssh.method, SshAuth::KeyFile);
        QCOMPARE(b.ssh.keyPath, QStringLiteral("/keys/id_ed25519"));
        QCOMPARE(b.ssh.keyPassphrase.reveal(), QStringLiteral("passphrase-102"));
        QVERIFY(b.ssh.password.isEmpty());
        const PbxCredentials& c = fetched->at(2);
        QVERIFY(c.sshReady());
        QCOMPARE(c.ssh.method, SshAuth::Agent);
        QCOMPARE(c.amiSecret.reveal(), QStringLiteral("ami-103"));

        // Only what is asked for is read.
        const auto sshOnly = fetch(service, { password }, CredentialService::Ssh);
        QVERIFY(sshOnly && sshOnly->first().amiSecret.isEmpty());
        QCOMPARE(sshOnly->first().ssh.password.reveal(), QStringLiteral("ssh-pw-101"));

        // Removing takes every purpose, whatever the auth method is now.
        for (const PbxRecord& p : { password, key, agent }) {
            const auto removed
                = waitFor<SecretRemoval>([&](QObject* ctx, auto done) { service.removeAll(p, ctx, done); });
            QVERIFY(removed);
            QVERIFY2(removed->complete(), qPrintable(removed->describe()));
        }
        const auto gone = fetch(service, { password, key }, CredentialService::Ssh | CredentialService::Ami);
        QVERIFY(gone);
        QCOMPARE(gone->at(0).sshProblem.kind, CredentialProblem::Kind::NotFound);
        QCOMPARE(gone->at(0).amiProblem.kind, CredentialProblem::Kind::NotFound);
        QVERIFY(gone->at(0).ssh.sudoPassword.isEmpty());
        // A key without a stored passphrase is still tried: many keys have none.
        QVERIFY(gone->at(1).sshReady());
        QVERIFY(gone->at(1).ssh.keyPassphrase.isEmpty());
    }

    void eachProblemHasItsKind()
    {
        const CredentialService service(m_keychain.get());
        const auto fetched
            = fetch(service, { pbx(201, SshAuth::Password, QString()), pbx(0, SshAuth::Password) },
                CredentialService::Ssh | CredentialService::Ami);
        QVERIFY(fetched);
        QCOMPARE(fetched->at(0).sshProblem.kind, CredentialProblem::Kind::NotFound);
        QCOMPARE(fetched->at(0).amiProblem.kind, CredentialProblem::Kind::NoAmiUser);
        QVERIFY(!fetched->at(0).problem().isEmpty());
        // A PBX not saved yet (a duplicate) has no secrets to look up.
        QCOMPARE(fetched->at(1).sshProblem.kind, CredentialProblem::Kind::NotSaved);

        const CredentialService none(nullptr);
        const auto noStore = fetch(none, { pbx(202, SshAuth::Password) }, CredentialService::Ssh);
        QVERIFY(noStore);
        QCOMPARE(noStore->first().sshProblem.kind, CredentialProblem::Kind::NoStore);

        // A secret typed in a form is used as is.
        const auto typed = waitFor<QList<PbxCredentials>>([&](QObject* c, auto done) {
            none.fetch({ pbx(203, SshAuth::Password) }, CredentialService::Ssh, c, done,
                { Secret::fromText(QStringLiteral("typed")), {}, {} });
        });
        QVERIFY(typed && typed->first().sshReady());
        QCOMPARE(typed->first().ssh.password.reveal(), QStringLiteral("typed"));
    }

    void whatCouldNotBeRemovedIsListed()
    {
        StubbornStore store;
        const CredentialService service(&store);
        const auto removed = waitFor<SecretRemoval>(
            [&](QObject* c, auto done) { service.removeAll(pbx(301, SshAuth::Password), c, done); });
        QVERIFY(removed);
        QVERIFY(!removed->complete());
        QCOMPARE(removed->pbxId, 301);
        QCOMPARE(removed->leftovers.size(), 4);
        QVERIFY(removed->describe().contains(QLatin1String("SSH password")));
        QVERIFY(removed->describe().contains(QLatin1String("AMI secret")));
        QVERIFY(removed->describe().contains(QLatin1String("sudo password")));
        QVERIFY(removed->describe().contains(QLatin1String("locked")));
    }

    void noAnswerOnceTheContextIsGone()
    {
        const CredentialService service(m_keychain.get());
        bool called = false;
        {
            QObject context;
            service.fetch({ pbx(401, SshAuth::Password) }, CredentialService::Ssh, &context,
                [&](const QList<PbxCredentials>&) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
