#include "fleet/FleetRunner.h"

#include "core/Logging.h"
#include "fleet/ProgressReporter.h"

#include <exception>

namespace pbxwarden::fleet {

FleetRunner::FleetRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<HostOutcome>();
    m_pool.setMaxThreadCount(m_maxParallel);
    // A blocked libssh call cannot watch a clock; the watchdog cancels its token, which breaks the socket.
    m_watchdog.setInterval(100);
    connect(&m_watchdog, &QTimer::timeout, this, &FleetRunner::checkDeadlines);
}

FleetRunner::~FleetRunner()
{
    cancel();
    m_pool.waitForDone();
}

void FleetRunner::setMaxParallel(int count)
{
    m_maxParallel = std::max(1, count);
    m_pool.setMaxThreadCount(m_maxParallel);
}

bool FleetRunner::start(const QList<FleetTarget>& targets, FleetJob job)
{
    if (isRunning())
        return false;
    m_hosts = QList<HostRun>(targets.size());
    m_remaining = int(targets.size());
    m_succeeded = m_failed = 0;
    if (targets.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(0, 0); }, Qt::QueuedConnection);
        return true;
    }
    m_watchdog.start();
    auto sharedJob = std::make_shared<FleetJob>(std::move(job));
    for (int i = 0; i < targets.size(); ++i) {
        ssh::CancelTokenPtr token = std::make_shared<ssh::CancelToken>();
        m_hosts[i].token = token;
        const FleetTarget target = targets.at(i);
        m_pool.start([this, i, target, sharedJob, token] { runOne(i, target, *sharedJob, token); });
    }
    qCDebug(lcFleet) << "started a run on" << targets.size() << "hosts," << m_maxParallel << "at a time";
    return true;
}

void FleetRunner::runOne(
    int index, const FleetTarget& target, const FleetJob& job, const ssh::CancelTokenPtr& token)
{
    HostOutcome outcome;
    if (token->isCancelled()) {
        outcome = { HostOutcome::State::Cancelled, token->message(), {} };
    } else {
        QMetaObject::invokeMethod(
            this, [this, index, name = target.pbx.name] { reportStarted(index, name); },
            Qt::QueuedConnection);
        const ProgressReporter progress(this, index);
        try {
            outcome = job(target, token, progress);
        } catch (const std::exception& e) {
            outcome = HostOutcome::failure(tr("internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            outcome = HostOutcome::failure(tr("internal error"));
        }
        // Whatever the job says, a host stopped by cancel or by its time limit is reported as such.
        if (token->isCancelled() && !outcome.ok()) {
            outcome.state = token->reason() == ssh::CancelToken::Reason::TimedOut
                ? HostOutcome::State::TimedOut
                : HostOutcome::State::Cancelled;
        }
    }
    QMetaObject::invokeMethod(
        this, [this, index, outcome] { reportFinished(index, outcome); }, Qt::QueuedConnection);
}

void FleetRunner::cancel()
{
    for (HostRun& host : m_hosts) {
        if (!host.done && host.token)
            host.token->cancel(ssh::CancelToken::Reason::Cancelled);
    }
}

void FleetRunner::reportStarted(int index, const QString& name)
{
    if (index < 0 || index >= m_hosts.size())
        return;
    HostRun& host = m_hosts[index];
    host.running = true;
    if (m_hostTimeoutMs > 0)
        host.deadline = QDeadlineTimer(m_hostTimeoutMs);
    Q_EMIT hostStarted(index, name);
}

void FleetRunner::reportProgress(int index, int percent, const QString& text)
{
    if (index >= 0 && index < m_hosts.size() && !m_hosts.at(index).done)
        Q_EMIT hostProgress(index, percent, text);
}

void FleetRunner::reportFinished(int index, const HostOutcome& outcome)
{
    if (index < 0 || index >= m_hosts.size() || m_hosts.at(index).done)
        return;
    HostRun& host = m_hosts[index];
    host.done = true;
    host.running = false;
    host.token.reset();
    if (outcome.ok())
        ++m_succeeded;
    else
        ++m_failed;
    --m_remaining;
    Q_EMIT hostFinished(index, outcome);
    if (m_remaining == 0) {
        m_watchdog.stop();
        Q_EMIT finished(m_succeeded, m_failed);
    }
}

void FleetRunner::checkDeadlines()
{
    for (HostRun& host : m_hosts) {
        if (host.running && !host.done && host.token && host.deadline.hasExpired())
            host.token->cancel(ssh::CancelToken::Reason::TimedOut);
    }
}

} // namespace pbxwarden::fleet
