#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcInventory, "pbxwarden.inventory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "pbxwarden.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSsh, "pbxwarden.ssh", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAmi, "pbxwarden.ami", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFleet, "pbxwarden.fleet", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "pbxwarden.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "pbxwarden.ui", QtInfoMsg)
