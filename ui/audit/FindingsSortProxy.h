#pragma once

#include <QSortFilterProxyModel>

namespace pbxwarden::ui {

// Sorts the findings of a FindingsModel by RawValueRole, while the details under each finding keep
// their own order (evidence, why, fix) whichever way the findings are sorted.
class FindingsSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FindingsSortProxy(QObject* parent = nullptr);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace pbxwarden::ui
