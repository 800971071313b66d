#include "fleet/CustomerTreeModel.h"

#include <QApplication>
#include <QStyle>

namespace pbxwarden::ui {

CustomerTreeModel::CustomerTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({ tr("Customers and sites") });
}

void CustomerTreeModel::setFleet(
    const QList<PbxRecord>& pbxs, const QStringList& customers, const QList<inventory::Site>& sites)
{
    clear();
    setHorizontalHeaderLabels({ tr("Customers and sites") });
    QHash<QString, int> perCustomer;
    QHash<QString, int> perSite;
    for (const PbxRecord& p : pbxs) {
        if (p.customer.isEmpty())
            continue;
        perCustomer[p.customer.toLower()]++;
        if (!p.site.isEmpty())
            perSite[p.customer.toLower() + u'\n' + p.site.toLower()]++;
    }
    const QStyle* style = QApplication::style();
    auto* all = new QStandardItem(
        style->standardIcon(QStyle::SP_ComputerIcon), tr("All PBXs (%n)", nullptr, int(pbxs.size())));
    all->setEditable(false);
    appendRow(all);
    for (const QString& customer : customers) {
        auto* item = new QStandardItem(style->standardIcon(QStyle::SP_DirIcon),
            QStringLiteral("%1 (%2)").arg(customer).arg(perCustomer.value(customer.toLower())));
        item->setData(customer, CustomerRole);
        item->setEditable(false);
        for (const inventory::Site& site : sites) {
            if (site.customer.compare(customer, Qt::CaseInsensitive) != 0)
                continue;
            auto* child = new QStandardItem(QStringLiteral("%1 (%2)").arg(site.name).arg(
                perSite.value(customer.toLower() + u'\n' + site.name.toLower())));
            child->setData(customer, CustomerRole);
            child->setData(site.name, SiteRole);
            child->setEditable(false);
            item->appendRow(child);
        }
        all->appendRow(item);
    }
}

} // namespace pbxwarden::ui
