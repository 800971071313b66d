#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pbxwarden::pbxconf {

// One line "Contact:  <Aor/ContactUri> <Hash> <Status> <RTT(ms)>" of `pjsip show contacts` or of an
// endpoint in `pjsip show endpoints`. Asterisk cuts the URI to the column width, so a long URI may be
// truncated; the AOR (before the first '/') never is.
struct PjsipContact
{
    QString aor;
    QString uri;
    QString hash;
    QString status; // Avail, Unavail, NonQual, Unknown, Created, Removed
    std::optional<double> rttMs; // nullopt for "nan" (not qualified)
};

// One "Endpoint:" block of `pjsip show endpoints`.
struct PjsipEndpoint
{
    QString name;
    QString callerId; // the part after '/' in "1001/1001", may be empty
    QString state; // device state: "Not in use", "In use", "Unavailable", ...
    int channels = 0;
    QStringList inAuths; // auth ids ("1001-auth")
    QStringList outAuths;
    QStringList aors;
    QStringList identifies; // identify section names
    QList<PjsipContact> contacts;

    // A phone: authenticates its caller, is not the anonymous endpoint, and neither registers out
    // (outbound auth) nor is matched by address (identify), as trunks are.
    bool isPhone() const;
};

// The CLI output of `asterisk -rx 'pjsip show endpoints'` or `'pjsip show contacts'` (the same
// layout as AMI's PJSIPShowEndpoints / PJSIPShowContacts lists).
struct PjsipShow
{
    // The output is Asterisk's list (header, "Objects found: N" or "No objects found."), not an
    // error such as "No such command" when res_pjsip is not loaded.
    bool recognized = false;
    QList<PjsipEndpoint> endpoints;
    // Every contact line, standalone or under an endpoint, in order.
    QList<PjsipContact> contacts;

    static PjsipShow parse(const QString& text);
    const PjsipEndpoint* endpoint(const QString& name) const;
};

} // namespace pbxwarden::pbxconf
