#pragma once

#include "core/PbxRecord.h"
#include "inventory/InventoryRepository.h"

#include <QStandardItemModel>

namespace pbxwarden::ui {

// "All PBXs", then each customer with its sites, each with the number of PBXs it holds.
class CustomerTreeModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        CustomerRole = Qt::UserRole + 1,
        SiteRole
    };

    explicit CustomerTreeModel(QObject* parent = nullptr);
    void setFleet(
        const QList<PbxRecord>& pbxs, const QStringList& customers, const QList<inventory::Site>& sites);
};

} // namespace pbxwarden::ui
