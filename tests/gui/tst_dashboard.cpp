// The fleet and PBX dashboards: summaries of stored audits, the security view of the main window, the
// PBX dashboard built from stored audits (real findings: AuditService::evaluate on the lab's saved
// facts), 500 PBXs for speed and layout, and — with $PBXLAB_JSON — auditing two lab hosts for real.
// With PBXWARDEN_SHOTS_DIR set, the views are also saved as PNG files there.
#include "SyntheticAudits.h"
#include "WindowFixture.h"
#include "audit/AuditDialog.h"
#include "audit/AuditResultProxy.h"
#include "audit/AuditRun.h"
#include "audit/AuditService.h"
#include "audit/FindingsModel.h"
#include "audit/FleetSecurityModel.h"
#include "audit/PbxDashboard.h"
#include "audit/ScoreHistoryChart.h"
#include "audit/SecuritySummary.h"
#include "fleet/ConnectionCheckModel.h"
#include "fleet/CustomerTreeModel.h"
#include "fleet/FleetFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextBrowser>
#include <QTreeView>

using namespace pbxwarden;
using namespace pbxwarden::ui;

namespace {

struct LabHost
{
    QString name;
    QString address;
    int port = 22;
    QString fingerprint;
    QString rootKey;
};

QList<LabHost> insecureLabHosts()
{
    QList<LabHost> hosts;
    QFile file(qEnvironmentVariable("PBXLAB_JSON"));
    if (!file.open(QIODevice::ReadOnly))
        return hosts;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("running")).toBool(true)
            || o.value(QStringLiteral("profile")).toString() != u"insecure")
            continue;
        LabHost h { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("address")).toString(),
            o.value(QStringLiteral("ssh_port")).toInt(22),
            o.value(QStringLiteral("host_key_sha256")).toString(), {} };
        for (const QJsonValue& a : o.value(QStringLiteral("accounts")).toArray()) {
            if (a.toObject().value(QStringLiteral("user")).toString() == u"root")
                h.rootKey = a.toObject().value(QStringLiteral("key")).toString();
        }
        if (!h.rootKey.isEmpty() && QFile::exists(h.rootKey))
            hosts << h;
    }
    return hosts;
}

