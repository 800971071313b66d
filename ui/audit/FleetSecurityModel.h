#pragma once

#include "audit/SecuritySummary.h"
#include "core/PbxRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace pbxwarden::ui {

using audit::SecuritySummary;

// The fleet's security at a glance, one PBX a row, from each PBX's latest audit. Name, Customer and
// Site are the columns of FleetTableModel, and the roles are the same, so FleetFilterProxy filters
// and sorts this model as it does the inventory.
class FleetSecurityModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Customer,
        Site,
        Score,
        Grade,
        // How many checks were assessed: a partial audit says so next to its grade.
        Coverage,
        Findings,
        WorstFinding,
        LastAudit,
        // The version and its support status (supported, security fixes only, end of life).
        Asterisk,
        LastBackup,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        PbxIdRole,
        SearchTextRole,
        // bool: the PBX has not been audited for six months (or never).
        OverdueRole,
        // QString: "A" … "F", "?" or empty when never audited.
        GradeRole,
        // bool: every check of the latest audit was assessed (true when never audited: nothing partial).
        CompleteRole
    };

    explicit FleetSecurityModel(QObject* parent = nullptr);

    void setFleet(const QList<PbxRecord>& pbxs, const QHash<qint64, SecuritySummary>& summaries);
    // A PBX's new latest audit.
    void setSummary(const SecuritySummary& summary);
    const QHash<qint64, SecuritySummary>& summaries() const { return m_summaries; }
    // Ages are measured from here; tests set it, the window leaves it at "now" on every reload.
    void setNow(const QDateTime& now);
    QDateTime now() const { return m_now; }
    const PbxRecord* pbxAt(int row) const;
    const SecuritySummary* summaryAt(int row) const;
    int rowOf(qint64 pbxId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 days", "7 months": the age of a date in words, for tables.
    static QString ageText(const QDateTime& then, const QDateTime& now);

private:
    QVariant display(const PbxRecord& p, const SecuritySummary& s, int column) const;
    QVariant raw(const PbxRecord& p, const SecuritySummary& s, int column) const;

    QList<PbxRecord> m_pbxs;
    QHash<qint64, SecuritySummary> m_summaries;
    QHash<qint64, int> m_rows;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace pbxwarden::ui
