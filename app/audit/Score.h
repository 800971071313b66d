#pragma once

#include "audit/Finding.h"
#include "audit/Practice.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pbxwarden::audit {

// A PBX's score, the way Lynis computes its hardening index:
//
//   score = round(100 × points earned / points possible)
//
// Every assessed check is worth its severity's weight (critical 10, high 6, medium 3, low 1, info 0);
// a passed check earns its weight, a failed one earns nothing, a check that could not be assessed
// counts in neither sum. Grade: A ≥ 90, B ≥ 80, C ≥ 65, D ≥ 50, else F ("?" when nothing could be
// assessed, with score 0). Per practice: fail when a check of medium or worse failed, warn when only
// low/info checks failed, pass when every assessed check passed, not-assessed when none was.
struct Score
{
    enum class Status
    {
        Pass,
        Warn,
        Fail,
        NotAssessed
    };

    int earned = 0;
    int possible = 0;
    int value = 0;
    QString grade;
    QHash<Practice, Status> practices;

    static Score compute(const QList<Finding>& findings);
    static QString gradeFor(int value);
    static QString statusId(Status status);
    // The formula in words, for the CLI and the dashboards (translated).
    static QString explanation();
};

} // namespace pbxwarden::audit
