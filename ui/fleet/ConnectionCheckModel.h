#pragma once

#include "core/PbxRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace pbxwarden::ui {

// The hosts of one "Check connections" run and where each stands.
class ConnectionCheckModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Host,
        State,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        PbxIdRole
    };
    enum class HostState
    {
        Waiting,
        Connecting,
        Ok,
        Failed,
        Cancelled
    };

    explicit ConnectionCheckModel(QObject* parent = nullptr);

    void setHosts(const QList<PbxRecord>& pbxs);
    void setState(int row, HostState state, const QString& text = {});
    int rowOf(qint64 pbxId) const;
    HostState state(int row) const { return m_rows.at(row).state; }
    int count(HostState state) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString host;
        HostState state = HostState::Waiting;
        QString text;
    };
    QList<Row> m_rows;
};

} // namespace pbxwarden::ui
