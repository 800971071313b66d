#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace pbxwarden::fleet {

// What one host's job ended with.
struct HostOutcome
{
    enum class State
    {
        Succeeded,
        Failed,
        Cancelled,
        TimedOut
    };

    State state = State::Failed;
    // Readable: a summary on success, the reason otherwise.
    QString message;
    QVariantMap data;

    bool ok() const { return state == State::Succeeded; }
    static HostOutcome success(const QString& message, QVariantMap data = {})
    {
        return { State::Succeeded, message, std::move(data) };
    }
    static HostOutcome failure(const QString& message) { return { State::Failed, message, {} }; }
};

} // namespace pbxwarden::fleet

Q_DECLARE_METATYPE(pbxwarden::fleet::HostOutcome)
