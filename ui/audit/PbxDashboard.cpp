#include "audit/PbxDashboard.h"

#include "audit/AuditColors.h"
#include "audit/FindingsModel.h"
#include "audit/FindingsSortProxy.h"
#include "audit/FleetSecurityModel.h"
#include "audit/ScoreHistoryChart.h"
#include "widgets/PlainText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace pbxwarden::ui {

using audit::Finding;
using audit::Practice;
using audit::Score;
using audit::Severity;

namespace {

QString colourName(const QColor& c)
{
    return c.name(QColor::HexRgb);
}

} // namespace

PbxDashboard::PbxDashboard(const PbxRecord& pbx, QWidget* parent)
    : QDialog(parent)
    , m_pbx(pbx)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsSortProxy(this))
{
    setObjectName(QStringLiteral("PbxDashboard"));
    setWindowTitle(tr("%1: security").arg(pbx.name));
    setModal(false);
    setWindowFlag(Qt::WindowMaximizeButtonHint, true);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_scoreLabel = new QLabel;
    m_scoreLabel->setObjectName(QStringLiteral("score"));
    QFont scoreFont = titleFont;
    scoreFont.setPointSizeF(font().pointSizeF() * 2.6);
    m_scoreLabel->setFont(scoreFont);
    m_gradeBadge = new QLabel;
    m_gradeBadge->setObjectName(QStringLiteral("grade"));
    m_gradeBadge->setAlignment(Qt::AlignCenter);
    m_gradeBadge->setFont(scoreFont);
    m_gradeBadge->setMinimumWidth(QFontMetrics(scoreFont).height() * 3 / 2);
    m_gradeText = new QLabel;
    m_gradeText->setObjectName(QStringLiteral("gradeText"));
    m_gradeText->setWordWrap(true);
    QFont gradeTextFont = font();
    gradeTextFont.setPointSizeF(gradeTextFont.pointSizeF() * 1.25);
    gradeTextFont.setBold(true);
    m_gradeText->setFont(gradeTextFont);
    m_assessed = new QLabel;
    m_assessed->setObjectName(QStringLiteral("assessed"));
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeading);

    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_gradeBadge);
    scoreRow->addWidget(m_scoreLabel);
    scoreRow->addWidget(m_gradeText, 1);
    auto* headerText = new QVBoxLayout;
    headerText->addWidget(m_title);
    headerText->addWidget(m_assessed);
    headerText->addLayout(scoreRow);
    headerText->addWidget(m_explanation);
    headerText->addStretch(1);

    m_chart = new ScoreHistoryChart;
    m_chart->setMinimumWidth(380);
    m_chart->setMaximumHeight(fontMetrics().height() * 16);
    auto* header = new QHBoxLayout;
    header->addLayout(headerText, 3);
    header->addWidget(m_chart, 2);

    auto* tiles = new QGridLayout;
    tiles->setSpacing(6);
    const QList<Practice> practices = audit::allPractices();
    for (int i = 0; i < practices.size(); ++i) {
        auto* tile = new QLabel;
        tile->setObjectName(QStringLiteral("practice-") + audit::practiceId(practices.at(i)));
        tile->setAlignment(Qt::AlignCenter);
        tile->setWordWrap(true);
        tile->setMinimumHeight(fontMetrics().height() * 3 + 8);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_tiles.insert(practices.at(i), tile);
        tiles->addWidget(tile, i / 7, i % 7);
    }

    m_proxy->setSourceModel(m_model);
    m_findingsView = new QTreeView;
    m_findingsView->setObjectName(QStringLiteral("findings"));
    m_findingsView->setModel(m_proxy);
    m_findingsView->setSortingEnabled(true);
    m_findingsView->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_findingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findingsView->setAlternatingRowColors(true);
    m_findingsView->setUniformRowHeights(true);
    m_findingsView->header()->setStretchLastSection(true);
    m_findingsView->setColumnWidth(FindingsModel::SeverityColumn, 120);
    m_findingsView->setColumnWidth(FindingsModel::Title, 360);
    m_findingsView->setColumnWidth(FindingsModel::PracticeColumn, 170);
    m_showNotAssessed = new QCheckBox(tr("Also show checks that could &not be assessed"));
    m_showNotAssessed->setObjectName(QStringLiteral("showNotAssessed"));
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("findingDetails"));
    m_details->setOpenLinks(false);
    m_details->setPlaceholderText(tr("Select a finding to read its evidence and fix."));

    auto* findingsBox = new QWidget;
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->setContentsMargins(0, 0, 0, 0);
    findingsLayout->addWidget(m_findingsView, 1);
    findingsLayout->addWidget(m_showNotAssessed);
    auto* split = new QSplitter;
    split->addWidget(findingsBox);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header, 0);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1180, 820);

    connect(m_showNotAssessed, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setFindings(m_findings, on);
        spanDetails();
    });
    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { showDetails(current); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PbxDashboard::spanDetails);
    setHistory({});
}

