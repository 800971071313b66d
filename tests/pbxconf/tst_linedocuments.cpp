#include "audit/FactBundle.h"
#include "pbxconf/LineConfigDocument.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace pbxwarden::pbxconf;
using namespace Qt::StringLiterals;

namespace {

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// sshd_config and fail2ban files in the repository: lab profiles and the fact bundles.
QList<QPair<QString, QByteArray>> corpus(const QString& marker)
{
    QList<QPair<QString, QByteArray>> out;
    const QString root = qEnvironmentVariable("PBXWARDEN_SOURCE_DIR");
    QDirIterator it(root + u"/tests"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(marker))
            out << qMakePair(path, readFile(path));
        if (path.endsWith(u".bundle"_s)) {
            const auto bundle = pbxwarden::audit::FactBundle::parse(readFile(path));
            for (const QString& f : bundle.files()) {
                if (f.contains(marker))
                    out << qMakePair(path + u':' + f, bundle.file(f).toUtf8());
            }
        }
    }
    return out;
}

// (first differing line, lines taken out, lines put in)
std::tuple<int, int, int> diff(const QByteArray& before, const QByteArray& after)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    int head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;
    return { head, int(a.size()) - head - tail, int(b.size()) - head - tail };
}

} // namespace

class TestLineDocuments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        const auto ssh = corpus(u"/etc/ssh/sshd_config"_s);
        const auto jails = corpus(u"/etc/fail2ban/"_s);
        QVERIFY(ssh.size() >= 4);
        QVERIFY(jails.size() >= 4);
        for (const auto& [name, bytes] : ssh)
            QVERIFY2(SshdConfigDocument::parse(bytes).toBytes() == bytes, qPrintable(name));
        for (const auto& [name, bytes] : jails)
            QVERIFY2(IniConfigDocument::parse(bytes).toBytes() == bytes, qPrintable(name));
        for (const QByteArray& b : { QByteArray(), QByteArray("a\r\nb"), QByteArray("x\n\n") })
            QCOMPARE(TextLines::parse(b).toBytes(), b);
    }

    void sshdSetEditsOneLine()
    {
        for (const auto& [name, bytes] : corpus(u"/etc/ssh/sshd_config"_s)) {
            SshdConfigDocument doc = SshdConfigDocument::parse(bytes);
            const int existing = doc.find(u"PermitRootLogin"_s);
            QVERIFY(doc.set(u"permitrootlogin"_s, u"forced-commands-only"_s).ok());
            QCOMPARE(doc.value(u"PermitRootLogin"_s), u"forced-commands-only"_s);
            const auto [at, removed, added] = diff(bytes, doc.toBytes());
            if (existing >= 0) {
                QVERIFY2(at == existing && removed == 1 && added == 1, qPrintable(name));
            } else {
                QVERIFY2(removed == 0 && added == 1 && at <= doc.firstMatch(), qPrintable(name));
            }
        }
        SshdConfigDocument doc = SshdConfigDocument::parse(
            "Include /etc/ssh/sshd_config.d/*.conf\r\n#PermitRootLogin yes\r\nPasswordAuthentication=yes\r\n"
            "Match Address 10.0.0.0/8\r\n  PermitRootLogin yes\r\n");
        QCOMPARE(doc.find(u"permitrootlogin"_s), -1); // a comment and a Match block do not count
        QVERIFY(doc.set(u"PasswordAuthentication"_s, u"no"_s).ok());
        QVERIFY(doc.set(u"PermitRootLogin"_s, u"no"_s).ok());
        QCOMPARE(doc.toBytes(),
            QByteArray("Include /etc/ssh/sshd_config.d/*.conf\r\n#PermitRootLogin "
                       "yes\r\nPasswordAuthentication=no\r\n"
                       "PermitRootLogin no\r\nMatch Address 10.0.0.0/8\r\n  PermitRootLogin yes\r\n"));
        QVERIFY(!doc.set(u"Match"_s, u"all"_s).ok());
        QVERIFY(!doc.set(u"Port"_s, u"22\nPermitRootLogin yes"_s).ok());
    }

    void jailSetKeepsTheRest()
    {
        const QByteArray text = "# local overrides\n[DEFAULT]\nbantime = 600\n\n[sshd]\nenabled = true\n"
                                "logpath = /var/log/auth.log\n          /var/log/secure\n# end of sshd\n\n"
                                "[asterisk]\nenabled: false\n";
        IniConfigDocument doc = IniConfigDocument::parse(text);
        QCOMPARE(doc.value(u"sshd"_s, u"LOGPATH"_s), u"/var/log/auth.log\n/var/log/secure"_s);
        QVERIFY(doc.set(u"asterisk"_s, u"enabled"_s, u"true"_s).ok());
        QVERIFY(doc.set(u"sshd"_s, u"logpath"_s, u"%(sshd_log)s"_s).ok());
        QVERIFY(doc.set(u"sshd"_s, u"maxretry"_s, u"3"_s).ok());
        QVERIFY(doc.set(u"recidive"_s, u"enabled"_s, u"true"_s).ok());
        QCOMPARE(doc.toBytes(),
            QByteArray("# local overrides\n[DEFAULT]\nbantime = 600\n\n[sshd]\nenabled = true\n"
                       "logpath = %(sshd_log)s\nmaxretry = 3\n# end of sshd\n\n[asterisk]\nenabled: true\n\n"
                       "[recidive]\nenabled = true\n"));
        QVERIFY(!doc.set(u"sshd"_s, u"bad key"_s, u"1"_s).ok());

        for (const auto& [name, bytes] : corpus(u"/etc/fail2ban/jail.local"_s)) {
            IniConfigDocument jail = IniConfigDocument::parse(bytes);
            const int existing = jail.find(u"sshd"_s, u"bantime"_s);
            QVERIFY(jail.set(u"sshd"_s, u"bantime"_s, u"7777"_s).ok());
            QCOMPARE(jail.value(u"sshd"_s, u"bantime"_s), u"7777"_s);
            const auto [at, removed, added] = diff(bytes, jail.toBytes());
            QVERIFY2(existing < 0 ? removed == 0 : (at == existing && removed == 1 && added == 1),
                qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestLineDocuments)
#include "tst_linedocuments.moc"
