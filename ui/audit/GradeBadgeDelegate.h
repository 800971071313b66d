#pragma once

#include <QStyledItemDelegate>

namespace pbxwarden::ui {

// Paints a grade ("A" … "F", "?") as a coloured badge; cells without a grade are painted as usual.
// The grade is read from roleOfGrade so the same delegate serves any model that provides one; a grade
// whose roleOfComplete is false (a partial audit) is drawn hollow, its letter in the grade's colour.
class GradeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    GradeBadgeDelegate(int roleOfGrade, int roleOfComplete, QObject* parent = nullptr);

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
    int m_completeRole;
};

} // namespace pbxwarden::ui
