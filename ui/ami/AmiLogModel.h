#pragma once

#include "ami/AmiClient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace pbxwarden::ui {

// The AMI frames of one PBX, in and out, as AmiClient::protocolLog gives them (secrets masked).
// Keeps the newest maxFrames: the oldest go first.
class AmiLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Time,
        Direction,
        Frame,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        FullTextRole
    };

    explicit AmiLogModel(QObject* parent = nullptr);

    void append(ami::AmiClient::Direction direction, const QByteArray& frame);
    void clear();
    void setMaxFrames(int count) { m_maxFrames = count; }
    int maxFrames() const { return m_maxFrames; }
    // "12:00:01.250  >>  Action: Login ..." lines, for copy and save.
    QString toText(const QModelIndexList& rows) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime at;
        ami::AmiClient::Direction direction;
        QString text;
    };
    QList<Entry> m_entries;
    int m_maxFrames = 5000;
};

} // namespace pbxwarden::ui
