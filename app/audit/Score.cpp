#include "audit/Score.h"

#include <QCoreApplication>

#include <cmath>

namespace pbxwarden::audit {

Score Score::compute(const QList<Finding>& findings)
{
    Score s;
    for (Practice p : allPractices())
        s.practices.insert(p, Status::NotAssessed);
    for (const Finding& f : findings) {
        if (f.outcome == Finding::Outcome::NotAssessed)
            continue;
        const int weight = severityWeight(f.check.severity);
        s.possible += weight;
        Status& st = s.practices[f.check.practice];
        if (f.outcome == Finding::Outcome::Pass) {
            s.earned += weight;
            if (st == Status::NotAssessed)
                st = Status::Pass;
        } else if (f.check.severity >= Severity::Medium) {
            st = Status::Fail;
        } else if (st != Status::Fail) {
            st = Status::Warn;
        }
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
    }
    return {};
}

QString Score::explanation()
{
    return QCoreApplication::translate("Score",
        "Score = points earned / points possible x 100. Each assessed check is worth its severity "
        "(critical 10, high 6, medium 3, low 1, info 0): a pass earns it, a fail earns nothing; checks that "
        "could not be assessed count in neither. Grade A >= 90, B >= 80, C >= 65, D >= 50, else F.");
}

} // namespace pbxwarden::audit
