#include "audit/FleetSecurityModel.h"

#include "audit/AsteriskVersion.h"
#include "audit/AuditColors.h"
#include "fleet/FleetTableModel.h"
#include "widgets/PlainText.h"

#include <QFont>
#include <QLocale>

namespace pbxwarden::ui {

static_assert(int(FleetSecurityModel::Customer) == int(FleetTableModel::Customer)
        && int(FleetSecurityModel::Site) == int(FleetTableModel::Site)
        && int(FleetSecurityModel::RawValueRole) == int(FleetTableModel::RawValueRole)
        && int(FleetSecurityModel::SearchTextRole) == int(FleetTableModel::SearchTextRole),
    "FleetFilterProxy reads both models the same way");

using audit::Severity;

FleetSecurityModel::FleetSecurityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FleetSecurityModel::setFleet(
    const QList<PbxRecord>& pbxs, const QHash<qint64, SecuritySummary>& summaries)
{
    beginResetModel();
    m_pbxs = pbxs;
    m_summaries = summaries;
    m_rows.clear();
    for (int i = 0; i < m_pbxs.size(); ++i)
        m_rows.insert(m_pbxs.at(i).id, i);
    endResetModel();
}

void FleetSecurityModel::setSummary(const SecuritySummary& summary)
{
    const int row = rowOf(summary.pbxId);
    if (row < 0)
        return;
    m_summaries.insert(summary.pbxId, summary);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void FleetSecurityModel::setNow(const QDateTime& now)
{
    beginResetModel();
    m_now = now;
    endResetModel();
}

const PbxRecord* FleetSecurityModel::pbxAt(int row) const
{
    return row >= 0 && row < m_pbxs.size() ? &m_pbxs.at(row) : nullptr;
}

const SecuritySummary* FleetSecurityModel::summaryAt(int row) const
{
    const PbxRecord* p = pbxAt(row);
    if (!p)
        return nullptr;
    const auto it = m_summaries.constFind(p->id);
    return it == m_summaries.cend() ? nullptr : &it.value();
}

int FleetSecurityModel::rowOf(qint64 pbxId) const
{
    return m_rows.value(pbxId, -1);
}

int FleetSecurityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_pbxs.size());
}

int FleetSecurityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FleetSecurityModel::ageText(const QDateTime& then, const QDateTime& now)
{
    const qint64 days = then.daysTo(now);
    // Short units: they fit a table cell and read the same for one or many.
    if (days < 1)
        return tr("< 1 d");
    if (days < 60)
        return tr("%n d", "days", int(days));
    const int months = int(days / 30);
    if (months < 24)
        return tr("%n mo", "months", months);
    return tr("%n y", "years", int(days / 365));
}

QVariant FleetSecurityModel::display(const PbxRecord& p, const SecuritySummary& s, int column) const
{
    switch (Column(column)) {
    case Name:
        return p.name;
    case Customer:
        return p.customer;
    case Site:
        return p.site;
    default:
        break;
    }
    if (!s.audited())
        return column == LastAudit ? tr("never audited") : column == Score ? QStringLiteral("–") : QString();
    switch (Column(column)) {
    case Score:
        return s.grade == u"?" ? tr("n/a") : QString::number(s.score);
    case Grade:
        return s.grade;
    case Coverage:
        return audit::Score::coverageText(s.checks, s.notAssessed);
    case Findings: {
        if (s.failedTotal() == 0)
            return tr("none");
        QStringList parts;
        if (const int n = s.failed.at(int(Severity::Critical)))
            parts << tr("%n critical", nullptr, n);
        if (const int n = s.failed.at(int(Severity::High)))
            parts << tr("%n high", nullptr, n);
        if (const int n = s.failed.at(int(Severity::Medium)))
            parts << tr("%n medium", nullptr, n);
        const int minor = s.failed.at(int(Severity::Low)) + s.failed.at(int(Severity::Info));
        if (minor)
            parts << tr("%n low", nullptr, minor);
        return parts.join(QStringLiteral(", "));
    }
    case WorstFinding:
        return s.worstTitle;
    case LastAudit: {
        const QString age = ageText(s.assessedAt, m_now);
        return audit::isAuditOverdue(s.assessedAt, m_now) ? tr("%1 ago, overdue").arg(age)
                                                          : tr("%1 ago").arg(age);
    }
    case Asterisk: {
        if (s.asteriskVersion.isEmpty())
            return tr("unknown");
        QString support;
        switch (s.support) {
        case SecuritySummary::Support::Supported:
            support = tr("supported");
            break;
        case SecuritySummary::Support::SecurityOnly:
            support = tr("security fixes");
            break;
        case SecuritySummary::Support::EndOfLife:
            support = tr("EOL");
            break;
        case SecuritySummary::Support::Unknown:
            return s.asteriskVersion;
        }
        return tr("%1 (%2)").arg(s.asteriskVersion, support);
    }
    case LastBackup:
        if (!s.backupsKnown)
            return tr("unknown");
        if (!s.newestBackup)
            return tr("none found");
        return tr("%1 old").arg(ageText(*s.newestBackup, s.assessedAt));
    default:
        break;
    }
    return {};
}

