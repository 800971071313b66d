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
    // With update: the PBX of the inventory this row changes (pbx carries its id and identities;
    // columns the file does not have keep that PBX's values). 0: a new PBX.
    qint64 updatesId = 0;
};

struct CsvImportOptions
{
    // ',' ';' or '\t'; null: detected from the header line.
    QChar separator;
    // A row whose name is already in the inventory updates that PBX instead of being refused.
    bool update = false;
};

// Reads a CSV and checks every row against the rules and against the inventory (names already
// taken, names repeated in the file) without writing anything.
Result<QList<ImportRow>> previewCsvImport(
    const QString& text, const InventoryRepository& inventory, const CsvImportOptions& options = {});
// Writes the good rows of a preview in one transaction (new ones added, updates applied).
Status applyCsvImport(const QList<ImportRow>& rows, InventoryRepository& inventory);

QString exportInventoryCsv(const QList<PbxRecord>& pbxs);

} // namespace pbxwarden::inventory
