#include "audit/Score.h"

#include <QCoreApplication>

#include <cmath>

namespace pbxwarden::audit {
namespace {

// One check's findings folded into one result (a per-object check has a finding per failing object).
struct CheckResult
{
    Practice practice = Practice::Firewall;
    Severity severity = Severity::Info;
    bool failed = false;
    bool passed = false;
    bool notAssessed = false;
};

} // namespace

Score Score::compute(const QList<Finding>& findings)
{
    QHash<QString, CheckResult> byId;
    QStringList order;
    for (const Finding& f : findings) {
        auto it = byId.find(f.check.id);
        if (it == byId.end()) {
            order << f.check.id;
            it = byId.insert(f.check.id, CheckResult { f.check.practice, f.check.severity });
        }
        CheckResult& r = *it;
        switch (f.outcome) {
        case Finding::Outcome::Fail:
            if (!r.failed || f.check.severity > r.severity)
                r.severity = f.check.severity;
            r.failed = true;
            break;
        case Finding::Outcome::Pass:
            r.passed = true;
            break;
        case Finding::Outcome::NotAssessed:
            r.notAssessed = true;
            break;
        case Finding::Outcome::NothingToAssess:
            break;
        }
    }

    Score s;
    struct Tally
    {
        int failedHigh = 0, failedLow = 0, passed = 0, notAssessed = 0, total = 0;
    };
    QHash<Practice, Tally> tallies;
    for (const QString& id : std::as_const(order)) {
        const CheckResult& r = byId.value(id);
        Tally& t = tallies[r.practice];
        ++t.total;
        ++s.checks;
        // A check with some objects judged and some out of reach is judged on what was seen.
        const bool assessed = r.failed || r.passed || !r.notAssessed;
        if (!assessed) {
            ++t.notAssessed;
            ++s.notAssessed;
            continue;
        }
        if (!r.failed && !r.passed)
            continue; // nothing to assess: in neither sum
        const int weight = severityWeight(r.severity);
        s.possible += weight;
        if (r.failed) {
            (r.severity >= Severity::Medium ? t.failedHigh : t.failedLow) += 1;
        } else {
            s.earned += weight;
            ++t.passed;
        }
    }
    for (Practice p : allPractices()) {
        const Tally t = tallies.value(p);
        s.coverage.insert(p, Coverage { t.total, t.total - t.notAssessed });
        Status st = Status::NotAssessed;
        if (t.failedHigh > 0)
            st = Status::Fail;
        else if (t.failedLow > 0)
            st = Status::Warn;
        else if (t.passed > 0)
            st = t.notAssessed > 0 ? Status::Partial : Status::Pass;
        else if (t.total > 0 && t.notAssessed == 0)
            st = Status::NothingToAssess;
        s.practices.insert(p, st);
    }
    s.value = s.possible > 0 ? int(std::lround(100.0 * s.earned / s.possible)) : 0;
    s.grade = s.possible > 0 ? gradeFor(s.value) : QStringLiteral("?");
    return s;
}

QString Score::gradeFor(int value)
{
    if (value >= 90)
        return QStringLiteral("A");
    if (value >= 80)
        return QStringLiteral("B");
    if (value >= 65)
        return QStringLiteral("C");
    if (value >= 50)
        return QStringLiteral("D");
    return QStringLiteral("F");
}

QString Score::statusId(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::NotAssessed:
        return QStringLiteral("not-assessed");
    case Status::Partial:
        return QStringLiteral("partial");
    case Status::NothingToAssess:
        return QStringLiteral("nothing-to-assess");
    }
    return {};
}

QString Score::statusText(Status status)
{
    switch (status) {
    case Status::Pass:
        return QCoreApplication::translate("Score", "pass");
    case Status::Warn:
        return QCoreApplication::translate("Score", "warning");
    case Status::Fail:
        return QCoreApplication::translate("Score", "fail");
    case Status::NotAssessed:
        return QCoreApplication::translate("Score", "not assessed");
    case Status::Partial:
        return QCoreApplication::translate("Score", "partial");
    case Status::NothingToAssess:
        return QCoreApplication::translate("Score", "nothing to assess");
    }
    return {};
}

QString Score::gradeText() const
{
    if (possible == 0)
        return QCoreApplication::translate("Score", "? (nothing could be assessed)");
    if (complete())
        return grade;
    //: %1 is the grade letter; "15 of 52 not assessed"
    return QCoreApplication::translate("Score", "%1 (partial — %2 of %3 not assessed)")
        .arg(grade)
        .arg(notAssessed)
        .arg(checks);
}

QString Score::practiceText(Practice practice) const
{
    const Status st = practices.value(practice, Status::NotAssessed);
    const Coverage c = coverage.value(practice);
    switch (st) {
    case Status::Pass:
    case Status::NotAssessed:
    case Status::NothingToAssess:
        return statusText(st);
    case Status::Partial:
        // A partial practice passed what could be seen; the rest is unknown.
        return QCoreApplication::translate("Score", "pass, %1 of %2 assessed").arg(c.assessed).arg(c.total);
    case Status::Warn:
    case Status::Fail:
        if (c.assessed == c.total)
            return statusText(st);
        return QCoreApplication::translate("Score", "%1, %2 of %3 assessed")
            .arg(statusText(st))
            .arg(c.assessed)
            .arg(c.total);
    }
    return {};
}

QString Score::coverageText(int checks, int notAssessed)
{
    if (notAssessed == 0)
        return QCoreApplication::translate("Score", "all %1 assessed").arg(checks);
    return QCoreApplication::translate("Score", "%1 of %2 assessed").arg(checks - notAssessed).arg(checks);
}

QString Score::explanation()
{
    return QCoreApplication::translate("Score",
        "Score = points earned / points possible x 100. Each assessed check is worth its severity "
        "(critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that "
        "could not be assessed count in neither. Grade A >= 90, B >= 80, C >= 65, D >= 50, else F. A "
        "grade with checks not assessed is marked partial.");
}

} // namespace pbxwarden::audit
