#pragma once

#include "audit/Check.h"

#include <QJsonObject>
#include <QStringList>

namespace pbxwarden::audit {

// The result of one check on one PBX, or on one object of it (an endpoint, an AMI user, a route, an
// account): a check that judges objects fails once per failing object, so each can be fixed, ignored
// or explained on its own. A check that lacks its facts is NotAssessed, never Pass; a check that
// looked and found nothing of its kind to judge (no AMI user, no international route) is
// NothingToAssess, never Pass either.
struct Finding
{
    enum class Outcome
    {
        Pass,
        Fail,
        NotAssessed,
        NothingToAssess
    };

    Check check;
    Outcome outcome = Outcome::NotAssessed;
    // "file:line: what was found" (secrets masked), or what was missing for NotAssessed.
    QStringList evidence;
    // The object this finding is about ("1001", "[admin]"), empty for a check of the whole PBX.
    QString subject;
    // What the check looked at, in words ("3 PJSIP phones in pjsip.conf", "sshd -T"); translated.
    QString examined;
    // How many objects it evaluated, -1 when the check is not about a list of objects.
    int examinedCount = -1;

    static Finding pass(const Check& check, const QStringList& evidence = {});
    static Finding fail(const Check& check, const QStringList& evidence);
    static Finding notAssessed(const Check& check, const QString& reason);
    static Finding nothingToAssess(const Check& check, const QString& why);

    // Sets examined / examinedCount (chainable: Finding::pass(c).lookedAt(3, tr("3 phones"))).
    Finding& lookedAt(int count, const QString& what);
    Finding& about(const QString& object);

    bool failed() const { return outcome == Outcome::Fail; }
    bool assessed() const { return outcome != Outcome::NotAssessed; }
    static QString outcomeId(Outcome outcome);
    // Translated word for people: "pass", "fail", "not assessed", "nothing to assess".
    static QString outcomeText(Outcome outcome);
    // {"check", "practice", "severity", "outcome", "title", "evidence", "why", "fix", "subject",
    //  "examined", "examined_count"}
    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject& object);
};

} // namespace pbxwarden::audit
