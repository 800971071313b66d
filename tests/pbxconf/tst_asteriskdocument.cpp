#include "audit/FactBundle.h"
#include "pbxconf/AsteriskConfig.h"
#include "pbxconf/AsteriskConfigDocument.h"
#include "pbxconf/Dialplan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace pbxwarden::pbxconf;
using namespace Qt::StringLiterals;
using Doc = AsteriskConfigDocument;

namespace {

QString sourceDir()
{
    return qEnvironmentVariable("PBXWARDEN_SOURCE_DIR");
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every Asterisk configuration file in the repository: the lab profiles, the test data, the AMI
// captures the simulator serves, the sample corpus, and the /etc/asterisk files inside the fact bundles.
QList<QPair<QString, QByteArray>> everyConfigFile()
{
    QList<QPair<QString, QByteArray>> out;
    const QString root = sourceDir();
    QDirIterator it(root + u"/tests"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = path.mid(root.size() + 1);
        const bool asteriskDir = rel.contains(u"/etc/asterisk/"_s) || rel.contains(u"/etc-asterisk/"_s)
            || rel.startsWith(u"tests/audit/data/samples/"_s);
        if (asteriskDir && !rel.endsWith(u"README.md"_s))
            out << qMakePair(rel, readFile(path));
        if (rel.endsWith(u".bundle"_s)) {
            const auto bundle = pbxwarden::audit::FactBundle::parse(readFile(path));
            for (const QString& f : bundle.files()) {
                if (f.startsWith(u"/etc/asterisk/"_s))
                    out << qMakePair(rel + u':' + f, bundle.file(f).toUtf8());
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The lines of a file and, between two versions, where they differ: the common head, then how many
// lines were taken out and put in there before the common tail.
struct LineDiff
{
    int at = 0;
    int removed = 0;
    int added = 0;
};

LineDiff diff(const QByteArray& before, const QByteArray& after)
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

AsteriskConfig read(const QString& text, const QHash<QString, QString>& files = {})
{
    return AsteriskConfig::parse(u"/etc/asterisk/test.conf"_s, text, [files](const QString& pattern) {
        QList<QPair<QString, QString>> out;
        const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(pattern));
        QStringList names = files.keys();
        names.sort();
        for (const QString& n : names) {
            if (glob.match(n).hasMatch())
                out << qMakePair(n, files.value(n));
        }
        return out;
    });
}

} // namespace

class TestAsteriskDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripEveryFileInTheRepository()
    {
        const auto files = everyConfigFile();
        // The corpus is there: lab profiles, captures, test data and bundles.
        QVERIFY2(files.size() >= 40, qPrintable(QString::number(files.size())));
        for (const auto& [name, bytes] : files) {
            const Doc doc = Doc::parse(bytes);
            QVERIFY2(doc.toBytes() == bytes, qPrintable(name));
        }
    }

    // Asterisk's samples read without losing or inventing an object (counted against what Asterisk
    // loads from them: the examples are commented out).
    void sampleCorpusCounts()
    {
        const QString dir = sourceDir() + u"/tests/audit/data/samples/"_s;
        const auto manager = AsteriskConfig::parse(
            u"manager.conf"_s, QString::fromUtf8(readFile(dir + u"manager.conf.sample"_s)));
        QCOMPARE(manager.sections().size(), 1);
        QCOMPARE(manager.sections().first().name, u"general"_s);
        QCOMPARE(manager.entryCount(), 3);
        QCOMPARE(manager.first(u"general"_s)->value(u"bindaddr"_s), u"0.0.0.0"_s);
        QVERIFY(manager.problems().isEmpty());
        const auto wizard = AsteriskConfig::parse(
            u"pjsip_wizard.conf"_s, QString::fromUtf8(readFile(dir + u"pjsip_wizard.conf.sample"_s)));
        QCOMPARE(wizard.sections().size(), 0);
        QVERIFY(wizard.problems().isEmpty());
        // extensions.conf.sample: 30 contexts ([general] and [globals] among them), 165 "=>" lines
        // and 7 "=" lines, counted by hand from the file.
        const auto ext = AsteriskConfig::parse(
            u"extensions.conf"_s, QString::fromUtf8(readFile(dir + u"extensions.conf.sample"_s)));
        QCOMPARE(ext.sections().size(), 30);
        QCOMPARE(ext.entryCount(), 172);
        QVERIFY(ext.problems().isEmpty());
        QCOMPARE(ext.first(u"trunkint"_s)->values(u"exten"_s).size(), 2);
        QCOMPARE(ext.first(u"globals"_s)->value(u"trunk"_s), u"DAHDI/G2"_s);
        QVERIFY(Dialplan::build(ext).context(u"stdPrivacyexten"_s));
    }

    // Random files built from the language's own tokens: every one comes back byte for byte, the
    // reader stays within its limits, and an edit of an option reads back as written.
    void randomFilesRoundTrip()
    {
        static const char* const tokens[] = { ";", ";--", "--;", "-", "\\", "[", "]", "(", ")", "(!)", "(+)",
            "=", "=>", "+=", "#include x", "#tryinclude", "\r", "\n", "\n", "\n", " ", "\t", "a", "b", ",",
            "\xff", "[s]\n", "k=v\n", "[s]\n", "k = v ; c\n", " k=>v\n" };
        QRandomGenerator rng(20261207);
        int edits = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes;
            const int n = int(rng.bounded(60));
            for (int i = 0; i < n; ++i)
                bytes += tokens[rng.bounded(int(std::size(tokens)))];
            Doc doc = Doc::parse(bytes);
            QCOMPARE(doc.toBytes(), bytes);
            const auto c = AsteriskConfig::parse(u"r.conf"_s, QString::fromUtf8(bytes));
            QVERIFY(c.entryCount() <= AsteriskConfig::Limits().maxEntries);
            for (int s = 0; s < doc.sections().size(); ++s) {
                for (int i : doc.optionLines(s, u"k"_s)) {
                    if (doc.lines().at(i).op == Doc::Operator::Append)
                        continue;
                    Doc edited = doc;
                    if (edited.setValue(s, u"k"_s, u"x;y"_s, Doc::Occurrence::First).ok()) {
                        const QList<int> lines = edited.optionLines(s, u"k"_s);
                        QVERIFY(!lines.isEmpty());
                        QCOMPARE(diff(bytes, edited.toBytes()).removed, 1);
                        ++edits;
                    }
                    break;
                }
            }
        }
        QVERIFY2(edits > 100, qPrintable(QString::number(edits)));
    }

    void roundTripAwkwardBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one newline") << QByteArray("\n");
        QTest::newRow("no final newline") << QByteArray("[a]\nb=c");
        QTest::newRow("crlf") << QByteArray("[a]\r\nb = c ; note\r\n\r\n");
        QTest::newRow("mixed endings") << QByteArray("[a]\r\nb=c\nd=e\r\n");
        QTest::newRow("lone cr") << QByteArray("[a]\rb=c\r");
        QTest::newRow("tabs and spaces") << QByteArray("\t[a]  \n  b\t=>\tc\t\n");
        QTest::newRow("invalid utf-8") << QByteArray("[a]\nb=\xff\xfe\xc3(\n");
        QTest::newRow("nul byte") << QByteArray("[a]\nb=c\0d\n", 11);
        QTest::newRow("long line") << (QByteArray("[a]\nb=") + QByteArray(9000, 'x') + "\n");
        QTest::newRow("block comments")
            << QByteArray(";-- open\n;-- nested --;\n[h]\n--; [v] ;------\n#include \"x.conf\"\n");
    }

    void roundTripAwkwardBytes()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(Doc::parse(bytes).toBytes(), bytes);
    }

