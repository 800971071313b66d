#pragma once

#include "inventory/CsvImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pbxwarden::ui {

// Shows every row of a CSV file with its problems before anything is written; imports only
// the rows without problems, and only when asked.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(
        const QString& fileName, const QList<inventory::ImportRow>& rows, QWidget* parent = nullptr);

    QList<PbxRecord> rowsToImport() const;

private:
    QList<inventory::ImportRow> m_rows;
    QTableWidget* m_table;
    QPushButton* m_import;
};

} // namespace pbxwarden::ui