QVariant FleetSecurityModel::raw(const PbxRecord& p, const SecuritySummary& s, int column) const
{
    switch (Column(column)) {
    case Name:
    case Customer:
    case Site:
        return display(p, s, column);
    case Score:
    case Grade:
        // Never audited sorts below the worst score.
        return s.audited() && s.grade != u"?" ? s.score : -1;
    case Coverage:
        // Least assessed first when sorted ascending.
        return s.audited() && s.checks > 0 ? double(s.checks - s.notAssessed) / s.checks : -1.0;
    case Findings:
        return s.audited() ? s.findingsRank() : qint64(-1);
    case WorstFinding:
        return s.worst ? int(*s.worst) * 1000 + s.failed.at(int(*s.worst)) : -1;
    case LastAudit:
        return s.audited() ? s.assessedAt.toSecsSinceEpoch() : qint64(0);
    case Asterisk: {
        // Worst support first, then by version.
        const auto v = audit::AsteriskVersion::fromNumber(s.asteriskVersion);
        return (3 - int(s.support)) * 100000000LL
            + (v ? v->major * 1000000LL + v->minor * 1000 + v->patch : 0);
    }
    case LastBackup:
        if (!s.backupsKnown)
            return qint64(-2);
        return s.newestBackup ? s.newestBackup->toSecsSinceEpoch() : qint64(-1);
    default:
        break;
    }
    return {};
}

QVariant FleetSecurityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PbxRecord& p = m_pbxs.at(index.row());
    static const SecuritySummary never;
    const auto it = m_summaries.constFind(p.id);
    const SecuritySummary& s = it == m_summaries.cend() ? never : it.value();
    const int column = index.column();
    const bool overdue = audit::isAuditOverdue(s.assessedAt, m_now);
    switch (role) {
    case Qt::DisplayRole:
        return display(p, s, column);
    case RawValueRole:
        return raw(p, s, column);
    case PbxIdRole:
        return p.id;
    case SearchTextRole:
        return QStringList { p.name, p.customer, p.site, p.host, p.tags.join(u' '), p.notes, s.grade,
            s.asteriskVersion, s.worstTitle }
            .join(u'\n');
    case OverdueRole:
        return overdue;
    case GradeRole:
        return s.audited() ? s.grade : QString();
    case CompleteRole:
        return !s.audited() || s.complete();
    case Qt::ToolTipRole:
        // The engine's words for the grade, partial marker included.
        if ((column == Grade || column == Score || column == Coverage) && s.audited())
            return s.complete()
                ? s.gradeText
                : tr("%1. Open the PBX's security page for what could not be assessed and how "
                     "to complete the audit.")
                      .arg(s.gradeText);
        if (column == LastAudit && s.audited())
            return QLocale().toString(s.assessedAt.toLocalTime(), QLocale::LongFormat);
        if (column == LastAudit)
            return tr("Audit it: the seed asks for an inspection at least twice a year.");
        if (column == WorstFinding || column == Findings)
            return plain::toolTip(s.worstTitle);
        if (column == LastBackup && s.newestBackup)
            return tr("The newest backup the audit of %1 found was made %2.")
                .arg(QLocale().toString(s.assessedAt.toLocalTime(), QLocale::ShortFormat),
                    QLocale().toString(s.newestBackup->toLocalTime(), QLocale::ShortFormat));
        return {};
    case Qt::BackgroundRole:
        if (column == LastAudit && overdue)
            return auditcolors::warningTint();
        if (column == Asterisk && s.support == SecuritySummary::Support::EndOfLife)
            return auditcolors::warningTint();
        if (column == Coverage && s.audited() && !s.complete())
            return auditcolors::partialTint();
        return {};
    case Qt::ForegroundRole:
        if (column == Coverage && s.audited() && !s.complete())
            return auditcolors::partialText();
        if (column == LastAudit && overdue)
            return QColor(0x8e, 0x00, 0x00);
        if (column == Asterisk && s.support == SecuritySummary::Support::EndOfLife)
            return QColor(0x8e, 0x00, 0x00);
        if (column == Asterisk && s.support == SecuritySummary::Support::SecurityOnly)
            return QColor(0x9a, 0x5b, 0x00);
        if (column == Findings && s.worst && *s.worst >= Severity::High)
            return auditcolors::severity(*s.worst);
        return {};
    case Qt::FontRole:
        if (column == LastAudit && overdue) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Score || column == Grade || column == Coverage)
            return int(Qt::AlignCenter);
        return {};
    default:
        return {};
    }
}

QVariant FleetSecurityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Customer:
        return tr("Customer");
    case Site:
        return tr("Site");
    case Score:
        return tr("Score");
    case Grade:
        return tr("Grade");
    case Coverage:
        return tr("Assessed");
    case Findings:
        return tr("Findings");
    case WorstFinding:
        return tr("Worst finding");
    case LastAudit:
        return tr("Last audit");
    case Asterisk:
        return tr("Asterisk");
    case LastBackup:
        return tr("Last backup");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace pbxwarden::ui