void shot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("PBXWARDEN_SHOTS_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
    WindowFixture f;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();

    int rowOf(const QAbstractItemModel* model, const QString& name)
    {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, FleetSecurityModel::Name).data().toString() == name)
                return r;
        }
        return -1;
    }

    PbxDashboard* openDashboard(const QString& name)
    {
        f.window->fleetTabs()->setCurrentIndex(1);
        QTableView* view = f.window->securityView();
        const int row = rowOf(view->model(), name);
        if (row < 0)
            return nullptr;
        view->setFocus();
        view->selectionModel()->setCurrentIndex(
            view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        // Enter opens it, as a double-click does.
        QTest::keyClick(view->viewport(), Qt::Key_Return);
        return qobject_cast<PbxDashboard*>(f.lastDialog.data());
    }

private Q_SLOTS:
    void init() { QVERIFY(f.open(4, 8)); }

    void cleanup()
    {
        if (f.window && f.window->auditDialog())
            f.window->auditDialog()->close();
    }

    void summaryOfARealAudit()
    {
        const auto facts = synthetic::labBundle(QStringLiteral("insecure"));
        QVERIFY(!facts.isEmpty());
        auto record = synthetic::record(1, QStringLiteral("pbx01"), facts, m_now);
        record.id = 5;
        const SecuritySummary s = SecuritySummary::fromAudit(record, m_now);
        QVERIFY(s.audited());
        QCOMPARE(s.score, record.score);
        QVERIFY(s.failedTotal() > 5);
        QVERIFY(s.worst && *s.worst >= audit::Severity::High);
        QVERIFY(!s.worstTitle.isEmpty());
        QCOMPARE(s.asteriskVersion, QStringLiteral("18.20.0"));
        QVERIFY(s.support != SecuritySummary::Support::Unknown);
        QVERIFY(s.backupsKnown);
        // A critical outranks any number of highs.
        SecuritySummary oneCritical, manyHighs;
        oneCritical.failed[int(audit::Severity::Critical)] = 1;
        manyHighs.failed[int(audit::Severity::High)] = 40;
        QVERIFY(oneCritical.findingsRank() > manyHighs.findingsRank());
    }

    void overdue_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("yesterday") << 1 << false;
        QTest::newRow("five months") << 152 << false;
        QTest::newRow("just under six months") << 180 << false;
        // The engine's rule (183 days, as the inspection check counts), not the calendar's six months.
        QTest::newRow("183 days") << 183 << false;
        QTest::newRow("184 days") << 184 << true;
        QTest::newRow("six months and a week") << 190 << true;
        QTest::newRow("two years") << 730 << true;
        QTest::newRow("never") << -1 << true;
    }

    void overdue()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, overdue);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
        const QDateTime last = daysAgo < 0 ? QDateTime() : now.addDays(-daysAgo);
        QCOMPARE(audit::isAuditOverdue(last, now), overdue);
        // The inspection check of an audit made now says the same.
        if (daysAgo >= 0) {
            const audit::AuditReport r
                = audit::AuditService::evaluate(QStringLiteral("x"), audit::FactBundle {}, now, last);
            const bool checkSays = std::any_of(r.findings.cbegin(), r.findings.cend(),
                [](const audit::Finding& f) { return f.check.id == u"inspection.overdue" && f.failed(); });
            QCOMPARE(checkSays, overdue);
        }

        // The model highlights the same cells.
        FleetSecurityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PbxRecord p;
        p.id = 3;
        p.name = QStringLiteral("x");
        SecuritySummary s;
        s.pbxId = 3;
        if (daysAgo >= 0) {
            s.auditId = 1;
            s.assessedAt = last;
            s.grade = QStringLiteral("B");
            s.score = 85;
        }
        model.setNow(now);
        model.setFleet({ p }, { { 3, s } });
        const QModelIndex cell = model.index(0, FleetSecurityModel::LastAudit);
        QCOMPARE(cell.data(FleetSecurityModel::OverdueRole).toBool(), overdue);
        QCOMPARE(cell.data(Qt::BackgroundRole).isValid(), overdue);
        QCOMPARE(cell.data().toString().contains(QLatin1String("overdue")), overdue && daysAgo >= 0);
    }

    void securityViewOfTheFleet()
    {
        QAbstractItemModelTester tester(
            f.window->securityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto fleet = synthetic::populate(*f.db, 3, m_now);
        QCOMPARE(fleet.ids.size(), 3);
        // The third one is audited long ago: overdue.
        inventory::AuditRepository audits(*f.db);
        f.window->reload();
        auto* model = f.window->securityModel();
        QCOMPARE(model->rowCount(), 3);
        QTabWidget* tabs = f.window->fleetTabs();
        tabs->setCurrentIndex(1);
        QTableView* view = f.window->securityView();
        QAbstractItemModelTester proxyTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int scoreSum = 0;
        for (int r = 0; r < 3; ++r) {
            const auto latest = audits.latest(fleet.ids.at(r));
            QVERIFY(latest.ok() && latest->id != 0);
            const int row = model->rowOf(fleet.ids.at(r));
            QCOMPARE(
                model->index(row, FleetSecurityModel::Score).data(FleetSecurityModel::RawValueRole).toInt(),
                latest->score);
            QCOMPARE(
                model->index(row, FleetSecurityModel::Grade).data(FleetSecurityModel::GradeRole).toString(),
                latest->grade);
            QVERIFY(!model->index(row, FleetSecurityModel::Asterisk).data().toString().isEmpty());
            scoreSum += latest->score;
        }
        const int cobalt = model->rowOf(fleet.ids.at(2));
        QVERIFY(model->index(cobalt, FleetSecurityModel::LastAudit)
                    .data(FleetSecurityModel::OverdueRole)
                    .toBool());
        QVERIFY(!model->index(model->rowOf(fleet.ids.at(0)), FleetSecurityModel::LastAudit)
                     .data(FleetSecurityModel::OverdueRole)
                     .toBool());
        const QString fleetScore = f.window->fleetScoreLabel()->text();
        QVERIFY2(fleetScore.contains(QString::number(qRound(scoreSum / 3.0))), qPrintable(fleetScore));
        QVERIFY2(fleetScore.contains(QLatin1String("Overdue: 1")), qPrintable(fleetScore));

        // Sorted by score, worst first, through the raw values.
        view->sortByColumn(FleetSecurityModel::Score, Qt::AscendingOrder);
        int previous = -2;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const int score = view->model()
                                  ->index(r, FleetSecurityModel::Score)
                                  .data(FleetSecurityModel::RawValueRole)
                                  .toInt();
            QVERIFY(score >= previous);
            previous = score;
        }
        // The filter box narrows both views, and the fleet score follows.
        QTest::keyClicks(f.window->filterEdit(), QStringLiteral("birch"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(f.window->fleetView()->model()->rowCount(), 1);
        const auto birch = audits.latest(fleet.ids.at(1));
        QVERIFY(f.window->fleetScoreLabel()->text().contains(QString::number(birch->score)));
        f.window->filterEdit()->clear();
        shot(f.window.get(), QStringLiteral("fleet-dashboard.png"));
    }

    void pbxDashboardFromStoredAudits()
    {
        const auto fleet = synthetic::populate(*f.db, 3, m_now);
        f.window->reload();
        PbxDashboard* dash = openDashboard(QStringLiteral("acme-pbx"));
        QVERIFY(dash);
        QVERIFY(dash->isVisible());
        QCOMPARE(dash->pbxId(), fleet.ids.at(0));
        QCOMPARE(f.window->pbxDashboard(fleet.ids.at(0)), dash);
        // Tiles: every practice, the insecure PBX failing several.
        int fails = 0;
        for (audit::Practice p : audit::allPractices()) {
            QLabel* tile = dash->tile(p);
            QVERIFY(tile);
            QVERIFY(tile->text().contains(audit::practiceTitle(p).toHtmlEscaped()));
            fails += tile->property("status").toString() == u"fail" ? 1 : 0;
        }
        QVERIFY2(fails >= 3, qPrintable(QString::number(fails)));
        // Findings, worst first, with their details as children.
        FindingsModel* model = dash->findingsModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTreeView* view = dash->findingsView();
        QAbstractItemModelTester proxyTester(
            view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(view->model()->rowCount() > 3);
        int previous = 100;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const int severity = view->model()
                                     ->index(r, FindingsModel::SeverityColumn)
                                     .data(FindingsModel::RawValueRole)
                                     .toInt();
            QVERIFY(severity <= previous);
            previous = severity;
        }
        const QModelIndex first = view->model()->index(0, 0);
        QVERIFY(view->model()->rowCount(first) >= 2);
        // Evidence first and the fix last, whichever way the findings are sorted.
        const int details = view->model()->rowCount(first);
        QCOMPARE(view->model()->index(0, 0, first).data(FindingsModel::DetailKindRole).toString(),
            QStringLiteral("evidence"));
        QCOMPARE(view->model()->index(details - 1, 0, first).data(FindingsModel::DetailKindRole).toString(),
            QStringLiteral("fix"));
        view->expand(first);
        view->setCurrentIndex(first);
        QVERIFY(dash->findChild<QTextBrowser*>(QStringLiteral("findingDetails"))
                    ->toPlainText()
                    .contains(model->findingAt(0)->check.title));
        // Sortable the other way round.
        view->sortByColumn(FindingsModel::SeverityColumn, Qt::AscendingOrder);
        QVERIFY(view->model()->index(0, 0).data(FindingsModel::RawValueRole).toInt()
            <= view->model()
                   ->index(view->model()->rowCount() - 1, 0)
                   .data(FindingsModel::RawValueRole)
                   .toInt());
        view->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
        // Not assessed on demand.
        const int failed = model->rowCount();
        dash->findChild<QCheckBox*>(QStringLiteral("showNotAssessed"))->setChecked(true);
        QVERIFY(model->rowCount() >= failed);
        dash->findChild<QCheckBox*>(QStringLiteral("showNotAssessed"))->setChecked(false);
        // The reckoning in words and the history: three audits for the first PBX.
        const QString words = dash->explanationText();
        QVERIFY2(words.contains(QString::number(dash->score().possible)), qPrintable(words));
        QVERIFY2(words.contains(QLatin1String("Critical")), qPrintable(words));
        QCOMPARE(dash->chart()->pointCount(), 3);
        view->setCurrentIndex(view->model()->index(0, 0));
        shot(dash, QStringLiteral("pbx-dashboard.png"));

        // One audit only still makes a readable chart.
        inventory::AuditRepository audits(*f.db);
        const auto one = audits.history(fleet.ids.at(0), 1);
        QVERIFY(one.ok());
        dash->setHistory(one.value());
        QCOMPARE(dash->chart()->pointCount(), 1);
        shot(dash, QStringLiteral("pbx-dashboard-one-audit.png"));
        dash->close();
    }

    // Three PBXs audited once each: one complete and good, one partial (no root), one at F.
    QList<qint64> addMixedFleet()
    {
        const auto hardened = synthetic::labBundle(QStringLiteral("hardened"));
        const auto insecure = synthetic::labBundle(QStringLiteral("insecure"));
        inventory::AuditRepository audits(*f.db);
        QList<qint64> ids;
        const std::pair<const char*, audit::FactBundle> pbxs[] = { { "good-pbx", hardened },
            { "partial-pbx", synthetic::withoutRoot(hardened) }, { "weak-pbx", insecure } };
        for (const auto& [name, facts] : pbxs) {
            PbxRecord p;
            p.name = QLatin1String(name);
            p.customer
                = p.name == u"weak-pbx" ? QStringLiteral("Birch Legal") : QStringLiteral("Acme Dental");
            p.host = QStringLiteral("192.0.2.%1").arg(ids.size() + 10);
            const qint64 id = f.addPbx(p);
            auto record = synthetic::record(id, p.name, facts, m_now.addDays(-2));
            if (ids.isEmpty())
                record = synthetic::complete(record);
            const auto score = audit::Score::compute(audit::storedFindings(record));
            if (id <= 0 || !audits.add(record, p.name, { score.checks, score.notAssessed }))
                return {};
            ids << id;
        }
        return ids;
    }

    // A partial audit (checks not assessed) says so wherever its grade shows (issue 16 section 1).
    void partialAuditSaysPartialEverywhere()
    {
        const QList<qint64> ids = addMixedFleet();
        QCOMPARE(ids.size(), 3);
        f.window->reload();
        auto* model = f.window->securityModel();
        const int good = model->rowOf(ids.at(0)), partial = model->rowOf(ids.at(1)),
                  weak = model->rowOf(ids.at(2));
        const SecuritySummary* ps = model->summaryAt(partial);
        QVERIFY(ps && !ps->complete() && ps->notAssessed > 0);
        QVERIFY(model->summaryAt(good)->complete());

        // The fleet table: the grade drawn hollow, a coverage column, the engine's words in the tooltip.
        QCOMPARE(
            model->index(partial, FleetSecurityModel::Grade).data(FleetSecurityModel::CompleteRole).toBool(),
            false);
        QCOMPARE(
            model->index(good, FleetSecurityModel::Grade).data(FleetSecurityModel::CompleteRole).toBool(),
            true);
        const QString coverage = model->index(partial, FleetSecurityModel::Coverage).data().toString();
        QCOMPARE(coverage, audit::Score::coverageText(ps->checks, ps->notAssessed));
        QVERIFY2(
            coverage.contains(QStringLiteral("%1 of %2").arg(ps->checks - ps->notAssessed).arg(ps->checks)),
            qPrintable(coverage));
        QVERIFY(model->index(partial, FleetSecurityModel::Coverage).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model->index(good, FleetSecurityModel::Coverage).data(Qt::BackgroundRole).isValid());
        QVERIFY(model->index(good, FleetSecurityModel::Coverage).data().toString().startsWith(u"all "));
        const QString tip = model->index(partial, FleetSecurityModel::Grade).data(Qt::ToolTipRole).toString();
        QVERIFY2(
            tip.contains(
                QStringLiteral("(partial — %1 of %2 not assessed)").arg(ps->notAssessed).arg(ps->checks)),
            qPrintable(tip));

        // The headline leads with the worst case and names its scope; the mean comes after.
        const QString headline = f.window->fleetScoreLabel()->text();
        const QString worst = model->summaryAt(weak)->grade;
        // (The test loads no catalogue: English plurals read "PBX(s)" here.)
        const QRegularExpression lead(
            QStringLiteral("^<b>Whole fleet: 1 of 3 audited PBX(\\(s\\)|s) at grade %1</b>").arg(worst));
        QVERIFY2(lead.match(headline).hasMatch(), qPrintable(headline));
        QVERIFY2(headline.indexOf(u"Mean score") > headline.indexOf(u"at grade"), qPrintable(headline));
        // The insecure lab host's audit is partial too (lastlog fails there).
        QVERIFY2(headline.contains(u"Partial: 2"), qPrintable(headline));
        QVERIFY2(headline.contains(u"weak-pbx"), qPrintable(headline));
        // A customer's scope, then the filter on top.
        QTreeView* customers = f.window->customerView();
        QModelIndex acme;
        const QModelIndex all = customers->model()->index(0, 0);
        for (int r = 0; r < customers->model()->rowCount(all); ++r) {
            const QModelIndex i = customers->model()->index(r, 0, all);
            if (i.data(CustomerTreeModel::CustomerRole).toString() == u"Acme Dental")
                acme = i;
        }
        QVERIFY(acme.isValid());
        customers->setCurrentIndex(acme);
        QString scoped = f.window->fleetScoreLabel()->text();
        QVERIFY2(scoped.startsWith(u"<b>Customer Acme Dental: "), qPrintable(scoped));
        QVERIFY2(scoped.contains(u"of 2 audited PBX"), qPrintable(scoped));
        QTest::keyClicks(f.window->filterEdit(), QStringLiteral("partial"));
        scoped = f.window->fleetScoreLabel()->text();
        QVERIFY2(scoped.startsWith(u"<b>Customer Acme Dental, filtered by “partial”: 1 of 1 audited PBX"),
            qPrintable(scoped));
        f.window->filterEdit()->clear();
        customers->setCurrentIndex(all);
        f.window->fleetTabs()->setCurrentIndex(1);
        // The activity log says partial too.
        const auto activity = f.services->inventory.activity();
        QVERIFY(activity.ok());
        QVERIFY(std::any_of(activity->cbegin(), activity->cend(), [](const inventory::ActivityEntry& e) {
            return e.pbxName == u"partial-pbx" && inventory::describeActivity(e).contains(u"partial");
        }));
        shot(f.window.get(), QStringLiteral("fleet-dashboard-partial.png"));

        // The dashboard: the header says partial in the engine's words, tiles give their coverage.
        PbxDashboard* dash = openDashboard(QStringLiteral("partial-pbx"));
        QVERIFY(dash);
        auto* gradeText = dash->findChild<QLabel*>(QStringLiteral("gradeText"));
        QVERIFY(gradeText && gradeText->isVisibleTo(dash));
        QCOMPARE(gradeText->text(), dash->score().gradeText());
        QVERIFY2(gradeText->text().contains(u"partial"), qPrintable(gradeText->text()));
        // The history marks the audit partial too.
        QCOMPARE(dash->chart()->pointCount(), 1);
        QCOMPARE(dash->chart()->partialPointCount(), 1);
        int partialTiles = 0;
        for (audit::Practice p : audit::allPractices()) {
            QLabel* tile = dash->tile(p);
            const QString status = tile->property("status").toString();
            // No tile reads plain "pass" while some of its checks went unassessed.
            const auto c = dash->score().coverage.value(p);
            if (status == u"pass")
                QCOMPARE(c.assessed, c.total);
            if (status == u"partial") {
                ++partialTiles;
                QVERIFY2(tile->text().contains(
                             QStringLiteral("pass, %1 of %2 assessed").arg(c.assessed).arg(c.total)),
                    qPrintable(tile->text()));
                QVERIFY2(tile->toolTip().contains(u"complete the audit"), qPrintable(tile->toolTip()));
            }
        }
        QVERIFY(partialTiles >= 2);
        // A not-assessed check says how to complete the audit, not the practice's fix.
        dash->findChild<QCheckBox*>(QStringLiteral("showNotAssessed"))->setChecked(true);
        FindingsModel* findings = dash->findingsModel();
        int row = -1;
        for (int r = 0; r < findings->rowCount(); ++r) {
            if (findings->findingAt(r)->outcome == audit::Finding::Outcome::NotAssessed)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex gap = findings->index(row, 0);
        QStringList kinds;
        for (int c = 0; c < findings->rowCount(gap); ++c)
            kinds << findings->index(c, 0, gap).data(FindingsModel::DetailKindRole).toString();
        QVERIFY2(kinds.contains(u"not-assessed") && !kinds.contains(u"fix") && !kinds.contains(u"evidence"),
            qPrintable(kinds.join(u',')));
        QTreeView* view = dash->findingsView();
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(view->model());
        view->setCurrentIndex(proxy->mapFromSource(gap));
        const QString details
            = dash->findChild<QTextBrowser*>(QStringLiteral("findingDetails"))->toPlainText();
        QVERIFY2(
            details.contains(u"To complete the audit") && !details.contains(u"\nFix\n"), qPrintable(details));
        QVERIFY2(
            details.contains(u"audit as root, or give the sudo password") || details.contains(u"audit again"),
            qPrintable(details));
        dash->findChild<QCheckBox*>(QStringLiteral("showNotAssessed"))->setChecked(false);
        view->setCurrentIndex(QModelIndex());
        shot(dash, QStringLiteral("pbx-dashboard-partial.png"));
        dash->close();

        // The complete one shows no partial words; its first audit is no failed inspection.
        dash = openDashboard(QStringLiteral("good-pbx"));
        QVERIFY(dash);
        QVERIFY(!dash->findChild<QLabel*>(QStringLiteral("gradeText"))->isVisibleTo(dash));
        QCOMPARE(dash->chart()->partialPointCount(), 0);
        QVERIFY(dash->tile(audit::Practice::Inspection)->property("status").toString() != u"fail");
        for (const audit::Finding& fi : audit::storedFindings(f.services->audits.latest(ids.at(0)).value()))
            QVERIFY(!(fi.check.id == u"inspection.overdue" && fi.failed()));
        dash->close();
    }

    // The run dialog: a tick and "OK" only for a good grade; an F reads as what it is.
    void auditDialogTicksOnlyAGoodResult()
    {
        const QList<qint64> ids = addMixedFleet();
        QCOMPARE(ids.size(), 3);
        QList<PbxRecord> pbxs;
        for (qint64 id : ids)
            pbxs << f.repo->pbx(id).value();
        audit::AuditRun run(
            &f.services->credentials, &f.services->audits, &f.services->inventory, { 2, 5000 });
        AuditDialog dialog(pbxs, &run);
        dialog.show();
        const QList<audit::FactBundle> facts { synthetic::labBundle(QStringLiteral("hardened")),
            synthetic::withoutRoot(synthetic::labBundle(QStringLiteral("hardened"))),
            synthetic::labBundle(QStringLiteral("insecure")) };
        for (int i = 0; i < 3; ++i) {
            audit::AuditHostResult result;
            result.pbx = pbxs.at(i);
            result.state = audit::AuditHostResult::State::Audited;
            result.report = audit::AuditService::evaluate(pbxs.at(i).name, facts.at(i), m_now, std::nullopt);
            if (i == 0) {
                // Every check assessed (the lab host's lastlog fails): a complete A.
                for (audit::Finding& fi : result.report->findings) {
                    if (fi.outcome == audit::Finding::Outcome::NotAssessed)
                        fi.outcome = audit::Finding::Outcome::Pass;
                }
                result.report->score = audit::Score::compute(result.report->findings);
            }
            Q_EMIT run.hostAudited(result);
        }
        auto* view = dialog.findChild<QTableView*>(QStringLiteral("hosts"));
        QVERIFY(view);
        const QImage tick
            = QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(16).toImage();
        const auto icon = [&](int row) {
            return view->model()
                ->index(row, ConnectionCheckModel::State)
                .data(Qt::DecorationRole)
                .value<QIcon>();
        };
        const auto text = [&](int row) {
            return view->model()->index(row, ConnectionCheckModel::State).data().toString();
        };
        QCOMPARE(icon(0).pixmap(16).toImage(), tick);
        QVERIFY2(text(0).startsWith(u"OK: score"), qPrintable(text(0)));
        for (int row : { 1, 2 }) {
            QVERIFY2(icon(row).pixmap(16).toImage() != tick, qPrintable(text(row)));
            QVERIFY2(!text(row).startsWith(u"OK"), qPrintable(text(row)));
        }
        QVERIFY2(text(1).contains(u"partial"), qPrintable(text(1)));
        const QString weakGrade
            = audit::AuditService::evaluate(pbxs.at(2).name, facts.at(2), m_now, std::nullopt).score.grade;
        QCOMPARE(weakGrade, QStringLiteral("F"));
        QVERIFY2(text(2).contains(u"grade F"), qPrintable(text(2)));
        QCOMPARE(view->model()->index(2, 0).data(AuditResultProxy::VerdictRole).toInt(),
            int(AuditResultProxy::Poor));
        // The summary counts the bad news with the audited.
        const QString summary = dialog.findChild<QLabel*>(QStringLiteral("summary"))->text();
        QVERIFY2(
            summary.contains(u"1 at grade D or F") && summary.contains(u"1 at grade C, partial or ungraded"),
            qPrintable(summary));
        shot(&dialog, QStringLiteral("audit-dialog-results.png"));
    }

    void neverAuditedPbx()
    {
        PbxRecord p;
        p.name = QStringLiteral("fresh");
        p.host = QStringLiteral("192.0.2.1");
        QVERIFY(f.addPbx(p) > 0);
        f.window->reload();
        const int row = rowOf(f.window->securityModel(), QStringLiteral("fresh"));
        QCOMPARE(f.window->securityModel()->index(row, FleetSecurityModel::LastAudit).data().toString(),
            QStringLiteral("never audited"));
        QVERIFY(f.window->fleetScoreLabel()->text().contains(QLatin1String("no score yet")));
        PbxDashboard* dash = openDashboard(QStringLiteral("fresh"));
        QVERIFY(dash);
        QCOMPARE(dash->findingsModel()->rowCount(), 0);
        QCOMPARE(dash->chart()->pointCount(), 0);
        for (audit::Practice pr : audit::allPractices())
            QCOMPARE(dash->tile(pr)->property("status").toString(), QStringLiteral("not-assessed"));
        dash->close();
    }

    void fiveHundredPbxs()
    {
        QElapsedTimer clock;
        clock.start();
        const auto fleet = synthetic::populate(*f.db, 500, m_now);
        QCOMPARE(fleet.ids.size(), 500);
        const qint64 generated = clock.restart();
        f.window->reload();
        const qint64 firstLoad = clock.restart();
        f.window->reload();
        const qint64 cachedLoad = clock.restart();
        f.window->fleetTabs()->setCurrentIndex(1);
        QTableView* view = f.window->securityView();
        for (int column : { int(FleetSecurityModel::Findings), int(FleetSecurityModel::LastAudit),
                 int(FleetSecurityModel::Score) })
            view->sortByColumn(column, Qt::AscendingOrder);
        const qint64 sorted = clock.restart();
        QTest::keyClicks(f.window->filterEdit(), QStringLiteral("cobalt"));
        QCOMPARE(view->model()->rowCount(), 100);
        f.window->filterEdit()->clear();
        const qint64 filtered = clock.restart();
        qInfo("500 PBXs, %d audits: generated in %lld ms; window reload %lld ms (first), %lld ms (cached); "
              "three sorts %lld ms; filter %lld ms",
            fleet.audits, generated, firstLoad, cachedLoad, sorted, filtered);
        QCOMPARE(view->model()->rowCount(), 500);
        // Debug build on a shared two-core machine: generous, but a regression to seconds shows.
        QVERIFY2(firstLoad < 8000, qPrintable(QString::number(firstLoad)));
        QVERIFY2(cachedLoad < 3000, qPrintable(QString::number(cachedLoad)));
        QVERIFY2(sorted < 2000, qPrintable(QString::number(sorted)));
        QVERIFY(f.window->fleetScoreLabel()->text().contains(QLatin1String("(490 of 500)")));
        // No column wider than the view: the worst title is capped.
        QVERIFY(view->columnWidth(FleetSecurityModel::WorstFinding)
            <= view->fontMetrics().averageCharWidth() * 25);
        shot(f.window.get(), QStringLiteral("fleet-dashboard-500.png"));
    }

    void auditRefusesUnpinnedHostsAndCancels()
    {
        // A port that accepts and never says a word: the audit hangs there until cancelled.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        QList<QTcpSocket*> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket* s = silent.nextPendingConnection())
                held << s;
        });
        f.settings->setSshTimeoutSeconds(60);
        for (int i = 0; i < 3; ++i) {
            PbxRecord p;
            p.name = QStringLiteral("silent-%1").arg(i);
            p.host = QStringLiteral("127.0.0.1");
            p.sshPort = silent.serverPort();
            p.sshAuth = SshAuth::Agent;
            // The last one was never trusted: an audit does not ask, it refuses.
            if (i < 2)
                p.hostKeyFingerprint = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            QVERIFY(f.addPbx(p) > 0);
        }
        f.window->reload();
        f.window->fleetTabs()->setCurrentIndex(1);
        QTest::keyClick(f.window.get(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
        AuditDialog* dialog = f.window->auditDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->model()->count(ConnectionCheckModel::HostState::Connecting) == 2, 15000);
        QCOMPARE(dialog->model()->count(ConnectionCheckModel::HostState::Failed), 1);
        QTRY_COMPARE(held.size(), 2);
        auto* cancel = dialog->findChild<QPushButton*>(QStringLiteral("cancel"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 15000);
        QCOMPARE(dialog->model()->count(ConnectionCheckModel::HostState::Cancelled), 2);
        // Nothing stored; the refusal is in the activity log.
        inventory::AuditRepository audits(*f.db);
        for (int r = 0; r < 3; ++r) {
            const qint64 id = f.window->securityModel()->pbxAt(r)->id;
            QCOMPARE(audits.latest(id)->id, 0);
        }
        const auto log = f.repo->activity(10);
        QVERIFY(std::any_of(log->begin(), log->end(), [](const auto& e) {
            return e.action == u"audit.failed" && e.pbxName == u"silent-2"
                && inventory::describeActivity(e).contains(QLatin1String("not pinned"));
        }));
        qDeleteAll(held);
    }

    void auditTwoLabHostsAndOpenTheDashboard()
    {
        const QList<LabHost> lab = insecureLabHosts();
        if (lab.size() < 2)
            QSKIP("needs 2 insecure pbxlab hosts with root keys: run as root through tests/run-suite.sh "
                  "(PBXLAB_JSON)");
        QList<qint64> ids;
        for (int i = 0; i < 2; ++i) {
            PbxRecord p;
            p.name = lab.at(i).name;
            p.host = lab.at(i).address;
            p.sshPort = lab.at(i).port;
            p.sshUser = QStringLiteral("root");
            p.sshAuth = SshAuth::KeyFile;
            p.sshKeyPath = lab.at(i).rootKey;
            p.hostKeyFingerprint = lab.at(i).fingerprint;
            p.customer = QStringLiteral("Lab");
            ids << f.addPbx(p);
        }
        QVERIFY(!ids.contains(0));
        f.window->reload();
        f.window->fleetTabs()->setCurrentIndex(0);
        f.select({ lab.at(0).name, lab.at(1).name });
        QAction* audit = f.action("auditSecurity");
        QVERIFY(audit->isEnabled());
        QCOMPARE(audit->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
        audit->trigger();
        AuditDialog* dialog = f.window->auditDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->isModal());
        QAbstractItemModelTester rows(
            dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 300000);
        QCOMPARE(dialog->model()->count(ConnectionCheckModel::HostState::Ok), 2);

        inventory::AuditRepository audits(*f.db);
        for (qint64 id : ids) {
            const auto latest = audits.latest(id, true);
            QVERIFY(latest.ok() && latest->id != 0);
            QVERIFY(!latest->facts.isEmpty());
            QVERIFY(latest->findingsJson.contains(QLatin1String("\"fail\"")));
        }
        const auto log = f.repo->activity(20);
        QVERIFY(log.ok());
        QCOMPARE(
            std::count_if(log->begin(), log->end(), [](const auto& e) { return e.action == u"pbx.audit"; }),
            2);
        // The security view shows them now.
        QCOMPARE(f.window->fleetTabs()->currentIndex(), 1);
        QVERIFY(!f.window->securityModel()
                     ->index(f.window->securityModel()->rowOf(ids.at(0)), FleetSecurityModel::Grade)
                     .data()
                     .toString()
                     .isEmpty());

        PbxDashboard* dash = openDashboard(lab.at(0).name);
        QVERIFY(dash);
        int fails = 0;
        for (audit::Practice p : audit::allPractices())
            fails += dash->tile(p)->property("status").toString() == u"fail" ? 1 : 0;
        QVERIFY2(fails >= 5, qPrintable(QString::number(fails)));
        QVERIFY(dash->findingsModel()->rowCount() > 0);
        QCOMPARE(dash->chart()->pointCount(), 1);
        shot(dash, QStringLiteral("pbx-dashboard-lab.png"));
        dash->close();
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