    // Each edit on every file of the corpus that has an option: only its own lines change.
    void editsChangeOnlyTheirLines()
    {
        int edited = 0;
        for (const auto& [name, bytes] : everyConfigFile()) {
            const Doc original = Doc::parse(bytes);
            int section = -1;
            int line = -1;
            for (int s = 0; s < original.sections().size() && line < 0; ++s) {
                for (int i = original.sections().at(s).header + 1;
                     i < original.lines().size() && original.lines().at(i).section == s; ++i) {
                    const auto& l = original.lines().at(i);
                    if (l.kind == Doc::LineKind::Option && l.op != Doc::Operator::Append
                        && !l.raw.contains('\\') && !l.raw.contains(";--") && !l.raw.contains("--;")
                        && original.optionLines(s, l.key).first() == i) {
                        section = s;
                        line = i;
                        break;
                    }
                }
            }
            if (line < 0)
                continue;
            ++edited;
            const QString key = original.lines().at(line).key;

            Doc set = original;
            QVERIFY2(
                set.setValue(section, key, u"pbxw;edited"_s, Doc::Occurrence::First).ok(), qPrintable(name));
            LineDiff d = diff(bytes, set.toBytes());
            QVERIFY2(d.at == line && d.removed == 1 && d.added == 1, qPrintable(name));
            QCOMPARE(set.lines().at(line).value, u"pbxw;edited"_s);
            QCOMPARE(set.lines().at(line).key, key);

            Doc add = original;
            const auto added = add.addLine(section, u"pbxw_added = 1"_s);
            QVERIFY2(added.ok(), qPrintable(name));
            d = diff(bytes, add.toBytes());
            QVERIFY2(d.removed == 0 && d.added == 1 && d.at == added.value(), qPrintable(name));
            QCOMPARE(add.lines().at(added.value()).section, section);

            Doc append = original;
            QVERIFY2(append.appendSection(u"pbxw-new"_s, { u"type = aor"_s }).ok(), qPrintable(name));
            d = diff(bytes, append.toBytes());
            QVERIFY2(d.removed == 0 && d.added >= 2 && d.added <= 3, qPrintable(name));
            QCOMPARE(append.sections().last().name, u"pbxw-new"_s);
            QCOMPARE(append.toBytes().endsWith('\n'), bytes.endsWith('\n') || bytes.isEmpty());

            Doc remove = original;
            QVERIFY2(remove.removeLine(line).ok(), qPrintable(name));
            d = diff(bytes, remove.toBytes());
            QVERIFY2(d.at == line && d.removed == 1 && d.added == 0, qPrintable(name));
        }
        QVERIFY2(edited >= 30, qPrintable(QString::number(edited)));
    }

