#pragma once

#include "core/PbxRecord.h"
#include "secrets/SecretStore.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace pbxwarden::secrets {

struct LegacyMoveOutcome
{
    // PBXs none of whose entries is left under an old name (moved, or there was none).
    QList<qint64> finished;
    int moved = 0;
    // One line per entry that could not be moved; its old entry is kept, to be tried again.
    QStringList problems;
};

// Moves the entries named before schema version 4 (pbx/<row id>/<purpose>, see legacySecretKey())
// to the identity names (secretKey()): read the old, write the new, then remove the old. An entry
// that cannot be read, written or removed is reported and its old entry kept: never lost. The
// records must come from the inventory (InventoryRepository::pbxsWithLegacySecrets()).
void moveLegacySecrets(
    SecretStore& store, const QList<PbxRecord>& pbxs, std::function<void(LegacyMoveOutcome)> done);
// The same, run to its end: for the command line only.
LegacyMoveOutcome moveLegacySecretsAndWait(SecretStore& store, const QList<PbxRecord>& pbxs);

} // namespace pbxwarden::secrets
