#include "fleet/ConnectionCheckModel.h"

#include "widgets/PlainText.h"

#include <QApplication>
#include <QStyle>

namespace pbxwarden::ui {

ConnectionCheckModel::ConnectionCheckModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ConnectionCheckModel::setHosts(const QList<PbxRecord>& pbxs)
{
    beginResetModel();
    m_rows.clear();
    for (const PbxRecord& p : pbxs)
        m_rows << Row { p.id, p.name, p.host, HostState::Waiting, {} };
    endResetModel();
}

void ConnectionCheckModel::setState(int row, HostState state, const QString& text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row].state = state;
    m_rows[row].text = text;
    Q_EMIT dataChanged(index(row, State), index(row, State));
}

int ConnectionCheckModel::rowOf(qint64 pbxId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == pbxId)
            return i;
    }
    return -1;
}

int ConnectionCheckModel::count(HostState state) const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [state](const Row& r) { return r.state == state; }));
}

int ConnectionCheckModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConnectionCheckModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionCheckModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == PbxIdRole)
        return r.id;
    // The tooltip repeats the cell, which holds text from the PBX (host names, SSH errors): literally.
    if (role == Qt::ToolTipRole)
        return plain::toolTip(data(index, Qt::DisplayRole).toString());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Host:
            return r.host;
        case State:
            if (role == RawValueRole)
                return int(r.state);
            switch (r.state) {
            case HostState::Waiting:
                return tr("waiting");
            case HostState::Connecting:
                return r.text.isEmpty() ? tr("connecting") : r.text;
            case HostState::Ok:
                return r.text.isEmpty() ? tr("OK") : tr("OK: %1").arg(r.text);
            case HostState::Failed:
                return tr("failed: %1").arg(r.text);
            case HostState::Cancelled:
                return tr("cancelled");
            }
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        const QStyle* style = QApplication::style();
        switch (r.state) {
        case HostState::Ok:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case HostState::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case HostState::Connecting:
            return style->standardIcon(QStyle::SP_BrowserReload);
        default:
            return {};
        }
    }
    return {};
}

QVariant ConnectionCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("PBX");
    case Host:
        return tr("Host");
    case State:
        return tr("State");
    default:
        return {};
    }
}

} // namespace pbxwarden::ui
