#include "audit/AuditResultProxy.h"

#include "fleet/ConnectionCheckModel.h"

#include <QApplication>
#include <QStyle>

namespace pbxwarden::ui {

AuditResultProxy::AuditResultProxy(QObject* parent)
    : QIdentityProxyModel(parent)
{
}

void AuditResultProxy::setResult(int sourceRow, const audit::Score& score)
{
    m_results.insert(sourceRow, score);
    const QModelIndex cell = index(sourceRow, ConnectionCheckModel::State);
    if (cell.isValid())
        Q_EMIT dataChanged(index(sourceRow, 0), cell);
}

int AuditResultProxy::count(Verdict verdict) const
{
    int n = 0;
    for (const audit::Score& s : m_results)
        n += verdictOf(s) == verdict ? 1 : 0;
    return n;
}

AuditResultProxy::Verdict AuditResultProxy::verdictOf(const audit::Score& score)
{
    if (score.good())
        return Good;
    const QString& g = score.grade;
    // D and F are poor, complete or not; a C, a partial A or B, or no grade at all ("?") call for care.
    return g == u"D" || g == u"F" ? Poor : Caution;
}

QVariant AuditResultProxy::data(const QModelIndex& index, int role) const
{
    const auto it = index.isValid() ? m_results.constFind(index.row()) : m_results.cend();
    if (it == m_results.cend())
        return role == VerdictRole ? QVariant(int(NoResult)) : QIdentityProxyModel::data(index, role);
    const Verdict verdict = verdictOf(*it);
    if (role == VerdictRole)
        return int(verdict);
    if (index.column() != ConnectionCheckModel::State)
        return QIdentityProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        // The engine's grade words, partial marker included.
        const QString result = tr("score %1, grade %2").arg(it->value).arg(it->gradeText());
        return verdict == Good ? tr("OK: %1").arg(result) : tr("audited: %1").arg(result);
    }
    case Qt::DecorationRole: {
        const QStyle* style = QApplication::style();
        switch (verdict) {
        case Good:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case Poor:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case Caution:
        case NoResult:
            break;
        }
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

} // namespace pbxwarden::ui
