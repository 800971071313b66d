#include "audit/ScoreHistoryChart.h"

#include "audit/Score.h"
#include "audit/SecuritySummary.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace pbxwarden::ui {

ScoreHistoryChart::ScoreHistoryChart(QWidget* parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("scoreHistory"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setHistory({});
}

void ScoreHistoryChart::setHistory(const QList<inventory::AuditRecord>& audits)
{
    QList<inventory::AuditRecord> sorted = audits;
    std::sort(sorted.begin(), sorted.end(),
        [](const auto& a, const auto& b) { return a.assessedAt < b.assessedAt; });
    m_points = int(sorted.size());

    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    auto* line = new QLineSeries;
    line->setName(tr("Score"));
    QPen pen(QColor(0x15, 0x65, 0xc0));
    pen.setWidth(2);
    line->setPen(pen);
    auto* dots = new QScatterSeries;
    dots->setMarkerSize(9);
    dots->setColor(QColor(0x15, 0x65, 0xc0));
    dots->setBorderColor(Qt::white);
    auto* partialDots = new QScatterSeries;
    partialDots->setMarkerSize(9);
    partialDots->setColor(Qt::white);
    partialDots->setBorderColor(QColor(0x15, 0x65, 0xc0));
    partialDots->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    m_partialPoints = 0;
    for (const auto& a : sorted) {
        const double at = double(a.assessedAt.toMSecsSinceEpoch());
        line->append(at, a.score);
        const bool complete = audit::Score::compute(audit::storedFindings(a)).complete();
        (complete ? dots : partialDots)->append(at, a.score);
        m_partialPoints += complete ? 0 : 1;
    }
    // The value of each dot, when there are few enough to read.
    for (QScatterSeries* series : { dots, partialDots }) {
        series->setPointLabelsVisible(sorted.size() <= 12);
        series->setPointLabelsClipping(false);
    }
    dots->setPointLabelsFormat(QStringLiteral("@yPoint"));
    //: a point of the score chart: the score, then the word
    partialDots->setPointLabelsFormat(tr("@yPoint partial"));
    chart->addSeries(line);
    chart->addSeries(dots);
    chart->addSeries(partialDots);

    auto* x = new QDateTimeAxis;
    auto* y = new QValueAxis;
    y->setRange(0, 105);
    y->setTickCount(6);
    y->setTickInterval(20);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTitleText(tr("Score"));
    QDateTime first = sorted.isEmpty() ? QDateTime::currentDateTimeUtc() : sorted.first().assessedAt;
    QDateTime last = sorted.isEmpty() ? first : sorted.last().assessedAt;
    // Room on both sides so the first and last dots are not cut in half; a day at least.
    const qint64 pad = qMax<qint64>(86400, first.secsTo(last) / 20);
    first = first.addSecs(-pad);
    last = last.addSecs(pad);
    x->setRange(first, last);
    x->setFormat(first.daysTo(last) > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));
    x->setTickCount(qBound(2, int(sorted.size()) + 1, 6));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : { static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots),
             static_cast<QAbstractSeries*>(partialDots) }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (sorted.isEmpty())
        chart->setTitle(tr("No audit yet"));
    QChart* old = this->chart();
    setChart(chart);
    // QChartView does not delete the chart it is given another one for.
    if (old && old != chart)
        delete old;
}

} // namespace pbxwarden::ui
