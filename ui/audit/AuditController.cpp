#include "audit/AuditController.h"

#include "AppServices.h"
#include "MainWindow.h"
#include "audit/AuditDialog.h"
#include "audit/AuditRun.h"
#include "audit/FleetSecurityModel.h"
#include "audit/PbxDashboard.h"
#include "audit/Score.h"
#include "core/Settings.h"
#include "fleet/FleetFilterProxy.h"
#include "fleet/FleetTableModel.h"
#include "widgets/Prompt.h"

#include <QAction>
#include <QLabel>
#include <QStyle>
#include <QTableView>

namespace pbxwarden::ui {

AuditController::AuditController(MainWindow* window)
    : QObject(window)
    , m_window(window)
{
    QStyle* s = window->style();
    m_audit = new QAction(s->standardIcon(QStyle::SP_FileDialogContentsView), tr("A&udit all"), this);
    m_audit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_audit->setObjectName(QStringLiteral("auditSecurity"));
    m_audit->setToolTip(tr("Audit the selected PBXs (or all shown) against the 14 practices: collect "
                           "their facts over SSH, check them and store the score"));
    m_dashboard = new QAction(s->standardIcon(QStyle::SP_FileDialogInfoView), tr("PBX &security…"), this);
    m_dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_dashboard->setObjectName(QStringLiteral("pbxDashboard"));
    m_dashboard->setToolTip(tr("The selected PBX's score, practices, findings and score history"));
    connect(m_audit, &QAction::triggered, this, &AuditController::auditSelected);
    connect(m_dashboard, &QAction::triggered, this, &AuditController::showDashboard);
}

AuditDialog* AuditController::dialog() const
{
    return m_dialog;
}

PbxDashboard* AuditController::dashboard(qint64 pbxId) const
{
    return m_dashboards.value(pbxId);
}

void AuditController::updateActions(int selected, int total)
{
    m_audit->setEnabled(total > 0);
    m_audit->setText(selected ? tr("A&udit %n selected", nullptr, selected) : tr("A&udit all"));
    m_dashboard->setEnabled(selected == 1);
}

void AuditController::auditSelected()
{
    if (m_dialog && m_dialog->isRunning()) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QList<PbxRecord> pbxs = m_window->selectedOrShownPbxs();
    if (pbxs.isEmpty()) {
        m_window->showStatus(tr("No PBX to audit: the table shows none."));
        return;
    }
    if (m_dialog)
        m_dialog->close();
    AppServices& services = m_window->services();
    auto* run = new audit::AuditRun(&services.credentials, &services.audits, &services.inventory,
        { services.settings.fleetParallelism(), services.settings.sshTimeoutSeconds() * 1000 });
    auto* dialog = new AuditDialog(pbxs, run, m_window);
    // The run goes with its panel.
    run->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &AuditDialog::hostAudited, this, &AuditController::onHostAudited);
    connect(dialog, &AuditDialog::runFinished, this, [this] {
        m_window->showStatus(tr("Audit finished"));
        m_window->showSecurityTab();
    });
    dialog->show();
    dialog->start();
    m_window->announceDialog(dialog);
}

void AuditController::onHostAudited(const audit::AuditHostResult& result)
{
    const PbxRecord& pbx = result.pbx;
    if (m_window->fleetModel()->rowOf(pbx.id) < 0)
        return; // deleted meanwhile
    if (!result.storeError.isEmpty())
        Prompt::error(m_window, tr("Audit"),
            tr("The audit of %1 could not be stored: %2").arg(pbx.name, result.storeError));
    if (result.summary)
        m_window->securityModel()->setSummary(*result.summary);
    updateFleetScore();
    m_window->reloadActivity();
    if (PbxDashboard* open = m_dashboards.value(pbx.id); open && result.summary) {
        if (const auto history = m_window->services().audits.history(pbx.id))
            open->setHistory(history.value());
    }
}

void AuditController::showDashboard()
{
    const QList<PbxRecord> selected = m_window->selectedPbxs();
    if (selected.size() != 1)
        return;
    const PbxRecord& pbx = selected.first();
    const auto history = m_window->services().audits.history(pbx.id);
    if (!history) {
        Prompt::error(m_window, tr("Security"), history.error());
        return;
    }
    QPointer<PbxDashboard>& dashboard = m_dashboards[pbx.id];
    if (!dashboard) {
        dashboard = new PbxDashboard(pbx, m_window);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
    }
    dashboard->setHistory(history.value());
    dashboard->show();
    dashboard->raise();
    dashboard->activateWindow();
    m_window->announceDialog(dashboard);
}

