#include "audit/Collector.h"
#include "audit/FactBundle.h"

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
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
