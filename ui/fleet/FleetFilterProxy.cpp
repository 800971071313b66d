#include "fleet/FleetFilterProxy.h"

#include "fleet/FleetTableModel.h"

namespace pbxwarden::ui {

FleetFilterProxy::FleetFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FleetTableModel::RawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void FleetFilterProxy::setFilterWords(const QString& text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void FleetFilterProxy::setScope(const QString& customer, const QString& site)
{
    m_customer = customer;
    m_site = site;
    invalidateRowsFilter();
}

bool FleetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (!m_customer.isEmpty()) {
        const QString customer
            = model->index(sourceRow, FleetTableModel::Customer, sourceParent).data().toString();
        if (customer.compare(m_customer, Qt::CaseInsensitive) != 0)
            return false;
        if (!m_site.isEmpty()) {
            const QString site
                = model->index(sourceRow, FleetTableModel::Site, sourceParent).data().toString();
            if (site.compare(m_site, Qt::CaseInsensitive) != 0)
                return false;
        }
    }
    if (m_words.isEmpty())
        return true;
    const QString text
        = model->index(sourceRow, 0, sourceParent).data(FleetTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace pbxwarden::ui
