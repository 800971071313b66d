#pragma once

#include "audit/Finding.h"
#include "audit/Score.h"
#include "core/PbxRecord.h"
#include "inventory/AuditRepository.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QLabel;
class QTextBrowser;
class QTreeView;

namespace pbxwarden::ui {
class FindingsModel;
class FindingsSortProxy;
class ScoreHistoryChart;

// One PBX's security: its score and grade with the reckoning in words, the 14 practices as tiles
// (pass / warn / fail / not assessed), the findings with evidence and fix, and the score over time.
// Built from stored audits only: it never talks to the PBX.
class PbxDashboard : public QDialog
{
    Q_OBJECT
public:
    explicit PbxDashboard(const PbxRecord& pbx, QWidget* parent = nullptr);

    // Newest first, as AuditRepository::history gives them; the first one needs its findings.
    void setHistory(const QList<inventory::AuditRecord>& history);
    qint64 pbxId() const { return m_pbx.id; }
    const audit::Score& score() const { return m_score; }
    QList<audit::Finding> findings() const { return m_findings; }
    // The tile of a practice (objectName "practice-<id>", property "status" = Score::statusId).
    QLabel* tile(audit::Practice practice) const { return m_tiles.value(practice); }
    QTreeView* findingsView() const { return m_findingsView; }
    FindingsModel* findingsModel() const { return m_model; }
    ScoreHistoryChart* chart() const { return m_chart; }
    QString explanationText() const;

    // The reckoning in words: points earned and possible by severity, and what was left out.
    static QString explain(const QList<audit::Finding>& findings, const audit::Score& score);

private:
    void fillTiles();
    void showDetails(const QModelIndex& proxyIndex);
    void spanDetails();

    PbxRecord m_pbx;
    QList<audit::Finding> m_findings;
    audit::Score m_score;
    QLabel* m_title;
    QLabel* m_scoreLabel;
    QLabel* m_gradeBadge;
    QLabel* m_gradeText;
    QLabel* m_assessed;
    QLabel* m_explanation;
    QHash<audit::Practice, QLabel*> m_tiles;
    FindingsModel* m_model;
    FindingsSortProxy* m_proxy;
    QTreeView* m_findingsView;
    QCheckBox* m_showNotAssessed;
    QTextBrowser* m_details;
    ScoreHistoryChart* m_chart;
};

} // namespace pbxwarden::ui
