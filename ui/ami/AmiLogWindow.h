#pragma once

#include <QModelIndexList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pbxwarden::ui {
class AmiLogModel;

// The AMI frames of one PBX as they come and go, newest at the bottom, with a filter, and copy and
// save of what the filter shows. Non-modal, one per PBX (the main window keeps track).
class AmiLogWindow : public QWidget
{
    Q_OBJECT
public:
    AmiLogWindow(const QString& pbxName, AmiLogModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }

    void copyFrames();
    void saveFrames();

private:
    QModelIndexList visibleRows(bool selectedOnly) const;
    void showCurrent();
    void updateCount();

    QString m_pbxName;
    AmiLogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QPlainTextEdit* m_detail;
    QLabel* m_count;
    bool m_follow = true;
};

} // namespace pbxwarden::ui
