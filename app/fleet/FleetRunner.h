#pragma once

#include "fleet/FleetTarget.h"
#include "fleet/HostOutcome.h"
#include "ssh/CancelToken.h"

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>

namespace pbxwarden::fleet {

class ProgressReporter;

// A job for one host. Runs on a worker thread; must watch the token (SshSession does when given it)
// and must not touch widgets.
using FleetJob = std::function<HostOutcome(
    const FleetTarget& target, const ssh::CancelTokenPtr& cancel, const ProgressReporter& progress)>;

// Runs one job on many PBXs with bounded parallelism. Lives on the caller's thread (the GUI thread
// for the app); every signal arrives there, and no call blocks it.
class FleetRunner : public QObject
{
    Q_OBJECT

public:
    explicit FleetRunner(QObject* parent = nullptr);
    ~FleetRunner() override;

    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }
    // Per host, from the moment its job starts; 0 means no limit.
    void setHostTimeoutMs(int ms) { m_hostTimeoutMs = ms; }
    int hostTimeoutMs() const { return m_hostTimeoutMs; }

    // False when a run is still going.
    bool start(const QList<FleetTarget>& targets, FleetJob job);
    // Jobs not started yet end as Cancelled without running; running ones see their token set and
    // their sessions interrupted. Results still arrive through hostFinished.
    void cancel();
    bool isRunning() const { return m_remaining > 0; }

Q_SIGNALS:
    void hostStarted(int index, const QString& name);
    void hostProgress(int index, int percent, const QString& text);
    void hostFinished(int index, const pbxwarden::fleet::HostOutcome& outcome);
    void finished(int succeeded, int failed);

private:
    friend class ProgressReporter;
    struct HostRun
    {
        ssh::CancelTokenPtr token;
        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever);
        bool running = false;
        bool done = false;
    };

    void runOne(int index, const FleetTarget& target, const FleetJob& job, const ssh::CancelTokenPtr& token);
    void reportStarted(int index, const QString& name);
    void reportProgress(int index, int percent, const QString& text);
    void reportFinished(int index, const HostOutcome& outcome);
    void checkDeadlines();

    QThreadPool m_pool;
    QTimer m_watchdog;
    QList<HostRun> m_hosts;
    int m_maxParallel = 16;
    int m_hostTimeoutMs = 300000;
    int m_remaining = 0;
    int m_succeeded = 0;
    int m_failed = 0;
};

} // namespace pbxwarden::fleet
