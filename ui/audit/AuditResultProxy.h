#pragma once

#include "audit/Score.h"

#include <QHash>
#include <QIdentityProxyModel>

namespace pbxwarden::ui {

// The audit run's host table (a ConnectionCheckModel) with each audited host's result stated as it
// is: a tick and "OK" only for a good grade (Score::good()), a warning for a C, a partial grade or
// none, an error for D and F. Other states read as the connection model says.
class AuditResultProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Verdict
    {
        NoResult,
        Good,
        Caution,
        Poor
    };
    // int(Verdict) of the row, on every column.
    static constexpr int VerdictRole = Qt::UserRole + 40;

    explicit AuditResultProxy(QObject* parent = nullptr);

    // The audit of the host in this source row.
    void setResult(int sourceRow, const audit::Score& score);
    int count(Verdict verdict) const;
    static Verdict verdictOf(const audit::Score& score);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QHash<int, audit::Score> m_results;
};

} // namespace pbxwarden::ui
