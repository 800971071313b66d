#pragma once

#include "audit/Check.h"

#include <QJsonObject>
#include <QStringList>

namespace pbxwarden::audit {

// The result of one check on one PBX. A check that lacks its facts is NotAssessed, never Pass.
struct Finding
{
    enum class Outcome
    {
        Pass,
        Fail,
        NotAssessed
    };

    Check check;
    Outcome outcome = Outcome::NotAssessed;
    // "file:line: what was found" (secrets masked), or what was missing for NotAssessed.
    QStringList evidence;

    static Finding pass(const Check& check, const QStringList& evidence = {});
    static Finding fail(const Check& check, const QStringList& evidence);
    static Finding notAssessed(const Check& check, const QString& reason);

    bool failed() const { return outcome == Outcome::Fail; }
    static QString outcomeId(Outcome outcome);
    // {"check", "practice", "severity", "outcome", "title", "evidence", "why", "fix"}
    QJsonObject toJson() const;
    static Finding fromJson(const QJsonObject& object);
};

} // namespace pbxwarden::audit
