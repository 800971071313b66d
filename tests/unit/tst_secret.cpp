#include "core/Secret.h"
#include "secrets/CredentialService.h"
#include "ssh/Credentials.h"

#include <QTest>

#include <type_traits>

using pbxwarden::Secret;

// Issue 11 item 11: each secret lives in one buffer of ours, shared by its copies, with no way to
// become text by accident.
class TestSecret : public QObject
{
    Q_OBJECT
    // Nothing turns a Secret into text or a byte array without saying reveal()/bytes().
    static_assert(!std::is_convertible_v<Secret, QString>);
    static_assert(!std::is_convertible_v<Secret, QByteArray>);
    static_assert(!std::is_convertible_v<QString, Secret>);

private Q_SLOTS:
    void takeLeavesNothingBehind()
    {
        QString typed = QStringLiteral("Pässwort-1");
        const Secret s = Secret::take(typed);
        QVERIFY(typed.isEmpty());
        QCOMPARE(s.reveal(), QStringLiteral("Pässwort-1"));
        QCOMPARE(s.size(), QByteArray("Pässwort-1").size());
        QCOMPARE(QByteArray(s.c_str()), QByteArray("Pässwort-1")); // NUL-terminated for libssh
        QByteArray raw("bytes-2");
        const Secret b = Secret::take(raw);
        QVERIFY(raw.isEmpty());
        QCOMPARE(b.bytes(), QByteArrayView("bytes-2"));
        QVERIFY(Secret().isEmpty());
        QCOMPARE(QByteArray(Secret().c_str()), QByteArray());
    }

    void copiesShareOneBuffer()
    {
        pbxwarden::ssh::Credentials c;
        c.password = Secret::fromText(QStringLiteral("one-copy"));
        c.sudoPassword = Secret::fromText(QStringLiteral("sudo"));
        // Credentials travel by value through targets, jobs and sessions: the bytes do not multiply.
        const pbxwarden::ssh::Credentials copy = c;
        QVERIFY(copy.password.sharesBufferWith(c.password));
        QCOMPARE(copy.password.c_str(), c.password.c_str());
        QVERIFY(copy.effectiveSudoPassword().sharesBufferWith(c.sudoPassword));
        pbxwarden::secrets::PbxCredentials fetched;
        fetched.ssh = c;
        fetched.amiSecret = Secret::fromText(QStringLiteral("ami"));
        const auto again = fetched;
        QVERIFY(again.amiSecret.sharesBufferWith(fetched.amiSecret));
        // Equal bytes are equal secrets; a fresh one of the same text is another buffer.
        const Secret same = Secret::fromText(QStringLiteral("one-copy"));
        QVERIFY(same == c.password);
        QVERIFY(!same.sharesBufferWith(c.password));
        QVERIFY(same != Secret::fromText(QStringLiteral("one-copz")));
        QVERIFY(same != Secret::fromText(QStringLiteral("one-cop")));
    }

    void linesSplitSeveralSecrets()
    {
        const Secret all = Secret::fromText(QStringLiteral("ssh\r\nsudo\nami"));
        const QList<Secret> lines = all.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0).reveal(), QStringLiteral("ssh"));
        QCOMPARE(lines.at(1).reveal(), QStringLiteral("sudo"));
        QCOMPARE(lines.at(2).reveal(), QStringLiteral("ami"));
        QCOMPARE(Secret::fromText(QStringLiteral("only")).lines().size(), 1);
        QVERIFY(Secret().lines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
