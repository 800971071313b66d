#pragma once

#include <QString>

class QAbstractItemModel;
class QDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pbxwarden::ui {

// The panel every fleet run shows (Check connections, Audit): a summary line, a progress bar over
// the hosts, one row per host, and Cancel / Close. Builds it into the dialog; the dialog wires it.
struct FleetRunLayout
{
    QLabel* summary = nullptr;
    QProgressBar* progress = nullptr;
    QTableView* view = nullptr;
    QPushButton* cancel = nullptr;
    QPushButton* close = nullptr;

    static FleetRunLayout build(
        QDialog* dialog, QAbstractItemModel* hostsModel, int hostCount, const QString& cancelText);
};

} // namespace pbxwarden::ui
