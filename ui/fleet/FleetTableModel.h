#pragma once

#include "ami/AmiClient.h"
#include "core/PbxRecord.h"
#include "inventory/InventoryRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace pbxwarden::ui {

// The fleet, one PBX a row. Sorting uses RawValueRole so that ports sort as numbers and
// dates as dates, whatever the display text says.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Customer,
        Site,
        Host,
        Ssh,
        Ami,
        Tags,
        Connection,
        AmiState,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        PbxIdRole,
        SearchTextRole
    };

    explicit FleetTableModel(QObject* parent = nullptr);

    void setFleet(const QList<PbxRecord>& pbxs, const QHash<qint64, inventory::LastCheck>& checks);
    void setLastCheck(qint64 pbxId, const inventory::LastCheck& check);
    // Live only, never stored: the AMI session of this console run. Kept across setFleet().
    // route: how the session reaches the PBX ("SSH tunnel", "TLS", "plain TCP"), shown with "up".
    void setAmiState(
        qint64 pbxId, ami::AmiClient::State state, const QString& reason = {}, const QString& route = {});
    void setPinnedFingerprint(qint64 pbxId, const QString& fingerprint);
    inventory::LastCheck lastCheck(qint64 pbxId) const { return m_checks.value(pbxId); }
    const PbxRecord* pbxAt(int row) const;
    int rowOf(qint64 pbxId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PbxRecord> m_pbxs;
    QHash<qint64, inventory::LastCheck> m_checks;
    struct AmiStatus
    {
        ami::AmiClient::State state = ami::AmiClient::State::Disconnected;
        QString reason;
        QString route;
    };
    QHash<qint64, AmiStatus> m_ami;
};

} // namespace pbxwarden::ui
