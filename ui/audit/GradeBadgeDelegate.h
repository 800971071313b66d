#pragma once

#include <QStyledItemDelegate>

namespace pbxwarden::ui {

// Paints a grade ("A" … "F", "?") as a coloured badge; cells without a grade are painted as usual.
// The grade is read from roleOfGrade so the same delegate serves any model that provides one.
class GradeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit GradeBadgeDelegate(int roleOfGrade, QObject* parent = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace pbxwarden::ui
