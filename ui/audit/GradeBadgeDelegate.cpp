#include "audit/GradeBadgeDelegate.h"

#include "audit/AuditColors.h"

#include <QApplication>
#include <QPainter>

namespace pbxwarden::ui {

GradeBadgeDelegate::GradeBadgeDelegate(int roleOfGrade, int roleOfComplete, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(roleOfGrade)
    , m_completeRole(roleOfComplete)
{
}

void GradeBadgeDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString grade = index.data(m_role).toString();
    if (grade.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's selection and alternate colours first, then the badge on top without the text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, widget);

    const QColor fill = auditcolors::grade(grade);
    const int h = qMax(option.fontMetrics.height(), option.rect.height() - 6);
    const int w = qMax(h + h / 2, option.fontMetrics.horizontalAdvance(grade) + 12);
    const QRect badge(option.rect.center().x() - w / 2, option.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool complete = index.data(m_completeRole).toBool();
    if (complete) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
    } else {
        painter->setPen(QPen(fill, 2, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawRoundedRect(badge.adjusted(1, 1, -1, -1), h / 3.0, h / 3.0);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(complete ? auditcolors::textOn(fill) : fill.darker(120));
    painter->drawText(badge, Qt::AlignCenter, grade);
    painter->restore();
}

QSize GradeBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.height() * 2 + 12));
    return size;
}

} // namespace pbxwarden::ui
