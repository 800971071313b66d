#include "ami/AmiLogModel.h"

#include <QColor>

namespace pbxwarden::ui {

AmiLogModel::AmiLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AmiLogModel::append(ami::AmiClient::Direction direction, const QByteArray& frame)
{
    QString text = QString::fromUtf8(frame);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    while (text.endsWith(u'\n'))
        text.chop(1);
    if (m_entries.size() >= m_maxFrames) {
        const int drop = int(m_entries.size()) - m_maxFrames + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries << Entry { QDateTime::currentDateTime(), direction, text };
    endInsertRows();
}

void AmiLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString AmiLogModel::toText(const QModelIndexList& rows) const
{
    QStringList out;
    for (const QModelIndex& i : rows) {
        const Entry& e = m_entries.at(i.row());
        out << QStringLiteral("%1 %2\n%3\n")
                   .arg(e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                       e.direction == ami::AmiClient::Direction::Sent ? QStringLiteral(">>")
                                                                      : QStringLiteral("<<"),
                       e.text);
    }
    return out.join(u'\n');
}

int AmiLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AmiLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmiLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == FullTextRole)
        return e.text;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Time:
            return e.at;
        case Direction:
            return int(e.direction);
        default:
            return e.text;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.at.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Direction:
            return e.direction == ami::AmiClient::Direction::Sent ? tr("sent") : tr("received");
        case Frame:
            // One line in the table: the lines joined; the whole frame is in the detail pane.
            return QString(e.text).replace(u'\n', QStringLiteral("  ·  "));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Direction)
        return e.direction == ami::AmiClient::Direction::Sent ? QColor(0x1a, 0x5f, 0xb4)
                                                              : QColor(0x26, 0x7a, 0x2e);
    return {};
}

QVariant AmiLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("Direction");
    case Frame:
        return tr("Frame");
    default:
        return {};
    }
}

} // namespace pbxwarden::ui