    void setValueKeepsSpacingCommentAndOperator()
    {
        Doc doc = Doc::parse(
            "[general]\r\n  bindaddr =  0.0.0.0   ; all of them\r\n[ctx]\r\nexten => 1,1,NoOp\r\n");
        QVERIFY(doc.setValue(doc.sectionsNamed(u"GENERAL"_s).first(), u"BINDADDR"_s, u"127.0.0.1"_s).ok());
        QCOMPARE(doc.toBytes(),
            QByteArray(
                "[general]\r\n  bindaddr =  127.0.0.1   ; all of them\r\n[ctx]\r\nexten => 1,1,NoOp\r\n"));
        QVERIFY(doc.setValue(1, u"exten"_s, u"2,1,Hangup()"_s).ok());
        QVERIFY(doc.toBytes().endsWith("exten => 2,1,Hangup()\r\n"));
        // A new option follows the section's style and the file's line ends.
        QVERIFY(doc.setValue(0, u"bindport"_s, u"5060"_s).ok());
        QCOMPARE(doc.lines().at(2).raw, QByteArray("  bindport = 5060"));
        QVERIFY(doc.lines().at(2).crlf);
        // First or last occurrence, as a module reads it.
        Doc dup = Doc::parse("[a]\nallow=ulaw\nallow=alaw\n");
        QVERIFY(dup.setValue(0, u"allow"_s, u"g722"_s, Doc::Occurrence::First).ok());
        QCOMPARE(dup.toBytes(), QByteArray("[a]\nallow=g722\nallow=alaw\n"));
        QVERIFY(dup.setValue(0, u"allow"_s, u"opus"_s, Doc::Occurrence::Last).ok());
        QCOMPARE(dup.toBytes(), QByteArray("[a]\nallow=g722\nallow=opus\n"));
        // What Asterisk could not read back is refused, and nothing changes.
        QVERIFY(!dup.setValue(0, u"allow"_s, u"a\nb"_s).ok());
        QVERIFY(!dup.setValue(0, u"al;low"_s, u"x"_s).ok());
        QVERIFY(!dup.setValue(7, u"allow"_s, u"x"_s).ok());
        QVERIFY(!dup.addLine(0, u"x=1\r\n[evil]"_s).ok());
        QCOMPARE(dup.toBytes(), QByteArray("[a]\nallow=g722\nallow=opus\n"));
    }

