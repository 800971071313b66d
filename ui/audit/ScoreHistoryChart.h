#pragma once

#include "inventory/AuditRepository.h"

#include <QChartView>
#include <QList>

namespace pbxwarden::ui {

// A PBX's score over its audits: a line through a dot per audit, 0–100, dates below. A single audit
// shows as one labelled dot in the middle of a few days' range rather than a collapsed axis. A partial
// audit (checks not assessed) is a hollow dot labelled "partial".
class ScoreHistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit ScoreHistoryChart(QWidget* parent = nullptr);

    // In any order; assessedAt, score and the findings (for partial) are used.
    void setHistory(const QList<inventory::AuditRecord>& audits);
    int pointCount() const { return m_points; }
    int partialPointCount() const { return m_partialPoints; }

private:
    int m_points = 0;
    int m_partialPoints = 0;
};

} // namespace pbxwarden::ui
