#include "pbxconf/PjsipWizard.h"

namespace pbxwarden::pbxconf {
namespace {

// ast_variable_find_in_list(): the first option of that name, compared without case.
const ConfigEntry* firstOf(const ConfigSection& s, const QString& key)
{
    for (const ConfigEntry& e : s.entries) {
        if (e.key.compare(key, Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

QString firstValue(const ConfigSection& s, const QString& key)
{
    const ConfigEntry* e = firstOf(s, key);
    return e ? e->value : QString();
}

// ast_true()
bool isTrue(const ConfigSection& s, const QString& key)
{
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("y"),
        QStringLiteral("t"), QStringLiteral("1"), QStringLiteral("on") };
    return yes.contains(firstValue(s, key).toLower());
}

// get_object_variables(): "prefix/name" options (prefix compared with case) with the prefix removed.
QList<ConfigEntry> objectOptions(const ConfigSection& wizard, const QString& prefix)
{
    QList<ConfigEntry> out;
    for (ConfigEntry e : wizard.entries) {
        if (e.name.startsWith(prefix) && e.name.size() > prefix.size()) {
            e.name = e.name.mid(prefix.size());
            e.key = e.name.toLower();
            out << e;
        }
    }
    return out;
}

bool hasOption(const QList<ConfigEntry>& entries, const QString& key)
{
    for (const ConfigEntry& e : entries) {
        if (e.key.compare(key, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

ConfigEntry generated(const ConfigSection& wizard, const QString& key, const QString& value)
{
    ConfigEntry e;
    e.key = key;
    e.name = key;
    e.value = value;
    e.where = wizard.where;
    return e;
}

ConfigSection object(
    const ConfigSection& wizard, const QString& id, const QString& type, QList<ConfigEntry> entries)
{
    ConfigSection s;
    s.name = id;
    s.where = wizard.where;
    s.templates = wizard.templates;
    s.entries << generated(wizard, QStringLiteral("type"), type) << entries;
    return s;
}

bool isWizard(const ConfigSection& s)
{
    // ast_category_browse_filtered(..., "type=^wizard$"): the name is an unanchored regex too.
    if (s.isTemplate)
        return false;
    for (const ConfigEntry& e : s.entries) {
        if (e.key.contains(QLatin1String("type")) && e.value == u"wizard")
            return true;
    }
    return false;
}

} // namespace

QList<const ConfigSection*> PjsipWizardObjects::ofType(const QString& type) const
{
    QList<const ConfigSection*> out;
    for (const ConfigSection& s : sections) {
        if (s.value(QStringLiteral("type")) == type)
            out << &s;
    }
    return out;
}

PjsipWizardObjects expandPjsipWizard(const AsteriskConfig& wizardConf)
{
    PjsipWizardObjects out;
    const auto problem = [&out](const ConfigSection& wizard, const QString& text) {
        out.problems << ConfigProblem { wizard.where, text, false };
    };
    for (const ConfigSection& wizard : wizardConf.sections()) {
        if (!isWizard(wizard))
            continue;
        const QString id = wizard.name;
        QStringList hosts;
        if (const QString rh = firstValue(wizard, QStringLiteral("remote_hosts")); !rh.isEmpty()) {
            for (const QString& h : rh.split(QLatin1Char(',')))
                hosts << h.trimmed();
        }
        const QString transport = firstValue(wizard, QStringLiteral("transport"));
        const bool sendsAuth = isTrue(wizard, QStringLiteral("sends_auth"));
        const bool acceptsAuth = isTrue(wizard, QStringLiteral("accepts_auth"));

        // Auths: "<id>-oauth" and "<id>-iauth", auth_type userpass unless set.
        for (const auto& [direction, wanted, suffix] :
            { std::tuple { QStringLiteral("outbound"), sendsAuth, QStringLiteral("-oauth") },
                std::tuple { QStringLiteral("inbound"), acceptsAuth, QStringLiteral("-iauth") } }) {
            if (!wanted)
                continue;
            QList<ConfigEntry> vars = objectOptions(wizard, direction + QStringLiteral("_auth/"));
            if (!hasOption(vars, QStringLiteral("username"))) {
                problem(wizard,
                    QStringLiteral("wizard %1 has no %2_auth/username; Asterisk creates no %3%4 auth")
                        .arg(id, direction, id, suffix));
                continue;
            }
            if (!hasOption(vars, QStringLiteral("auth_type")))
                vars << generated(wizard, QStringLiteral("auth_type"), QStringLiteral("userpass"));
            out.sections << object(wizard, id + suffix, QStringLiteral("auth"), vars);
        }

        // The AOR, always; static contacts from remote_hosts unless aor/contact is given.
        QList<ConfigEntry> aor = objectOptions(wizard, QStringLiteral("aor/"));
        if (!hasOption(aor, QStringLiteral("contact"))) {
            const ConfigEntry* pattern = firstOf(wizard, QStringLiteral("contact_pattern"));
            const QString p = pattern ? pattern->value : QStringLiteral("sip:${REMOTE_HOST}");
            if (!p.isEmpty()) {
                for (const QString& h : std::as_const(hosts))
                    aor << generated(wizard, QStringLiteral("contact"),
                        QString(p).replace(QLatin1String("${REMOTE_HOST}"), h));
            }
        }
        out.sections << object(wizard, id, QStringLiteral("aor"), aor);

        // The endpoint: endpoint/ options, then what the wizard adds.
        QList<ConfigEntry> endpoint = objectOptions(wizard, QStringLiteral("endpoint/"));
        endpoint << generated(wizard, QStringLiteral("aors"), id);
        if (!transport.isEmpty())
            endpoint << generated(wizard, QStringLiteral("transport"), transport);
        if (sendsAuth)
            endpoint << generated(wizard, QStringLiteral("outbound_auth"), id + QStringLiteral("-oauth"));
        if (acceptsAuth)
            endpoint << generated(wizard, QStringLiteral("auth"), id + QStringLiteral("-iauth"));
        out.sections << object(wizard, id, QStringLiteral("endpoint"), endpoint);

        // The identify: none for a wizard that accepts registrations; else one match per host.
        if (!isTrue(wizard, QStringLiteral("accepts_registrations"))) {
            if (hosts.isEmpty()) {
                problem(wizard,
                    QStringLiteral("wizard %1 neither accepts registrations nor has remote_hosts; Asterisk "
                                   "creates no identify for it")
                        .arg(id));
            } else {
                QList<ConfigEntry> identify = objectOptions(wizard, QStringLiteral("identify/"));
                identify << generated(wizard, QStringLiteral("endpoint"), id);
                if (!hasOption(identify, QStringLiteral("match"))) {
                    for (const QString& h : std::as_const(hosts))
                        identify << generated(
                            wizard, QStringLiteral("match"), h.section(QLatin1Char(':'), 0, 0));
                }
                out.sections << object(
                    wizard, id + QStringLiteral("-identify"), QStringLiteral("identify"), identify);
            }
        }

        // Registrations: one per remote host, "<id>-reg-<n>".
        if (isTrue(wizard, QStringLiteral("sends_registrations"))) {
            if (hosts.isEmpty()) {
                problem(wizard,
                    QStringLiteral(
                        "wizard %1 sends registrations without remote_hosts; Asterisk creates none")
                        .arg(id));
            } else {
                const ConfigEntry* server = firstOf(wizard, QStringLiteral("server_uri_pattern"));
                const ConfigEntry* client = firstOf(wizard, QStringLiteral("client_uri_pattern"));
                const QString serverPattern = server ? server->value : QStringLiteral("sip:${REMOTE_HOST}");
                const QString clientPattern
                    = client ? client->value : QStringLiteral("sip:${USERNAME}@${REMOTE_HOST}");
                const QString user
                    = sendsAuth ? firstValue(wizard, QStringLiteral("outbound_auth/username")) : id;
                for (int n = 0; n < hosts.size(); ++n) {
                    QList<ConfigEntry> reg = objectOptions(wizard, QStringLiteral("registration/"));
                    const auto fill = [&](QString p) {
                        return p.replace(QLatin1String("${REMOTE_HOST}"), hosts.at(n))
                            .replace(QLatin1String("${USERNAME}"), user);
                    };
                    if (!serverPattern.isEmpty())
                        reg << generated(wizard, QStringLiteral("server_uri"), fill(serverPattern));
                    if (!clientPattern.isEmpty())
                        reg << generated(wizard, QStringLiteral("client_uri"), fill(clientPattern));
                    if (sendsAuth)
                        reg << generated(
                            wizard, QStringLiteral("outbound_auth"), id + QStringLiteral("-oauth"));
                    if (!transport.isEmpty())
                        reg << generated(wizard, QStringLiteral("transport"), transport);
                    out.sections << object(
                        wizard, id + QStringLiteral("-reg-%1").arg(n), QStringLiteral("registration"), reg);
                }
            }
        }
    }
    return out;
}

} // namespace pbxwarden::pbxconf