void AuditController::reloadSecurity(const QList<PbxRecord>& pbxs)
{
    QList<qint64> ids;
    ids.reserve(pbxs.size());
    for (const PbxRecord& p : pbxs)
        ids << p.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FleetSecurityModel* model = m_window->securityModel();
    // Summaries of audits already read are kept: only new audits are decompressed.
    const auto summaries
        = SecuritySummary::loadFleet(m_window->services().audits, ids, model->summaries(), now);
    model->setNow(now);
    model->setFleet(pbxs, summaries);
    QTableView* view = m_window->securityView();
    view->resizeColumnsToContents();
    // A long finding title must not push the other columns off screen.
    const int limit = view->fontMetrics().averageCharWidth() * 25;
    for (int c : { int(FleetSecurityModel::WorstFinding), int(FleetSecurityModel::Findings) })
        view->setColumnWidth(c, qMin(view->columnWidth(c), limit));
    view->setColumnWidth(FleetSecurityModel::Grade, qMin(view->columnWidth(FleetSecurityModel::Grade), 64));
}

namespace {

// Worse grades first: F, D, C, B, A; "?" (nothing assessed) is counted apart.
int gradeRank(const QString& grade)
{
    static const QStringList order { QStringLiteral("F"), QStringLiteral("D"), QStringLiteral("C"),
        QStringLiteral("B"), QStringLiteral("A") };
    return int(order.indexOf(grade));
}

} // namespace

QString AuditController::scopeText(const FleetFilterProxy& proxy)
{
    QString scope = proxy.customer().isEmpty() ? tr("Whole fleet")
        : proxy.site().isEmpty()               ? tr("Customer %1").arg(proxy.customer())
                                 : tr("Customer %1, site %2").arg(proxy.customer(), proxy.site());
    if (!proxy.filterText().isEmpty())
        scope = tr("%1, filtered by “%2”").arg(scope, proxy.filterText());
    return scope;
}

void AuditController::updateFleetScore()
{
    FleetFilterProxy* proxy = m_window->securityProxy();
    FleetSecurityModel* model = m_window->securityModel();
    QLabel* label = m_window->fleetScoreLabel();
    int audited = 0, overdue = 0, partial = 0, nothing = 0, atWorst = 0;
    const int shown = proxy->rowCount();
    qint64 sum = 0;
    QString worst;
    const SecuritySummary* lowest = nullptr;
    const PbxRecord* lowestPbx = nullptr;
    for (int r = 0; r < shown; ++r) {
        const QModelIndex index = proxy->index(r, 0);
        const int source = proxy->mapToSource(index).row();
        const SecuritySummary* s = model->summaryAt(source);
        overdue += index.data(FleetSecurityModel::OverdueRole).toBool() ? 1 : 0;
        if (!s || !s->audited())
            continue;
        if (s->grade == u"?") {
            ++nothing;
            continue;
        }
        ++audited;
        sum += s->score;
        partial += s->complete() ? 0 : 1;
        if (worst.isEmpty() || gradeRank(s->grade) < gradeRank(worst)) {
            worst = s->grade;
            atWorst = 0;
        }
        atWorst += s->grade == worst ? 1 : 0;
        if (!lowest || s->score < lowest->score) {
            lowest = s;
            lowestPbx = model->pbxAt(source);
        }
    }
    const QString scope = scopeText(*proxy).toHtmlEscaped();
    if (shown == 0) {
        label->setText(tr("%1: no PBX shown.").arg(scope));
        return;
    }
    QString text;
    if (audited == 0) {
        text = tr("<b>%1: no score yet</b> — no PBX shown has been audited. Select PBXs and use "
                  "Fleet ▸ Audit (Ctrl+Shift+U).")
                   .arg(scope);
    } else {
        // The worst case leads: a mean alone hides an F among good grades.
        text = tr("<b>%1: %2 of %n audited PBX(s) at grade %3</b>", nullptr, audited)
                   .arg(scope)
                   .arg(atWorst)
                   .arg(worst);
        if (lowestPbx && audited > 1)
            text += QLatin1Char(' ')
                + tr("(lowest: %1, %2 / 100).").arg(lowestPbx->name.toHtmlEscaped()).arg(lowest->score);
        const int mean = int(qRound(double(sum) / audited));
        text += QLatin1Char(' ')
            + tr("Mean score %1 / 100 (grade %2) over the audited PBXs shown (%3 of %4).")
                  .arg(mean)
                  .arg(audit::Score::gradeFor(mean))
                  .arg(audited)
                  .arg(shown);
    }
    if (partial > 0)
        text += QLatin1Char(' ')
            + tr("<span style=\"color:#9a5b00\"><b>Partial: %n</b> (checks not assessed: the grade covers "
                 "only "
                 "what could be seen).</span>",
                nullptr, partial);
    if (nothing > 0)
        text += QLatin1Char(' ') + tr("<b>No score: %n</b> (nothing could be assessed).", nullptr, nothing);
    if (overdue > 0)
        text += QLatin1Char(' ')
            + tr(
                "<span style=\"color:#8e0000\"><b>Overdue: %1</b> (not audited for six months; the seed asks "
                "for an inspection twice a year).</span>")
                  .arg(overdue);
    label->setText(text);
}

} // namespace pbxwarden::ui
