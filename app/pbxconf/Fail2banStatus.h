#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pbxwarden::pbxconf {

// `fail2ban-client status` and the "### jail" blocks of `fail2ban-client status JAIL` the collector
// prints for every jail.
class Fail2banStatus
{
public:
    struct Jail
    {
        QString name;
        QStringList files; // "File list"
        bool journal = false; // systemd backend: "Journal matches"
        int currentlyFailed = 0;
        int totalFailed = 0;
        int currentlyBanned = 0;
        int totalBanned = 0;
    };

    static Fail2banStatus parse(const QString& status, const QString& jails = {});

    // The server answered with its jail list.
    bool running() const { return m_running; }
    QStringList jailNames() const { return m_names; }
    bool hasJail(const QString& name) const { return m_names.contains(name); }
    Jail jail(const QString& name) const { return m_jails.value(name); }

private:
    bool m_running = false;
    QStringList m_names;
    QHash<QString, Jail> m_jails;
};

} // namespace pbxwarden::pbxconf
