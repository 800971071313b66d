#pragma once

#include "secrets/SecretStore.h"

namespace pbxwarden::secrets {

// For the command line only, where nothing else needs the event loop meanwhile:
// runs a store operation to its end. Never used on the GUI thread.
Status writeAndWait(SecretStore& store, const QString& key, const QString& secret);
Result<SecretLookup> readAndWait(SecretStore& store, const QString& key);
Status removeAndWait(SecretStore& store, const QString& key);

} // namespace pbxwarden::secrets
