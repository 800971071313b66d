#pragma once

#include "audit/Finding.h"

#include <QAbstractItemModel>
#include <QList>

namespace pbxwarden::ui {

// The findings of one audit as a two-level tree: a row per finding (severity, title, practice, first
// evidence line) whose children are its details (every evidence line, why it matters, the fix).
// Sorting by severity uses RawValueRole (the severity as a number, higher is worse).
class FindingsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        Title,
        PracticeColumn,
        Evidence,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        CheckIdRole,
        // On detail rows: "evidence", "why" or "fix".
        DetailKindRole
    };

    explicit FindingsModel(QObject* parent = nullptr);

    // Keeps the failed findings, worst first, and (when asked) those that could not be assessed.
    void setFindings(const QList<audit::Finding>& findings, bool includeNotAssessed = false);
    const audit::Finding* findingAt(int row) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(audit::Severity severity);

private:
    struct Detail
    {
        QString kind;
        QString text;
    };
    QList<Detail> details(int row) const;

    QList<audit::Finding> m_findings;
};

} // namespace pbxwarden::ui
