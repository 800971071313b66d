#include "audit/Collector.h"
#include "audit/FactBundle.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pbxwarden::audit;

class TestCollector : public QObject
{
    Q_OBJECT

private:
    // Runs the embedded collector here, the way the PBX runs it: the same stdin through the same
    // marker-skipping command line SshSession sends.
    QByteArray runLocally(const QByteArray& before, bool requireRoot = false, int* exitCode = nullptr)
    {
        QProcess sh;
        sh.start(QStringLiteral("sh"),
            { QStringLiteral("-c"), QString::fromUtf8(Collector::launcher(requireRoot)) });
        if (!sh.waitForStarted())
            return {};
        sh.write(before + Collector::standardInput());
        sh.closeWriteChannel();
        sh.waitForFinished(120000);
        if (exitCode)
            *exitCode = sh.exitCode();
        return sh.readAllStandardOutput();
    }

private Q_SLOTS:
    void scriptIsEmbedded()
    {
        const QByteArray script = Collector::script();
        QVERIFY(script.startsWith("#!/bin/sh"));
        QVERIFY(Collector::standardInput().startsWith("PBXW-COLLECTOR-BEGIN\n#!/bin/sh"));
    }

    void scriptIsReadOnly()
    {
        const QString script = QString::fromUtf8(Collector::script());
        // No redirection into a file (only fd duplication and /dev/null), no package manager that
        // changes anything, no rm/mv/cp/tee.
        for (const QString& line : script.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            // awk and sed programs use > as data (comparisons, brackets): only shell redirections matter.
            QString shellPart = line;
            static const QRegularExpression awkProgram(
                QStringLiteral("(awk|sed)(\\s+-\\S+)*\\s+\x27[^\x27]*\x27"));
            shellPart.remove(awkProgram);
            shellPart.remove(QRegularExpression(QStringLiteral("awk -F\\S+ \"[^\"]*\"")));
            static const QRegularExpression writeRedirect(QStringLiteral(R"(>{1,2}\s*(?!&|/dev/null|=)\S)"));
            QVERIFY2(!writeRedirect.match(shellPart).hasMatch(), qPrintable(line));
            static const QRegularExpression writer(QStringLiteral(
                R"(\b(rm|mv|cp|tee|install|mkdir|touch|apt-get\s+(install|update)|dnf\s+(install|upgrade|makecache)|yum\s+(install|update)|chmod|chown)\b\s)"));
            if (line.contains(QLatin1String("apt-get -s")))
                continue;
            QVERIFY2(!writer.match(line).hasMatch(), qPrintable(line));
        }
    }

