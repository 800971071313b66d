#pragma once

#include "pbxconf/AsteriskConfig.h"

#include <QList>

namespace pbxwarden::pbxconf {

// The res_pjsip objects that res_pjsip_config_wizard creates from pjsip_wizard.conf, as sections
// shaped like pjsip.conf's: each begins with "type = endpoint|aor|auth|identify|registration", then
// the "<object>/<option>" lines of its wizard with the prefix removed (where: their own line), then
// what the wizard adds itself (where: the wizard's header). Templates are already folded in by the
// reader. Rules of res_pjsip_config_wizard.c: a wizard is a section with "type = wizard"; its own
// options (accepts_auth, remote_hosts, ...) take their FIRST value, inherited ones first; phoneprov
// objects and dialplan hints are not generated.
struct PjsipWizardObjects
{
    QList<ConfigSection> sections;
    // Wizards Asterisk would not fully build (an auth without a username, no remote_hosts where one
    // is needed), so that the objects it skips are not silently missing.
    QList<ConfigProblem> problems;

    QList<const ConfigSection*> ofType(const QString& type) const;
};

PjsipWizardObjects expandPjsipWizard(const AsteriskConfig& wizardConf);

} // namespace pbxwarden::pbxconf
