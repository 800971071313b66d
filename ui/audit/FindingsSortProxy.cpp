#include "audit/FindingsSortProxy.h"

#include "audit/FindingsModel.h"

namespace pbxwarden::ui {

FindingsSortProxy::FindingsSortProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::RawValueRole);
    setSortLocaleAware(true);
}

bool FindingsSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.parent().isValid()) {
        // The view reverses descending results: answer so that the source order comes out.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace pbxwarden::ui
