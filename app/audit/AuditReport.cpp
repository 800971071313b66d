#include "audit/AuditReport.h"

#include <QJsonArray>
#include <QJsonDocument>

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
    o.insert(QStringLiteral("assessed_at"), assessedAt.toUTC().toString(Qt::ISODate));
    QJsonObject practices;
    for (Practice p : allPractices())
        practices.insert(
            practiceId(p), Score::statusId(score.practices.value(p, Score::Status::NotAssessed)));
    o.insert(QStringLiteral("practices"), practices);
    QJsonArray list;
    for (const Finding& f : failures()) {
        QJsonObject j = f.toJson();
        j.remove(QStringLiteral("outcome"));
        j.remove(QStringLiteral("why"));
        list << j;
    }
    o.insert(QStringLiteral("findings"), list);
    int notAssessed = 0;
    for (const Finding& f : findings)
        notAssessed += f.outcome == Finding::Outcome::NotAssessed ? 1 : 0;
    o.insert(QStringLiteral("checks"), int(findings.size()));
    o.insert(QStringLiteral("not_assessed"), notAssessed);
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
