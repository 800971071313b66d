#pragma once

#include "inventory/AuditRepository.h"
#include "inventory/InventoryRepository.h"
#include "secrets/CredentialService.h"
#include "secrets/SecretVault.h"

namespace pbxwarden {
class Settings;
namespace inventory {
class Database;
}

namespace ui {

// The engine services the GUI works through, built once by main() (and by the GUI tests) and handed
// to the main window and its controllers. Widgets ask these; none opens a store or a file itself.
struct AppServices
{
    AppServices(inventory::Database& database, Settings& userSettings);

    inventory::Database& db;
    Settings& settings;
    inventory::InventoryRepository inventory;
    inventory::AuditRepository audits;
    secrets::SecretVault vault;
    // Follows the vault: the keychain once it answers, the session store if the user chose it.
    secrets::CredentialService credentials;
};

} // namespace ui
} // namespace pbxwarden