    void addLineAndAppendKeepTheEnding()
    {
        Doc doc = Doc::parse("[a]\nb=c\n\n; about x\n[x]\ny=z");
        const auto at = doc.addLine(0, u"d=e"_s);
        QVERIFY(at.ok());
        QCOMPARE(at.value(), 2); // after the last option, before the comment that leads [x]
        QVERIFY(doc.addLine(1, u"w=v"_s).ok());
        QCOMPARE(doc.toBytes(), QByteArray("[a]\nb=c\nd=e\n\n; about x\n[x]\ny=z\nw=v"));
        QVERIFY(doc.appendSection(u"n"_s, { u"k=1"_s }, u"!"_s).ok());
        QCOMPARE(doc.toBytes(), QByteArray("[a]\nb=c\nd=e\n\n; about x\n[x]\ny=z\nw=v\n\n[n](!)\nk=1"));
        QVERIFY(doc.removeLine(int(doc.lines().size()) - 1).ok());
        QVERIFY(doc.toBytes().endsWith("[n](!)"));
    }

    // Comments as config.c reads them; each of these was read wrong before.
    void separatorLinesAreLineComments()
    {
        const auto c
            = read(u"[general]\n;-----------------------\nbindaddr=0.0.0.0\n;---- x ----\nport=1\n"_s);
        QCOMPARE(c.first(u"general"_s)->value(u"bindaddr"_s), u"0.0.0.0"_s);
        QCOMPARE(c.first(u"general"_s)->value(u"port"_s), u"1"_s);
    }

    void blockCommentsNest()
    {
        const auto c = read(
            u";-- outer\n;-- inner --;\n[hidden]\ntype=endpoint\n--;\n[visible]\na=b ;-- x --; c=d\n"_s);
        QVERIFY(!c.first(u"hidden"_s));
        QVERIFY(c.first(u"visible"_s));
        QCOMPARE(c.first(u"visible"_s)->value(u"a"_s), u"b  c=d"_s);
    }

    void blockCommentsEndWithTheirFile()
    {
        const auto c = read(u"[a]\n#include inc.conf\n[after]\nx=1\n"_s,
            { { u"/etc/asterisk/inc.conf"_s, u"y=2\n;-- never closed\nz=3\n"_s } });
        QCOMPARE(c.first(u"a"_s)->value(u"y"_s), u"2"_s);
        QVERIFY(!c.first(u"a"_s)->has(u"z"_s));
        QVERIFY(c.first(u"after"_s));
        QCOMPARE(c.first(u"after"_s)->value(u"x"_s), u"1"_s);
    }

    void includesAndTryIncludes()
    {
        const auto c = read(
            u"[a]\n#tryinclude \"gone.conf\"\n#tryinclude <d/*.conf>\n#include missing.conf\n"_s,
            { { u"/etc/asterisk/d/2.conf"_s, u"[two]\n"_s }, { u"/etc/asterisk/d/1.conf"_s, u"[one]\n"_s } });
        QCOMPARE(c.sections().size(), 3);
        QCOMPARE(c.sections().at(1).name, u"one"_s); // glob order
        QCOMPARE(c.problems().size(), 1);
        QVERIFY(c.problems().first().fatal);
        QVERIFY(c.problems().first().message.contains(u"missing.conf"_s));
        QVERIFY(c.refusedByAsterisk());
    }

    void anIncludeKeepsTheIncludingSection()
    {
        const auto c
            = read(u"[a]\n#include b.conf\ny=2\n"_s, { { u"/etc/asterisk/b.conf"_s, u"x=1\n[b]\nz=3\n"_s } });
        QCOMPARE(c.first(u"a"_s)->value(u"x"_s), u"1"_s); // the included file starts in [a]
        QCOMPARE(c.first(u"a"_s)->value(u"y"_s), u"2"_s); // and [a] is still current after it
        QVERIFY(!c.first(u"b"_s)->has(u"y"_s));
    }

    void plusEqualsAppends()
    {
        const auto c = read(u"[1001]\nallow=ulaw\nallow+=,alaw\nset_var=A=1\nnew+=x\n"_s);
        const ConfigSection* s = c.first(u"1001"_s);
        QCOMPARE(s->values(u"allow"_s), QStringList { u"ulaw,alaw"_s });
        QVERIFY(!s->has(u"allow+"_s));
        QCOMPARE(s->value(u"set_var"_s), u"A=1"_s);
        QCOMPARE(s->value(u"new"_s), u"x"_s); // nothing to append to: set
    }

