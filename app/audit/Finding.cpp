#include "audit/Finding.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace pbxwarden::audit {

Finding Finding::pass(const Check& check, const QStringList& evidence)
{
    return Finding { check, Outcome::Pass, evidence };
}

Finding Finding::fail(const Check& check, const QStringList& evidence)
{
    // Long lists (every route from every entry point) stay readable: the first ones and a count.
    constexpr int kMaxEvidence = 20;
    if (evidence.size() <= kMaxEvidence)
        return Finding { check, Outcome::Fail, evidence };
    QStringList shown = evidence.mid(0, kMaxEvidence);
    shown << QCoreApplication::translate(
        "Finding", "... and %n more", nullptr, int(evidence.size() - kMaxEvidence));
    return Finding { check, Outcome::Fail, shown };
}

Finding Finding::notAssessed(const Check& check, const QString& reason)
{
    return Finding { check, Outcome::NotAssessed, { reason } };
}

Finding Finding::nothingToAssess(const Check& check, const QString& why)
{
    Finding f { check, Outcome::NothingToAssess, { why } };
    f.examinedCount = 0;
    return f;
}

Finding& Finding::lookedAt(int count, const QString& what)
{
    examinedCount = count;
    examined = what;
    return *this;
}

Finding& Finding::about(const QString& object)
{
    subject = object;
    return *this;
}

QString Finding::outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::NotAssessed:
        return QStringLiteral("not-assessed");
    case Outcome::NothingToAssess:
        return QStringLiteral("nothing-to-assess");
    }
    return {};
}

QString Finding::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pass:
        return QCoreApplication::translate("Finding", "pass");
    case Outcome::Fail:
        return QCoreApplication::translate("Finding", "fail");
    case Outcome::NotAssessed:
        return QCoreApplication::translate("Finding", "not assessed");
    case Outcome::NothingToAssess:
        return QCoreApplication::translate("Finding", "nothing to assess");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("check"), check.id);
    o.insert(QStringLiteral("practice"), practiceId(check.practice));
    o.insert(QStringLiteral("severity"), severityId(check.severity));
    o.insert(QStringLiteral("outcome"), outcomeId(outcome));
    o.insert(QStringLiteral("title"), check.title);
    o.insert(QStringLiteral("evidence"), evidence.join(QLatin1Char('\n')));
    o.insert(QStringLiteral("why"), check.why);
    o.insert(QStringLiteral("fix"), check.fix);
    if (!subject.isEmpty())
        o.insert(QStringLiteral("subject"), subject);
    if (!examined.isEmpty())
        o.insert(QStringLiteral("examined"), examined);
    if (examinedCount >= 0)
        o.insert(QStringLiteral("examined_count"), examinedCount);
    return o;
}

Finding Finding::fromJson(const QJsonObject& o)
{
    Finding f;
    f.check.id = o.value(QLatin1String("check")).toString();
    f.check.practice
        = practiceFromId(o.value(QLatin1String("practice")).toString()).value_or(Practice::Firewall);
    f.check.severity = severityFromId(o.value(QLatin1String("severity")).toString()).value_or(Severity::Info);
    f.check.title = o.value(QLatin1String("title")).toString();
    f.check.why = o.value(QLatin1String("why")).toString();
    f.check.fix = o.value(QLatin1String("fix")).toString();
    const QString outcome = o.value(QLatin1String("outcome")).toString();
    f.outcome = outcome == u"pass"        ? Outcome::Pass
        : outcome == u"fail"              ? Outcome::Fail
        : outcome == u"nothing-to-assess" ? Outcome::NothingToAssess
                                          : Outcome::NotAssessed;
    f.subject = o.value(QLatin1String("subject")).toString();
    f.examined = o.value(QLatin1String("examined")).toString();
    f.examinedCount = o.value(QLatin1String("examined_count")).toInt(-1);
    const QString evidence = o.value(QLatin1String("evidence")).toString();
    f.evidence = evidence.isEmpty() ? QStringList() : evidence.split(QLatin1Char('\n'));
    return f;
}

} // namespace pbxwarden::audit
