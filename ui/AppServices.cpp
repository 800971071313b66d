#include "AppServices.h"

namespace pbxwarden::ui {

AppServices::AppServices(inventory::Database& database, Settings& userSettings)
    : db(database)
    , settings(userSettings)
    , inventory(database)
    , audits(database)
{
    QObject::connect(&vault, &secrets::SecretVault::stateChanged, &credentials,
        [this] { credentials.setStore(vault.current()); });
}

} // namespace pbxwarden::ui