void PbxDashboard::setHistory(const QList<inventory::AuditRecord>& history)
{
    const inventory::AuditRecord latest = history.value(0);
    m_findings = audit::storedFindings(latest);
    m_score = Score::compute(m_findings);
    plain::setLabel(m_title, m_pbx.name);

    if (latest.id == 0 && history.isEmpty()) {
        m_scoreLabel->setText(QStringLiteral("–"));
        m_gradeBadge->setText(QString());
        m_gradeBadge->setStyleSheet(QString());
        m_gradeText->clear();
        m_gradeText->hide();
        m_assessed->setText(tr("Never audited. Select the PBX and use Fleet ▸ Audit."));
        m_explanation->setText(Score::explanation());
    } else {
        // The stored score is the one the audit computed; the findings give the reckoning behind it.
        const QString grade = latest.grade.isEmpty() ? m_score.grade : latest.grade;
        m_scoreLabel->setText(tr("%1 / 100").arg(latest.score));
        m_gradeBadge->setText(grade);
        const QColor fill = auditcolors::grade(grade);
        // A partial grade is drawn hollow, as in the fleet table: what was seen, not the whole PBX.
        m_gradeBadge->setStyleSheet(m_score.complete()
                ? QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; "
                                 "padding: 2px 14px; }")
                      .arg(colourName(fill), colourName(auditcolors::textOn(fill)))
                : QStringLiteral("QLabel { background: transparent; color: %1; border: 3px dashed %1; "
                                 "border-radius: 8px; padding: 2px 14px; }")
                      .arg(colourName(fill)));
        // The engine's words: "A (partial — 15 of 52 not assessed)"; a complete grade is the badge.
        // A right-to-left mark first: the text starts with the Latin grade letter, which would make
        // the line read left to right in Hebrew.
        m_gradeText->setText((isRightToLeft() ? QString(QChar(0x200F)) : QString()) + m_score.gradeText());
        m_gradeText->setVisible(!m_score.complete() || m_score.possible == 0);
        m_gradeText->setStyleSheet(
            QStringLiteral("QLabel { color: %1; }").arg(colourName(auditcolors::partialText())));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString when = tr("Audited %1 (%2 ago)")
                           .arg(QLocale().toString(latest.assessedAt.toLocalTime(), QLocale::LongFormat),
                               FleetSecurityModel::ageText(latest.assessedAt, now));
        if (audit::isAuditOverdue(latest.assessedAt, now))
            when += QLatin1Char(' ') + tr("— overdue: audit it again, at least twice a year.");
        m_assessed->setText(when);
        m_explanation->setText(
            explain(m_findings, m_score).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
            + QStringLiteral("<br><span style=\"color:#616161\">%1</span>")
                  .arg(Score::explanation().toHtmlEscaped()));
    }
    fillTiles();
    m_model->setFindings(m_findings, m_showNotAssessed->isChecked());
    spanDetails();
    m_chart->setHistory(history);
    m_details->clear();
}

QString PbxDashboard::explanationText() const
{
    return m_explanation->text();
}

