// ShellQuote against a real POSIX shell: every hostile word comes back byte for byte as one argument,
// and nothing in it is ever run.
#include "ssh/ShellQuote.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pbxwarden::ssh;

class TestShellQuote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    // What /bin/sh hands to a program for this command line: one NUL-terminated word each.
    static QList<QByteArray> argumentsSeenBy(const QByteArray& line)
    {
        QProcess sh;
        sh.start(
            QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QString::fromUtf8("printf '%s\\0' " + line) });
        if (!sh.waitForFinished(10000) || sh.exitCode() != 0)
            return { "<sh failed: " + sh.readAllStandardError() + '>' };
        QList<QByteArray> words = sh.readAllStandardOutput().split('\0');
        words.removeLast(); // after the last terminator
        return words;
    }

private Q_SLOTS:
    void hostileWordsStayData_data()
    {
        QTest::addColumn<QString>("word");
        const QString canary = m_dir.filePath(QStringLiteral("ran"));
        QTest::newRow("single quote") << QStringLiteral("it's");
        QTest::newRow("quotes only") << QStringLiteral("'''\"\"");
        QTest::newRow("break out") << QStringLiteral("'; touch %1; '").arg(canary);
        QTest::newRow("command substitution") << QStringLiteral("$(touch %1)").arg(canary);
        QTest::newRow("backticks") << QStringLiteral("`touch %1`").arg(canary);
        QTest::newRow("variables") << QStringLiteral("$HOME ${PATH} $0 $$ $1");
        QTest::newRow("newline") << QStringLiteral("line1\ntouch %1\nline3").arg(canary);
        QTest::newRow("globs") << QStringLiteral("* ? [a-z] ~root");
        QTest::newRow("operators") << QStringLiteral("a && b || c; d | e > f < g & h");
        QTest::newRow("backslashes") << QStringLiteral("\\ \\' \\\\ \\n");
        QTest::newRow("leading dash") << QStringLiteral("-rf");
        QTest::newRow("empty") << QString();
        QTest::newRow("unicode") << QStringLiteral("Zentrale Köln ☎ מרכזייה");
        QTest::newRow("control bytes") << QStringLiteral("a\tb\x1b[2J\rc");
    }
    void hostileWordsStayData()
    {
        QFETCH(QString, word);
        const QString canary = m_dir.filePath(QStringLiteral("ran"));
        QFile::remove(canary);
        const auto quoted = ShellQuote::quote(word);
        QVERIFY2(quoted.ok(), qPrintable(quoted.error()));
        QCOMPARE(argumentsSeenBy(quoted.value()), QList<QByteArray> { word.toUtf8() });
        QVERIFY2(!QFile::exists(canary), "the shell ran part of the word");
    }

    void joinGivesOneArgumentPerWord()
    {
        const QStringList words { QStringLiteral("a b"), QStringLiteral("it's"), QString(),
            QStringLiteral("$(id)\n`id`") };
        const auto line = ShellQuote::join(words);
        QVERIFY(line.ok());
        QList<QByteArray> expected;
        for (const QString& w : words)
            expected << w.toUtf8();
        QCOMPARE(argumentsSeenBy(line.value()), expected);
        const auto bytes = ShellQuote::joinBytes({ QByteArray("x'y"), QByteArray("-- z") });
        QVERIFY(bytes.ok());
        QCOMPARE(argumentsSeenBy(bytes.value()), (QList<QByteArray> { "x'y", "-- z" }));
    }

    void nulAndInvalidTextAreRefused()
    {
        // A program cannot receive a NUL: passing the rest would silently cut the word.
        QVERIFY(!ShellQuote::quote(QByteArray("a\0b", 3)));
        QVERIFY(!ShellQuote::quote(QString(QStringLiteral("rm") + QChar(0) + QStringLiteral(" -rf /"))));
        QVERIFY(!ShellQuote::join({ QStringLiteral("ok"), QString(QChar(0)) }));
        QVERIFY(!ShellQuote::quote(QByteArray("caf\xe9")));
        QVERIFY(!ShellQuote::quote(QByteArray("\xc0\xaf"))); // overlong "/"
        QVERIFY(!ShellQuote::quote(QString(QChar(0xd800))));
        QVERIFY(ShellQuote::quote(QByteArray("a\0b", 3)).error().contains(QLatin1String("NUL")));
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
