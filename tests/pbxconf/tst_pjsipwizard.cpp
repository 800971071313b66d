#include "pbxconf/PjsipWizard.h"

#include <QFile>
#include <QTest>

using namespace pbxwarden::pbxconf;
using namespace Qt::StringLiterals;

namespace {

AsteriskConfig load(const QString& relative)
{
    QFile f(qEnvironmentVariable("PBXWARDEN_SOURCE_DIR") + u"/tests/audit/data/"_s + relative);
    return AsteriskConfig::parse(u"/etc/asterisk/pjsip_wizard.conf"_s,
        f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString());
}

const ConfigSection* find(const PjsipWizardObjects& o, const QString& type, const QString& name)
{
    for (const ConfigSection* s : o.ofType(type)) {
        if (s->name == name)
            return s;
    }
    return nullptr;
}

QStringList names(const QList<const ConfigSection*>& sections)
{
    QStringList out;
    for (const ConfigSection* s : sections)
        out << s->name;
    return out;
}

} // namespace

class TestPjsipWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void objectsAWizardFileCreates()
    {
        const AsteriskConfig conf = load(u"etc-asterisk/pjsip_wizard.conf"_s);
        QVERIFY(!conf.refusedByAsterisk());
        const PjsipWizardObjects o = expandPjsipWizard(conf);
        QCOMPARE(names(o.ofType(u"endpoint"_s)),
            QStringList({ u"1001"_s, u"1002"_s, u"mytrunk"_s, u"office-gw"_s }));
        QCOMPARE(
            names(o.ofType(u"aor"_s)), QStringList({ u"1001"_s, u"1002"_s, u"mytrunk"_s, u"office-gw"_s }));
        QCOMPARE(names(o.ofType(u"auth"_s)), QStringList({ u"1001-iauth"_s, u"mytrunk-oauth"_s }));
        QCOMPARE(
            names(o.ofType(u"identify"_s)), QStringList({ u"mytrunk-identify"_s, u"office-gw-identify"_s }));
        QCOMPARE(names(o.ofType(u"registration"_s)), QStringList({ u"mytrunk-reg-0"_s, u"mytrunk-reg-1"_s }));

        // A phone from the template: its options keep the line that set them.
        const ConfigSection* phone = find(o, u"endpoint"_s, u"1001"_s);
        QCOMPARE(phone->value(u"context"_s), u"from-internal"_s);
        QVERIFY(phone->last(u"context"_s)->inherited);
        QCOMPARE(phone->last(u"context"_s)->where.line, 9);
        QCOMPARE(phone->value(u"callerid"_s), u"\"Reception\" <1001>"_s);
        QCOMPARE(phone->value(u"auth"_s), u"1001-iauth"_s);
        QCOMPARE(phone->value(u"aors"_s), u"1001"_s);
        QCOMPARE(phone->value(u"transport"_s), u"transport-udp"_s);
        const ConfigSection* auth = find(o, u"auth"_s, u"1001-iauth"_s);
        QCOMPARE(auth->value(u"password"_s), u"a-long-random-secret"_s);
        QCOMPARE(auth->value(u"auth_type"_s), u"userpass"_s);
        QCOMPARE(find(o, u"aor"_s, u"1001"_s)->value(u"max_contacts"_s), u"1"_s);
        QVERIFY(!find(o, u"identify"_s, u"1001-identify"_s)); // it registers: no identify

        // The trunk: contacts, matches (ports removed) and one registration per host.
        QCOMPARE(find(o, u"aor"_s, u"mytrunk"_s)->values(u"contact"_s),
            QStringList({ u"sip:sip1.example.net:5060"_s, u"sip:sip2.example.net"_s }));
        QCOMPARE(find(o, u"identify"_s, u"mytrunk-identify"_s)->values(u"match"_s),
            QStringList({ u"sip1.example.net"_s, u"sip2.example.net"_s }));
        const ConfigSection* reg = find(o, u"registration"_s, u"mytrunk-reg-0"_s);
        QCOMPARE(reg->value(u"client_uri"_s), u"sip:acct42@sip1.example.net:5060"_s);
        QCOMPARE(reg->value(u"outbound_auth"_s), u"mytrunk-oauth"_s);
        QCOMPARE(find(o, u"endpoint"_s, u"mytrunk"_s)->value(u"outbound_auth"_s), u"mytrunk-oauth"_s);
        QCOMPARE(find(o, u"identify"_s, u"office-gw-identify"_s)->value(u"endpoint"_s), u"office-gw"_s);

        // 1002 lacks inbound_auth/username: Asterisk builds no auth for it, and says so.
        QCOMPARE(o.problems.size(), 1);
        QVERIFY(o.problems.first().message.contains(u"1002"_s));
        QCOMPARE(o.problems.first().where.line, 18);
    }

    void wizardOptionsTakeTheirFirstValue()
    {
        // ast_variable_find_in_list(): inherited options come first, so the template's "no" wins.
        const auto conf = AsteriskConfig::parse(u"pjsip_wizard.conf"_s,
            u"[t](!)\ntype=wizard\naccepts_registrations=no\n[w](t)\naccepts_registrations=yes\n"
            "remote_hosts=198.51.100.7\n"_s);
        const auto o = expandPjsipWizard(conf);
        QCOMPARE(names(o.ofType(u"identify"_s)), QStringList { u"w-identify"_s });
        // Sections that are not wizards create nothing.
        QVERIFY(expandPjsipWizard(AsteriskConfig::parse(u"x.conf"_s, u"[e]\ntype=endpoint\n"_s))
                    .sections.isEmpty());
    }

    void theUpstreamSampleCreatesNothing()
    {
        // Every example in Asterisk's pjsip_wizard.conf.sample is commented out.
        const AsteriskConfig conf = load(u"samples/pjsip_wizard.conf.sample"_s);
        QVERIFY(conf.sections().isEmpty());
        QVERIFY(conf.problems().isEmpty());
        QVERIFY(expandPjsipWizard(conf).sections.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPjsipWizard)
#include "tst_pjsipwizard.moc"
