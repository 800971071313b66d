#include "audit/FindingsModel.h"

#include "audit/AuditColors.h"
#include "widgets/PlainText.h"

#include <QFont>

namespace pbxwarden::ui {

using audit::Finding;
using audit::Severity;

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void FindingsModel::setFindings(const QList<Finding>& findings, bool includeNotAssessed)
{
    beginResetModel();
    m_findings.clear();
    for (const Finding& f : findings) {
        if (f.failed() || (includeNotAssessed && f.outcome == Finding::Outcome::NotAssessed))
            m_findings << f;
    }
    // Failures before what could not be assessed; worse before milder.
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
        if (a.failed() != b.failed())
            return a.failed();
        return a.check.severity > b.check.severity;
    });
    endResetModel();
}

const Finding* FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

QString FindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("Critical");
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        return tr("Low");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

QList<FindingsModel::Detail> FindingsModel::details(int row) const
{
    QList<Detail> out;
    const Finding* f = findingAt(row);
    if (!f)
        return out;
    // A check not assessed has no finding to fix yet: what it needs is a complete audit, and its
    // reason (the engine's) says what was out of reach and how to reach it.
    if (f->outcome == Finding::Outcome::NotAssessed) {
        for (const QString& e : f->evidence)
            out << Detail { QStringLiteral("not-assessed"), tr("To complete the audit: %1").arg(e) };
        if (!f->check.why.isEmpty())
            out << Detail { QStringLiteral("why"), tr("Why it matters: %1").arg(f->check.why) };
        return out;
    }
    for (const QString& e : f->evidence)
        out << Detail { QStringLiteral("evidence"), tr("Evidence: %1").arg(e) };
    if (!f->check.why.isEmpty())
        out << Detail { QStringLiteral("why"), tr("Why it matters: %1").arg(f->check.why) };
    if (!f->check.fix.isEmpty())
        out << Detail { QStringLiteral("fix"), tr("Fix: %1").arg(f->check.fix) };
    return out;
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    // Top-level rows carry id 0; a detail row carries its finding's row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex FindingsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_findings.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(details(parent.row()).size());
}

int FindingsModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const int row = int(index.internalId() - 1);
        const QList<Detail> all = details(row);
        if (index.column() != 0 || index.row() >= all.size())
            return {};
        const Detail& d = all.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return d.text;
        case Qt::ToolTipRole:
            return plain::toolTip(d.text);
        case DetailKindRole:
            return d.kind;
        case RawValueRole:
            return index.row();
        case Qt::FontRole:
            if (d.kind == u"fix") {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    }
    const Finding& f = m_findings.at(index.row());
    const bool assessed = f.outcome != Finding::Outcome::NotAssessed;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return assessed ? severityText(f.check.severity) : tr("Not assessed");
        case Title:
            return f.check.title;
        case PracticeColumn:
            return audit::practiceTitle(f.check.practice);
        case Evidence:
            return f.evidence.value(0);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        // Evidence quotes the PBX's own files: literally.
        if (index.column() == Evidence)
            return plain::toolTip(f.evidence.join(u'\n'));
        return plain::toolTip(f.check.why);
    case RawValueRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            // Failures sort above what could not be assessed at every severity.
            return (assessed ? 10 : 0) + int(f.check.severity);
        case Title:
            return f.check.title;
        case PracticeColumn:
            return int(f.check.practice);
        case Evidence:
            return f.evidence.value(0);
        case ColumnCount:
            break;
        }
        return {};
    case CheckIdRole:
        return f.check.id;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return assessed ? auditcolors::severity(f.check.severity)
                            : auditcolors::status(audit::Score::Status::NotAssessed);
        return {};
    case Qt::FontRole:
        if (index.column() == Title && assessed && f.check.severity >= Severity::High) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case Title:
        return tr("Finding");
    case PracticeColumn:
        return tr("Practice");
    case Evidence:
        return tr("Evidence");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbxwarden::ui
