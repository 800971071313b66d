#pragma once

#include "core/PbxRecord.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::inventory {
class InventoryRepository;

// The columns of an inventory CSV, in export order. Import accepts them in any order; only
// name and host are required.
QStringList inventoryCsvColumns();

struct ImportRow
{
    int line = 0;
    PbxRecord pbx;
    QStringList problems; // empty: the row can be imported
};

// Reads a CSV and checks every row against the rules and against the inventory (names already
// taken, names repeated in the file) without writing anything.
Result<QList<ImportRow>> previewCsvImport(const QString& text, const InventoryRepository& inventory);

QString exportInventoryCsv(const QList<PbxRecord>& pbxs);

} // namespace pbxwarden::inventory
