#include "audit/Severity.h"

namespace pbxwarden::audit {

QString severityId(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Severity> severityFromId(const QString& id)
{
    for (Severity s :
        { Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical }) {
        if (severityId(s) == id)
            return s;
    }
    return std::nullopt;
}

int severityWeight(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return 0;
    case Severity::Low:
        return 1;
    case Severity::Medium:
        return 3;
    case Severity::High:
        return 6;
    case Severity::Critical:
        return 10;
    }
    return 0;
}

} // namespace pbxwarden::audit
