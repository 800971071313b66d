#include "audit/AuditReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace pbxwarden::audit {

QList<Finding> AuditReport::failures() const
{
    QList<Finding> out;
    for (const Finding& f : findings) {
        if (f.failed())
            out << f;
    }
    std::stable_sort(out.begin(), out.end(),
        [](const Finding& a, const Finding& b) { return a.check.severity > b.check.severity; });
    return out;
}

QList<Finding> AuditReport::notAssessed() const
{
    // A per-object check is not assessed only when none of its findings was.
    QSet<QString> assessed;
    for (const Finding& f : findings) {
        if (f.assessed())
            assessed.insert(f.check.id);
    }
    QList<Finding> out;
    QSet<QString> listed;
    for (const Finding& f : findings) {
        if (!f.assessed() && !assessed.contains(f.check.id) && !listed.contains(f.check.id)) {
            listed.insert(f.check.id);
            out << f;
        }
    }
    return out;
}

std::optional<Severity> AuditReport::worst() const
{
    std::optional<Severity> w;
    for (const Finding& f : findings) {
        if (f.failed() && (!w || f.check.severity > *w))
            w = f.check.severity;
    }
    return w;
}

QJsonObject AuditReport::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), pbxName);
    o.insert(QStringLiteral("score"), score.value);
    o.insert(QStringLiteral("grade"), score.grade);
    o.insert(QStringLiteral("grade_text"), score.gradeText());
    o.insert(QStringLiteral("complete"), score.complete());
    o.insert(QStringLiteral("assessed_at"), assessedAt.toUTC().toString(Qt::ISODate));
    QJsonObject practices;
    for (Practice p : allPractices())
        practices.insert(
            practiceId(p), Score::statusId(score.practices.value(p, Score::Status::NotAssessed)));
    o.insert(QStringLiteral("practices"), practices);
    QJsonObject details;
    for (Practice p : allPractices()) {
        const Score::Coverage c = score.coverage.value(p);
        QJsonObject d;
        d.insert(
            QStringLiteral("status"), Score::statusId(score.practices.value(p, Score::Status::NotAssessed)));
        d.insert(QStringLiteral("text"), score.practiceText(p));
        d.insert(QStringLiteral("assessed"), c.assessed);
        d.insert(QStringLiteral("total"), c.total);
        details.insert(practiceId(p), d);
    }
    o.insert(QStringLiteral("practice_details"), details);
    QJsonArray list;
    for (const Finding& f : failures()) {
        QJsonObject j = f.toJson();
        j.remove(QStringLiteral("outcome"));
        j.remove(QStringLiteral("why"));
        list << j;
    }
    o.insert(QStringLiteral("findings"), list);
    QJsonArray gaps;
    for (const Finding& f : notAssessed()) {
        QJsonObject j;
        j.insert(QStringLiteral("check"), f.check.id);
        j.insert(QStringLiteral("title"), f.check.title);
        j.insert(QStringLiteral("reason"), f.evidence.join(QLatin1Char('\n')));
        gaps << j;
    }
    QJsonArray nothing;
    for (const Finding& f : findings) {
        if (f.outcome != Finding::Outcome::NothingToAssess)
            continue;
        QJsonObject j;
        j.insert(QStringLiteral("check"), f.check.id);
        j.insert(QStringLiteral("reason"), f.evidence.join(QLatin1Char('\n')));
        nothing << j;
    }
    o.insert(QStringLiteral("checks"), score.checks);
    o.insert(QStringLiteral("not_assessed"), score.notAssessed);
    o.insert(QStringLiteral("not_assessed_checks"), gaps);
    o.insert(QStringLiteral("nothing_to_assess"), nothing);
    return o;
}

QByteArray AuditReport::findingsJson() const
{
    QJsonArray list;
    for (const Finding& f : findings)
        list << f.toJson();
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace pbxwarden::audit
