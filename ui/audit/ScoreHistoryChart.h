#pragma once

#include "inventory/AuditRepository.h"

#include <QChartView>
#include <QList>

namespace pbxwarden::ui {

// A PBX's score over its audits: a line through a dot per audit, 0–100, dates below. A single audit
// shows as one labelled dot in the middle of a few days' range rather than a collapsed axis.
class ScoreHistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit ScoreHistoryChart(QWidget* parent = nullptr);

    // In any order; only assessedAt and score are used.
    void setHistory(const QList<inventory::AuditRecord>& audits);
    int pointCount() const { return m_points; }

private:
    int m_points = 0;
};

} // namespace pbxwarden::ui