    void withoutRootSaysWhatNeedsRoot()
    {
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("needs root and runuser to run the collector as nobody");
        QProcess sh;
        sh.start(QStringLiteral("runuser"),
            { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("sh"),
                QStringLiteral("-s") });
        QVERIFY(sh.waitForStarted());
        sh.write(Collector::script());
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(120000));
        const FactBundle b = FactBundle::parse(sh.readAllStandardOutput());
        QVERIFY(b.ok(QStringLiteral("meta")));
        QVERIFY(b.text(QStringLiteral("meta")).contains(QLatin1String("uid=65534")));
        for (const char* section :
            { "root-hash", "shadow-status", "iptables-save", "nft", "sshd-T", "asterisk-version" }) {
            const QString name = QLatin1String(section);
            QVERIFY2(b.rc(name) == 77 || b.rc(name) == 127, section);
            QVERIFY2(b.text(name).startsWith(QLatin1String("needs root")) || b.rc(name) == 127, section);
        }
        QVERIFY(!b.has(QStringLiteral("file:/etc/shadow")));
        QVERIFY(b.ok(QStringLiteral("os-release")));
    }

    void requireRootStopsWithoutRoot()
    {
        // Issue 11 item 14: asked for root, the script refuses to run as anyone else.
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
            QSKIP("needs root and runuser to run the collector as nobody");
        QProcess sh;
        sh.start(QStringLiteral("runuser"),
            { QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), QStringLiteral("sh"),
                QStringLiteral("-c"), QString::fromUtf8(Collector::launcher(true)) });
        QVERIFY(sh.waitForStarted());
        sh.write(Collector::standardInput());
        sh.closeWriteChannel();
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 76);
        const QByteArray out = sh.readAllStandardOutput();
        QVERIFY2(out.startsWith("PBXW-NOT-ROOT uid=65534"), out.constData());
        QVERIFY(!out.contains("==PBXW-SECTION"));
        // As root, the same launcher collects.
        int status = -1;
        QVERIFY(runLocally({}, true, &status).contains("==PBXW-SECTION meta=="));
        QCOMPARE(status, 0);
    }

    void framesEverySectionWithItsStatus()
    {
        // A password line sudo did not read (NOPASSWD) must be skipped, not executed: the canary
        // is in a folder this process can write, so running the line would create it.
        QTemporaryDir dir;
        const QString canary = dir.filePath(QStringLiteral("pbxw-should-not-run"));
        const QByteArray out = runLocally("touch " + QFile::encodeName(canary) + "\n");
        QVERIFY(!out.isEmpty());
        QVERIFY2(!QFile::exists(canary), "a line before the marker was executed");
        const QList<QByteArray> lines = out.split('\n');
        QStringList open;
        int sections = 0;
        for (const QByteArray& line : lines) {
            if (line.startsWith("==PBXW-SECTION ")) {
                QVERIFY2(open.isEmpty(), line.constData());
                open << QString::fromUtf8(line.mid(15).chopped(2));
                ++sections;
            } else if (line.startsWith("==PBXW-END ")) {
                QVERIFY2(!open.isEmpty(), line.constData());
                static const QRegularExpression end(QStringLiteral(R"(^==PBXW-END (.+) rc=(\d+)==$)"));
                const auto m = end.match(QString::fromUtf8(line));
                QVERIFY2(m.hasMatch(), line.constData());
                QCOMPARE(m.captured(1), open.takeLast());
            }
        }
        QVERIFY(open.isEmpty());
        QVERIFY2(sections >= 20, qPrintable(QString::number(sections)));
        QVERIFY(out.contains("==PBXW-SECTION os-release=="));
        QVERIFY(out.contains("==PBXW-SECTION ss=="));
        QVERIFY(out.contains("==PBXW-SECTION file:/etc/passwd=="));
    }

    // Where a PBX user owns /etc/asterisk (FreePBX), #include lines and symlinks there must not make
    // the root collector read files outside it, or files Asterisk itself could not read (issue 11.1).
    // Runs the collector in a private mount namespace with an overlay on /etc holding a hostile
    // /etc/asterisk; the machine's /etc is never written.
    void includesStayInsideTheAsteriskDirectory()
    {
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("needs root and unshare for a private mount namespace");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("upper")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("work")));
        QFile collector(dir.filePath(QStringLiteral("collect.sh")));
        QVERIFY(collector.open(QIODevice::WriteOnly));
        collector.write(Collector::script());
        collector.close();
        const QString setup = QStringLiteral(R"(set -e
mount -t overlay overlay -o lowerdir=/etc,upperdir=%1/upper,workdir=%1/work /etc
mkdir -p /etc/asterisk/custom
echo 'pbxwcanary:CANARY-SHADOW-5j2k:19000:0:99999:7:::' >> /etc/shadow
echo 'CANARY-SSHKEY-8h3f' > /etc/ssh/pbxw_canary_key
chmod 600 /etc/ssh/pbxw_canary_key
cat > /etc/asterisk/extensions.conf <<'X'
[globals]
#include /etc/shadow
#include ../ssh/ssh_host_ed25519_key
#include "evil.conf"
#tryinclude /etc/ssh/*key
#include /etc/asterisk/../ssh/*_key
#include custom/*.conf
#include rootonly.conf
X
ln -s /etc/ssh/pbxw_canary_key /etc/asterisk/evil.conf
ln -s /etc/shadow /etc/asterisk/pjsip.conf
printf '[from-custom]\nexten => 1,1,NoOp(inside)\n' > /etc/asterisk/custom/a.conf
printf '[general]\nenabled = yes\n[app]\ntype = user\npassword = x\n' > /etc/asterisk/ari.conf
printf '[trunk]\ntype = wizard\n' > /etc/asterisk/pjsip_wizard.conf
echo 'CANARY-ROOTONLY-4g7d' > /etc/asterisk/rootonly.conf
chmod 644 /etc/asterisk/extensions.conf /etc/asterisk/custom/a.conf /etc/asterisk/ari.conf /etc/asterisk/pjsip_wizard.conf
chown -R nobody /etc/asterisk
chown root /etc/asterisk/rootonly.conf
chmod 600 /etc/asterisk/rootonly.conf
exec sh %1/collect.sh
)")
                                  .arg(dir.path());
        QProcess sh;
        sh.start(QStringLiteral("unshare"),
            { QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                QStringLiteral("sh"), QStringLiteral("-c"), setup });
        QVERIFY(sh.waitForFinished(120000));
        QVERIFY2(sh.exitCode() == 0, sh.readAllStandardError().constData());
        const QByteArray out = sh.readAllStandardOutput();
        for (const char* canary : { "CANARY-SHADOW", "CANARY-SSHKEY", "CANARY-ROOTONLY", "PRIVATE KEY" })
            QVERIFY2(!out.contains(canary), canary);
        const FactBundle b = FactBundle::parse(out);
        // What Asterisk would read is read, as the directory's owner.
        QVERIFY(b.ok(QStringLiteral("file:/etc/asterisk/extensions.conf")));
        QVERIFY(b.text(QStringLiteral("file:/etc/asterisk/custom/a.conf"))
                    .contains(QLatin1String("NoOp(inside)")));
        QVERIFY(!b.has(QStringLiteral("file:/etc/shadow")));
        // ARI users and wizard endpoints are collected like the other Asterisk files (issue 10).
        QVERIFY(b.text(QStringLiteral("file:/etc/asterisk/ari.conf")).contains(QLatin1String("type = user")));
        QVERIFY(b.text(QStringLiteral("file:/etc/asterisk/pjsip_wizard.conf"))
                    .contains(QLatin1String("type = wizard")));
        QVERIFY(!b.has(QStringLiteral("file:/etc/asterisk/pjsip.conf")));
        QVERIFY(!b.ok(QStringLiteral("file:/etc/asterisk/rootonly.conf")));
        // And the facts say what was refused, and why.
        const QString includes = b.text(QStringLiteral("asterisk-includes"));
        QVERIFY2(includes.contains(QLatin1String("reader=nobody")), qPrintable(includes));
        for (const char* line :
            { "refused /etc/shadow (from /etc/asterisk/extensions.conf): outside /etc/asterisk",
                "refused ../ssh/ssh_host_ed25519_key (from /etc/asterisk/extensions.conf): \"..\"",
                "refused /etc/asterisk/evil.conf (from /etc/asterisk/extensions.conf): resolves outside",
                "refused /etc/ssh/*key (from /etc/asterisk/extensions.conf): outside /etc/asterisk",
                "refused /etc/asterisk/../ssh/*_key (from /etc/asterisk/extensions.conf): \"..\"",
                "refused /etc/asterisk/pjsip.conf (from /etc/asterisk): resolves outside",
                "unreadable /etc/asterisk/rootonly.conf (from /etc/asterisk/extensions.conf)",
                "read /etc/asterisk/custom/a.conf (from /etc/asterisk/extensions.conf)" })
            QVERIFY2(includes.contains(QLatin1String(line)), line);
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
