#include "audit/ReferenceData.h"
#include "audit/Score.h"
#include "pbxconf/Dialplan.h"

#include <QTest>

using namespace pbxwarden::audit;
using namespace pbxwarden::pbxconf;
using namespace Qt::StringLiterals;

namespace {

Dialplan plan(const QString& text)
{
    return Dialplan::build(AsteriskConfig::parse(u"extensions.conf"_s, text));
}

// Trunks: PJSIP/...@trunk and DAHDI; phones: PJSIP/<name> without '@'.
const Dialplan::TrunkTest kTrunks = [](const QString& tech, const QString& resource) {
    return tech == u"DAHDI" || resource == u"trunk";
};

QList<Dialplan::Reach> intl(const Dialplan& p, const QString& start)
{
    QList<Dialplan::Reach> out;
    for (const auto& r : p.reach(start, kTrunks, { u"00"_s, u"011"_s, u"9011"_s }, 7)) {
        if (r.international)
            out << r;
    }
    return out;
}

Finding finding(Severity s, Finding::Outcome o, Practice p = Practice::Firewall)
{
    Finding f;
    f.check.id = u"x"_s;
    f.check.severity = s;
    f.check.practice = p;
    f.outcome = o;
    return f;
}

} // namespace

class TestDialplan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("international");
        QTest::addColumn<bool>("loose");
        QTest::newRow("_X.") << u"_X."_s << true << true;
        QTest::newRow("_.") << u"_."_s << true << true;
        QTest::newRow("_!") << u"_!"_s << true << true;
        QTest::newRow("_00X.") << u"_00X."_s << true << true;
        QTest::newRow("_011X.") << u"_011X."_s << true << true;
        QTest::newRow("_9011.") << u"_9011."_s << true << true;
        QTest::newRow("strict intl") << u"_00[1-9]XXXXXXX"_s << true << false;
        QTest::newRow("national fixed") << u"_0[1-9]XXXXXX"_s << false << false;
        QTest::newRow("internal") << u"_10XX"_s << false << false;
        QTest::newRow("literal") << u"4930123456"_s << false << false;
        QTest::newRow("short intl") << u"_00XXX"_s << false << false;
        QTest::newRow("N first") << u"_NXX."_s << true << true; // 9 + 011...
        QTest::newRow("no 0 or 9") << u"_[1-8]XX."_s << false << true;
        QTest::newRow("cid match") << u"_00X./1001"_s << true << true;
    }

    void patterns()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, international);
        QFETCH(bool, loose);
        QCOMPARE(Dialplan::canBeInternational(pattern, { u"00"_s, u"011"_s, u"9011"_s }, 7), international);
        QCOMPARE(Dialplan::isLoose(pattern), loose);
    }

    void matching()
    {
        QVERIFY(Dialplan::matches(u"_10XX"_s, u"1001"_s));
        QVERIFY(!Dialplan::matches(u"_10XX"_s, u"100"_s));
        QVERIFY(Dialplan::matches(u"_0[1-9]X."_s, u"0301234"_s));
        QVERIFY(!Dialplan::matches(u"_0[1-9]X."_s, u"00"_s));
        QVERIFY(Dialplan::matches(u"s"_s, u"s"_s));
        QVERIFY(Dialplan::matches(u"_X!"_s, u"1"_s));
    }

    void openInternationalThroughIncludes()
    {
        const Dialplan p
            = plan(u"[globals]\nOUT = trunk\n[internal]\nexten => _00X.,1,Dial(PJSIP/${EXTEN}@${OUT})\n"
                   "[inbound]\ninclude => internal\n[public]\ninclude => inbound\n"_s);
        const auto r = intl(p, u"public"_s);
        QCOMPARE(r.size(), 1);
        QVERIFY(!r.first().authenticated);
        QVERIFY(!r.first().timeRestricted);
        QVERIFY(r.first().unfilteredExten);
        QCOMPARE(r.first().path, QStringList { u"internal,_00X."_s });
        QCOMPARE(r.first().where.line, 4);
    }

    void protectedInternational()
    {
        // The hardened lab's shape: GotoIfTime to a label, Authenticate, FILTER, 011 rewritten by Goto.
        const Dialplan p = plan(
            u"[intl]\nexten => _00[1-9]XXXXX.,1,NoOp()\n same => n,GotoIfTime(08:00-18:00,mon-fri,*,*?open)\n"
            " same => n,Hangup(21)\n same => n(open),Authenticate(1234)\n"
            " same => n,Dial(PJSIP/${FILTER(0123456789,${EXTEN})}@trunk,60)\n"
            "exten => _011[1-9]XXXXX.,1,Goto(00${EXTEN:3},1)\n"
            "[phones]\ninclude => intl\n"_s);
        const auto r = intl(p, u"phones"_s);
        QVERIFY(!r.isEmpty());
        for (const auto& x : r) {
            QVERIFY(x.authenticated);
            QVERIFY(x.timeRestricted);
            QVERIFY(!x.unfilteredExten);
        }
    }

    void followsGosubMacroLocalAndGotoIf()
    {
        const Dialplan p
            = plan(u"[sub-pin]\nexten => s,1,Authenticate(/etc/asterisk/pins)\n same => n,Return()\n"
                   "[macro-dialout]\nexten => s,1,Dial(DAHDI/g0/${ARG1})\n"
                   "[out]\nexten => _X.,1,Dial(PJSIP/${EXTEN}@trunk)\n"
                   "[a]\nexten => _00X.,1,Gosub(sub-pin,s,1)\n same => n,Dial(PJSIP/${EXTEN}@trunk)\n"
                   "[b]\nexten => _00X.,1,Macro(dialout,${EXTEN})\n"
                   "[c]\nexten => _00X.,1,Dial(Local/${EXTEN}@out)\n"
                   "[d]\nexten => _00X.,1,GotoIf($[${CALLERID(num)} = 1003]?ok:no)\n same => "
                   "n(ok),Dial(PJSIP/${EXTEN}@trunk)\n"
                   " same => n(no),Hangup()\n"
                   "[e]\nexten => _00X.,1,Set(X=${IFTIME(08:00-17:00,*,*,*?1:0)})\n same => "
                   "n,Dial(PJSIP/${EXTEN}@trunk)\n"
                   "[f]\nexten => 100,1,Dial(PJSIP/alice)\n same => n,Goto(out,0044123456789,1)\n"_s);
        const auto a = intl(p, u"a"_s);
        QCOMPARE(a.size(), 1);
        QVERIFY(a.first().authenticated); // the subroutine asked for the PIN before returning
        const auto b = intl(p, u"b"_s);
        QCOMPARE(b.size(), 1); // DAHDI through the macro, the number is the caller's
        QVERIFY(!b.first().authenticated);
        QCOMPARE(intl(p, u"c"_s).size(), 1);
        QCOMPARE(intl(p, u"d"_s).size(), 1);
        QVERIFY(intl(p, u"e"_s).first().timeRestricted);
        // A literal international number reached by Goto from an internal extension.
        const auto f = intl(p, u"f"_s);
        QCOMPARE(f.size(), 0); // the caller dialled 100: the number is fixed by the dialplan...
        const auto all = p.reach(u"f"_s, kTrunks, { u"00"_s }, 7);
        QCOMPARE(all.size(), 2); // ...but both Dials are found
    }

    void loopsAndMissingContextsEnd()
    {
        const Dialplan p = plan(
            u"[a]\ninclude => b\nexten => _X.,1,Goto(a,${EXTEN},1)\n[b]\ninclude => a\ninclude => nowhere\n"_s);
        QCOMPARE(p.reach(u"a"_s, kTrunks, { u"00"_s }, 7).size(), 0);
        QCOMPARE(p.reach(u"missing"_s, kTrunks, { u"00"_s }, 7).size(), 0);
    }

    void referenceTables()
    {
        const ReferenceData& ref = ReferenceData::instance();
        QVERIFY(ref.series().size() >= 9);
        const QDate day(2026, 11, 26);
        QVERIFY(ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 18.20.0"_s), day));
        QVERIFY(ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 16.25.1"_s), day));
        QVERIFY(ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 11.25.3"_s), day));
        QVERIFY(ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 21.4.1"_s), day)); // 2026-10-18
        QVERIFY(!ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 21.4.1"_s), QDate(2026, 10, 17)));
        QVERIFY(!ref.isEndOfLife(*AsteriskVersion::parse(u"Asterisk 22.10.1"_s), day));
        QVERIFY(ref.isSecurityOnly(*AsteriskVersion::parse(u"Asterisk 20.15.2"_s), day));
        QCOMPARE(AsteriskVersion::parse(u"Asterisk certified/18.9-cert5"_s)->major, 18);
        QVERIFY(!AsteriskVersion::parse(u"asterisk: command not found"_s));

        QStringList ids;
        for (const auto& a : ref.advisoriesAffecting(*AsteriskVersion::parse(u"Asterisk 22.10.1"_s)))
            ids << a.id;
        QVERIFY(ids.isEmpty());
        for (const auto& a : ref.advisoriesAffecting(*AsteriskVersion::parse(u"Asterisk 20.9.1"_s)))
            ids << a.id;
        QVERIFY(ids.contains(u"GHSA-c4cg-9275-6w44"_s)); // fixed in 20.9.2
        QVERIFY(!ids.contains(u"GHSA-8857-hfmw-vg8f"_s)); // fixed in 20.5.1
        QVERIFY(!ids.contains(u"AST-2018-008"_s)); // branch 20 came after the fix
        ids.clear();
        for (const auto& a : ref.advisoriesAffecting(*AsteriskVersion::parse(u"Asterisk 19.8.0"_s)))
            ids << a.id;
        QVERIFY(!ids.contains(u"AST-2022-004"_s)); // 19.2.1 fixed it
        QVERIFY(ids.contains(u"GHSA-8857-hfmw-vg8f"_s)); // 19 got no fix
        QVERIFY(!ref.internationalPrefixes().isEmpty());
        QVERIFY(!ref.premiumCodes().isEmpty());
    }

    void score()
    {
        using O = Finding::Outcome;
        // 10 + 6 + 3 + 1 possible; critical and low pass: 11/20 = 55 -> D.
        const QList<Finding> f { finding(Severity::Critical, O::Pass, Practice::Firewall),
            finding(Severity::High, O::Fail, Practice::Ssh),
            finding(Severity::Medium, O::Fail, Practice::Web), finding(Severity::Low, O::Pass, Practice::Web),
            finding(Severity::Low, O::Fail, Practice::Backups),
            finding(Severity::Info, O::Fail, Practice::Backups),
            finding(Severity::Critical, O::NotAssessed, Practice::Updates) };
        const Score s = Score::compute(f);
        QCOMPARE(s.possible, 21);
        QCOMPARE(s.earned, 11);
        QCOMPARE(s.value, 52);
        QCOMPARE(s.grade, u"D"_s);
        QCOMPARE(s.practices.value(Practice::Firewall), Score::Status::Pass);
        QCOMPARE(s.practices.value(Practice::Ssh), Score::Status::Fail);
        QCOMPARE(s.practices.value(Practice::Web), Score::Status::Fail);
        QCOMPARE(s.practices.value(Practice::Backups), Score::Status::Warn);
        QCOMPARE(s.practices.value(Practice::Updates), Score::Status::NotAssessed);
        QCOMPARE(s.practices.value(Practice::Destinations), Score::Status::NotAssessed);
        QCOMPARE(Score::gradeFor(90), u"A"_s);
        QCOMPARE(Score::gradeFor(89), u"B"_s);
        QCOMPARE(Score::gradeFor(80), u"B"_s);
        QCOMPARE(Score::gradeFor(65), u"C"_s);
        QCOMPARE(Score::gradeFor(64), u"D"_s);
        QCOMPARE(Score::gradeFor(50), u"D"_s);
        QCOMPARE(Score::gradeFor(49), u"F"_s);
        QCOMPARE(Score::compute({}).grade, u"?"_s);
        QVERIFY(Score::explanation().contains(u"critical 10"_s));
    }
};

QTEST_GUILESS_MAIN(TestDialplan)
#include "tst_dialplan.moc"