QString PbxDashboard::explain(const QList<Finding>& findings, const Score& score)
{
    if (score.possible == 0)
        return tr("No check could be assessed, so there is no score: the audit lacked the facts "
                  "(log in as root or with sudo to collect them).");
    QStringList lines;
    lines << tr("Score %1 of 100: this PBX earned %2 of the %3 points its assessed checks are worth.")
                 .arg(score.value)
                 .arg(score.earned)
                 .arg(score.possible);
    QStringList bySeverity;
    int notAssessed = 0;
    for (int s = int(Severity::Critical); s >= int(Severity::Low); --s) {
        int passed = 0, failed = 0;
        for (const Finding& f : findings) {
            if (int(f.check.severity) != s)
                continue;
            passed += f.outcome == Finding::Outcome::Pass ? 1 : 0;
            failed += f.failed() ? 1 : 0;
        }
        if (passed + failed == 0)
            continue;
        const int weight = audit::severityWeight(Severity(s));
        bySeverity << tr("%1 (worth %2 each): %3 passed, %4 failed, %5 of %6 points")
                          .arg(FindingsModel::severityText(Severity(s)))
                          .arg(weight)
                          .arg(passed)
                          .arg(failed)
                          .arg(passed * weight)
                          .arg((passed + failed) * weight);
    }
    for (const Finding& f : findings)
        notAssessed += f.outcome == Finding::Outcome::NotAssessed ? 1 : 0;
    lines << bySeverity;
    if (notAssessed)
        lines << tr("Not assessed (the facts were out of reach), so counted in neither sum: %1.")
                     .arg(notAssessed);
    return lines.join(u'\n');
}

void PbxDashboard::fillTiles()
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const Score::Status status = m_score.practices.value(it.key(), Score::Status::NotAssessed);
        // The engine's wording, with the practice's coverage ("pass, 2 of 5 assessed").
        const QString word = m_score.practiceText(it.key());
        QStringList failedTitles, gaps;
        for (const Finding& f : std::as_const(m_findings)) {
            if (f.check.practice == it.key() && f.failed())
                failedTitles << QStringLiteral("• ") + f.check.title;
            if (f.check.practice == it.key() && f.outcome == Finding::Outcome::NotAssessed)
                gaps << QStringLiteral("• %1: %2").arg(f.check.title, f.evidence.join(QStringLiteral("; ")));
        }
        if (!gaps.isEmpty())
            failedTitles << tr("Not assessed; to complete the audit:") << gaps;
        QLabel* tile = it.value();
        const QColor fill = auditcolors::status(status);
        tile->setProperty("status", Score::statusId(status));
        tile->setText(
            QStringLiteral("<b>%1</b><br>%2").arg(audit::practiceTitle(it.key()).toHtmlEscaped(), word));
        tile->setToolTip(plain::toolTip(failedTitles.join(u'\n')));
        tile->setStyleSheet(
            QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 4px; }")
                .arg(colourName(fill), colourName(auditcolors::textOn(fill))));
    }
}

void PbxDashboard::spanDetails()
{
    // Detail rows are one sentence each: let them use the whole width.
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex parent = m_proxy->index(r, 0);
        for (int c = 0; c < m_proxy->rowCount(parent); ++c)
            m_findingsView->setFirstColumnSpanned(c, parent, true);
    }
}

void PbxDashboard::showDetails(const QModelIndex& proxyIndex)
{
    QModelIndex source = m_proxy->mapToSource(proxyIndex);
    if (source.parent().isValid())
        source = source.parent();
    const Finding* f = m_model->findingAt(source.row());
    if (!f) {
        m_details->clear();
        return;
    }
    QString html
        = QStringLiteral("<h3>%1</h3><p><b>%2</b> · %3 · <code>%4</code></p>")
              .arg(f->check.title.toHtmlEscaped(),
                  f->outcome == Finding::Outcome::NotAssessed
                      ? tr("Not assessed")
                      : FindingsModel::severityText(f->check.severity),
                  audit::practiceTitle(f->check.practice).toHtmlEscaped(), f->check.id.toHtmlEscaped());
    const bool notAssessed = f->outcome == Finding::Outcome::NotAssessed;
    if (!f->evidence.isEmpty()) {
        // Not assessed: the engine's reason says what was out of reach and how to reach it.
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(notAssessed ? tr("To complete the audit") : tr("Evidence"));
        for (const QString& e : f->evidence)
            html += QStringLiteral("<li><code>%1</code></li>").arg(e.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!f->check.why.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                    .arg(tr("Why it matters"), f->check.why.toHtmlEscaped());
    // A check not assessed has nothing to fix yet; its fix would read as a finding.
    if (!notAssessed && !f->check.fix.isEmpty())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(tr("Fix"), f->check.fix.toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace pbxwarden::ui
