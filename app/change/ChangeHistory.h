#pragma once

#include "change/ChangePlan.h"
#include "change/ChangeResult.h"
#include "change/UnifiedDiff.h"
#include "inventory/ChangeRepository.h"

namespace pbxwarden::change {

// Turns a plan and what became of it into the inventory's record of it (the diff built from the
// backups the PBX sent, secrets masked).
class ChangeHistory
{
public:
    static inventory::ChangeRecord record(
        const ChangePlan& plan, const ChangeResult& result, const LineMasker& masker = {});
    // The stored word of an outcome ("applied", "rolled-back"...), stable across languages.
    static QString outcomeWord(Outcome outcome);
    // The diff of every file of a plan against the content it was made from (nullopt: a new file).
    static QString planDiff(const ChangePlan& plan, const QList<std::optional<QByteArray>>& oldContents,
        const LineMasker& masker = {});
};

} // namespace pbxwarden::change
