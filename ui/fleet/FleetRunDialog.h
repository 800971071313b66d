#pragma once

#include "core/PbxRecord.h"

#include <QDialog>
#include <QList>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace pbxwarden::fleet {
class FleetRunner;
struct HostOutcome;
} // namespace pbxwarden::fleet

namespace pbxwarden::ui {
class ConnectionCheckModel;

// What every fleet run shows and does (Check connections, Audit): a summary line, a progress bar
// over the hosts, one row per host with its state, Cancel and Close, and a FleetRunner whose hosts
// are shown starting and progressing. A subclass says what it runs, how a host's end reads, and
// the words of the summary.
class FleetRunDialog : public QDialog
{
    Q_OBJECT
public:
    ~FleetRunDialog() override;

    void cancel();
    bool isRunning() const { return m_running; }
    ConnectionCheckModel* model() const { return m_model; }

Q_SIGNALS:
    void runFinished();
    // Cancel was asked for (a run that owns more than the runner stops its other steps too).
    void cancelRequested();

protected:
    // runner: an engine service's runner to show (its parallelism and timeout are its own);
    // null makes one with these.
    FleetRunDialog(const QList<PbxRecord>& pbxs, int parallel, int hostTimeoutMs, const QString& cancelText,
        QWidget* parent, fleet::FleetRunner* runner = nullptr);

    void reject() override;
    // The run is over: Cancel off, Close the default, the final summary, runFinished.
    void finish();
    void updateSummary();

    virtual void onHostFinished(int index, const fleet::HostOutcome& outcome) = 0;
    virtual void onRunnerFinished() = 0;
    // The summary line, running or done, from the model's counts.
    virtual QString summaryText() const = 0;

    QList<PbxRecord> m_pbxs;
    ConnectionCheckModel* m_model;
    fleet::FleetRunner* m_runner;
    QTableView* m_view;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_close;
    // The PBXs given to the runner, by runner index.
    QList<PbxRecord> m_pass;
    bool m_running = false;
    bool m_cancelled = false;
    int m_done = 0;
};

} // namespace pbxwarden::ui
