#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace pbxwarden::ssh {

// Shared between whoever may stop a job (the fleet runner, a Cancel button) and the job itself.
// Blocking libssh calls cannot poll a flag, so sessions also register an interrupter that breaks
// their socket; it runs on the cancelling thread.
class CancelToken
{
public:
    enum class Reason
    {
        None,
        Cancelled,
        TimedOut
    };

    void cancel(Reason reason = Reason::Cancelled);
    bool isCancelled() const { return m_reason.load() != int(Reason::None); }
    Reason reason() const { return Reason(m_reason.load()); }
    QString message() const;

    // The interrupter runs at most once, at cancel(); after removeInterrupter() returns it never runs.
    int addInterrupter(std::function<void()> interrupter);
    void removeInterrupter(int id);

private:
    std::atomic<int> m_reason { int(Reason::None) };
    std::mutex m_mutex;
    std::map<int, std::function<void()>> m_interrupters;
    int m_nextId = 1;
};

using CancelTokenPtr = std::shared_ptr<CancelToken>;

} // namespace pbxwarden::ssh