    void templatesAsConfigC()
    {
        // The first section of the name, without case; (+) adds to the first non-template one.
        const auto c = read(u"[Tpl](!)\ncontext=a\n[tpl](!)\ncontext=b\n[x](TPL)\n"
                            "[1001]\ntype=endpoint\n[1001]\ntype=aor\n[1001](+)\nmax_contacts=1\n"_s);
        QCOMPARE(c.first(u"x"_s)->value(u"context"_s), u"a"_s);
        QCOMPARE(c.named(u"1001"_s).at(0)->value(u"max_contacts"_s), u"1"_s);
        QVERIFY(!c.named(u"1001"_s).at(1)->has(u"max_contacts"_s));
        QVERIFY(!c.refusedByAsterisk());
        // Options must follow ']' directly: "[t] (!)" is an object named t, not a template.
        const auto spaced = read(u"[t] (!)\ntype=endpoint\n"_s);
        QCOMPARE(spaced.named(u"t"_s).size(), 1);
        QVERIFY(spaced.warnings().join(u'\n').contains(u"ignored"_s));
        // "(a, b)": config.c looks for " b" and refuses the file; the reader says so and reads on.
        const auto blank = read(u"[a](!)\nx=1\n[b](!)\ny=2\n[c](a, b)\n"_s);
        QVERIFY(blank.refusedByAsterisk());
        QCOMPARE(blank.first(u"c"_s)->value(u"y"_s), u"2"_s);
        // A template of templates, and a missing one.
        const auto chain = read(u"[t1](!)\na=1\n[t2](!,t1)\nb=2\n[e](t2)\n[f](nope)\n"_s);
        QCOMPARE(chain.first(u"e"_s)->value(u"a"_s), u"1"_s);
        QVERIFY(chain.first(u"e"_s)->last(u"a"_s)->inherited);
        QVERIFY(chain.refusedByAsterisk());
    }

    // issue 11 item 5: each template inheriting the one before twice doubles; the reader stops at its
    // limit with a typed error instead of holding 2^23 options.
    void exponentialInheritanceIsCapped()
    {
        QString text = u"[t0](!)\ndeny=0.0.0.0/0\npermit=10.0.0.0/8\n"_s;
        for (int i = 1; i <= 23; ++i)
            text += u"[t%1](!,t%2,t%2)\n"_s.arg(i).arg(i - 1);
        text += u"[victim](t23)\ntype=endpoint\n"_s;
        const auto c = read(text);
        QVERIFY(c.limitError().has_value());
        QVERIFY(c.entryCount() <= AsteriskConfig::Limits().maxEntries);
        // All sections together hold 2^(n+2)-2 options after [tn]: [t15] fits, [t16] does not.
        QCOMPARE(c.limitError()->where.line, 3 + 16);
        QVERIFY(c.limitError()->message.contains(u"not assessed"_s));
        QVERIFY(!c.first(u"victim"_s));

        // Lower limits hold too, for options and for "+=" growth.
        AsteriskConfig::Limits small;
        small.maxEntries = 100;
        const auto capped = AsteriskConfig::parse(u"x.conf"_s, text, {}, small);
        QVERIFY(capped.limitError());
        QVERIFY(capped.entryCount() <= 100);
        QString grow = u"[a]\nv="_s + QString(4000, u'x') + u'\n';
        for (int i = 0; i < 100; ++i)
            grow += u"v+="_s + QString(4000, u'x') + u'\n';
        const auto grown = read(grow);
        QVERIFY(grown.limitError());
        QVERIFY(grown.first(u"a"_s)->value(u"v"_s).size() <= AsteriskConfig::Limits().maxValueLength);
    }

    void aLargeHonestConfigurationIsRead()
    {
        QString text = u"[phone](!)\ntype=endpoint\n"_s;
        for (int i = 0; i < 20; ++i)
            text += u"opt%1=v\n"_s.arg(i);
        for (int i = 0; i < 3000; ++i)
            text += u"[%1](phone)\nauth=%1\n"_s.arg(1000 + i);
        const auto c = read(text);
        QVERIFY(!c.limitError());
        QCOMPARE(c.named(u"3999"_s).first()->entries.size(), 22);
    }
};

QTEST_GUILESS_MAIN(TestAsteriskDocument)
#include "tst_asteriskdocument.moc"
