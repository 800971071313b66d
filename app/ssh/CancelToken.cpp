#include "ssh/CancelToken.h"

#include <QCoreApplication>

namespace pbxwarden::ssh {

void CancelToken::cancel(Reason reason)
{
    int expected = int(Reason::None);
    if (!m_reason.compare_exchange_strong(expected, int(reason)))
        return;
    std::lock_guard<std::mutex> lock(m_mutex);
    for (auto& [id, interrupter] : m_interrupters)
        interrupter();
    m_interrupters.clear();
}

QString CancelToken::message() const
{
    switch (reason()) {
    case Reason::None:
        return {};
    case Reason::Cancelled:
        return QCoreApplication::translate("CancelToken", "cancelled");
    case Reason::TimedOut:
        return QCoreApplication::translate("CancelToken", "stopped: the time limit for this host ran out");
    }
    return {};
}

int CancelToken::addInterrupter(std::function<void()> interrupter)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (isCancelled()) {
        interrupter();
        return 0;
    }
    const int id = m_nextId++;
    m_interrupters.emplace(id, std::move(interrupter));
    return id;
}

void CancelToken::removeInterrupter(int id)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_interrupters.erase(id);
}

} // namespace pbxwarden::ssh
