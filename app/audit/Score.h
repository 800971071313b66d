#pragma once

#include "audit/Finding.h"
#include "audit/Practice.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::audit {

// A PBX's score, the way Lynis computes its hardening index:
//
//   score = round(100 × points earned / points possible)
//
// Every assessed check is worth its severity's weight (critical 10, high 6, medium 3, low 1, info 0);
// a passed check earns its weight, a failed one earns nothing, a check that could not be assessed
// (or found nothing to assess) counts in neither sum. A check judged per object (one finding per
// failing endpoint, user, route) counts once, at the worst severity among its failures. Grade: A ≥ 90,
// B ≥ 80, C ≥ 65, D ≥ 50, else F ("?" when nothing could be assessed, with score 0); a grade with
// checks not assessed is partial and says so (gradeText()).
//
// Per practice: fail when a check of medium or worse failed, warn when only low/info checks failed,
// pass only when every check that matters was assessed and passed, partial when the assessed ones
// passed but some could not be assessed, not-assessed when none was, nothing-to-assess when every
// check looked and found nothing of its kind.
struct Score
{
    enum class Status
    {
        Pass,
        Warn,
        Fail,
        NotAssessed,
        Partial,
        NothingToAssess
    };
    struct Coverage
    {
        int total = 0; // distinct checks
        int assessed = 0; // of them, assessed (passed, failed or nothing to assess)
    };

    int earned = 0;
    int possible = 0;
    int value = 0;
    QString grade;
    QHash<Practice, Status> practices;
    QHash<Practice, Coverage> coverage;
    int checks = 0; // distinct checks
    int notAssessed = 0; // distinct checks not assessed

    static Score compute(const QList<Finding>& findings);
    static QString gradeFor(int value);
    static QString statusId(Status status);
    // Translated word: "pass", "warning", "fail", "not assessed", "partial", "nothing to assess".
    static QString statusText(Status status);

    // No check was left unassessed.
    bool complete() const { return notAssessed == 0; }
    // The one rule for a green tick or a "good" word: complete, and grade A or B.
    bool good() const { return complete() && (grade == u"A" || grade == u"B"); }
    // The one wording of a grade for the CLI, the run dialog, the fleet table and the dashboard
    // (translated): "A", "A (partial — 15 of 52 not assessed)", "? (nothing could be assessed)".
    QString gradeText() const;
    // A practice's result with its coverage (translated): "pass", "pass, 2 of 5 assessed",
    // "fail, 3 of 4 assessed", "not assessed", "nothing to assess".
    QString practiceText(Practice practice) const;
    // The coverage in words (translated): "all 52 assessed", "37 of 52 assessed".
    static QString coverageText(int checks, int notAssessed);
    // The formula in words, for the CLI and the dashboards (translated).
    static QString explanation();
};

} // namespace pbxwarden::audit
