#pragma once

#include <QString>

#include <optional>

namespace pbxwarden::audit {

// How bad a failed check is. The order matters: higher is worse.
enum class Severity
{
    Info,
    Low,
    Medium,
    High,
    Critical
};

// "info", "low", "medium", "high", "critical": the spelling of the JSON output and the CLI.
QString severityId(Severity severity);
std::optional<Severity> severityFromId(const QString& id);
// Points a check of this severity is worth in the score (see Score.h).
int severityWeight(Severity severity);

} // namespace pbxwarden::audit
