#include "fleet/FleetTableModel.h"

#include "widgets/PlainText.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace pbxwarden::ui {

FleetTableModel::FleetTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FleetTableModel::setFleet(
    const QList<PbxRecord>& pbxs, const QHash<qint64, inventory::LastCheck>& checks)
{
    beginResetModel();
    m_pbxs = pbxs;
    m_checks = checks;
    endResetModel();
}

void FleetTableModel::setLastCheck(qint64 pbxId, const inventory::LastCheck& check)
{
    const int row = rowOf(pbxId);
    if (row < 0)
        return;
    m_checks.insert(pbxId, check);
    Q_EMIT dataChanged(index(row, Connection), index(row, Connection));
}

void FleetTableModel::setAmiState(
    qint64 pbxId, ami::AmiClient::State state, const QString& reason, const QString& route)
{
    m_ami.insert(pbxId, AmiStatus { state, reason, route });
    const int row = rowOf(pbxId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, AmiState), index(row, AmiState));
}

void FleetTableModel::setPinnedFingerprint(qint64 pbxId, const QString& fingerprint)
{
    const int row = rowOf(pbxId);
    if (row >= 0)
        m_pbxs[row].hostKeyFingerprint = fingerprint;
}

const PbxRecord* FleetTableModel::pbxAt(int row) const
{
    return row >= 0 && row < m_pbxs.size() ? &m_pbxs.at(row) : nullptr;
}

int FleetTableModel::rowOf(qint64 pbxId) const
{
    for (int i = 0; i < m_pbxs.size(); ++i) {
        if (m_pbxs.at(i).id == pbxId)
            return i;
    }
    return -1;
}

int FleetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pbxs.size());
}

int FleetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PbxRecord& p = m_pbxs.at(index.row());
    const inventory::LastCheck check = m_checks.value(p.id);
    const AmiStatus amiStatus = m_ami.value(p.id);

    if (role == PbxIdRole)
        return p.id;
    if (role == SearchTextRole)
        return QStringList { p.name, p.customer, p.site, p.host, p.tags.join(u' '), p.notes }.join(u'\n');

    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Name:
            return p.name;
        case Customer:
            return p.customer;
        case Site:
            return p.site;
        case Host:
            return p.host;
        case Ssh:
            if (raw)
                return p.sshPort;
            return QStringLiteral("%1 (%2)").arg(p.sshUser).arg(p.sshPort);
        case Ami:
            if (raw)
                return p.amiUser.isEmpty() ? -1 : p.amiPort;
            return p.amiUser.isEmpty() ? tr("not set")
                                       : QStringLiteral("%1 (%2)%3")
                                             .arg(p.amiUser)
                                             .arg(p.amiPort)
                                             .arg(p.amiTls ? QStringLiteral(" (TLS)") : QString());
        case Tags:
            return p.tags.join(QStringLiteral(", "));
        case Connection:
            if (raw)
                return check.state.isEmpty() ? 0 : (check.state == u"ok" ? 1 : 2);
            if (check.state.isEmpty())
                return tr("not checked");
            if (check.state == u"ok")
                return tr("OK, %1").arg(QLocale().toString(check.at.toLocalTime(), QLocale::ShortFormat));
            return tr("Failed: %1").arg(check.detail);
        case AmiState:
            if (raw)
                return int(amiStatus.state);
            switch (amiStatus.state) {
            case ami::AmiClient::State::Disconnected:
                return tr("not connected");
            case ami::AmiClient::State::Connecting:
                return tr("connecting");
            case ami::AmiClient::State::Authenticating:
                return tr("authenticating");
            case ami::AmiClient::State::Up:
                // The route is part of the state: plain TCP must never look like the tunnel.
                return amiStatus.route.isEmpty() ? tr("up") : tr("up (%1)").arg(amiStatus.route);
            case ami::AmiClient::State::Failed:
                return tr("failed: %1").arg(amiStatus.reason);
            }
            return {};
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        // Every tooltip here carries text from the PBX or the user: shown literally.
        if (index.column() == Connection && !check.detail.isEmpty())
            return plain::toolTip(check.detail);
        if (index.column() == AmiState && !amiStatus.reason.isEmpty())
            return plain::toolTip(amiStatus.reason);
        if (index.column() == Name && !p.notes.isEmpty())
            return plain::toolTip(p.notes);
        if (index.column() == Ssh)
            return plain::toolTip(tr("SSH as %1 on port %2, authentication: %3")
                                      .arg(p.sshUser)
                                      .arg(p.sshPort)
                                      .arg(sshAuthToString(p.sshAuth)));
    }
    if (role == Qt::DecorationRole && index.column() == AmiState
        && (amiStatus.state == ami::AmiClient::State::Up
            || amiStatus.state == ami::AmiClient::State::Failed)) {
        return QApplication::style()->standardIcon(amiStatus.state == ami::AmiClient::State::Up
                ? QStyle::SP_DialogApplyButton
                : QStyle::SP_MessageBoxWarning);
    }
    if (role == Qt::DecorationRole && index.column() == Connection && !check.state.isEmpty()) {
        const QStyle* style = QApplication::style();
        return style->standardIcon(
            check.state == u"ok" ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxWarning);
    }
    return {};
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Customer:
        return tr("Customer");
    case Site:
        return tr("Site");
    case Host:
        return tr("Host");
    case Ssh:
        return tr("SSH");
    case Ami:
        return tr("AMI");
    case Tags:
        return tr("Tags");
    case Connection:
        return tr("Connection");
    case AmiState:
        return tr("AMI state");
    default:
        return {};
    }
}

} // namespace pbxwarden::ui
