#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace pbxwarden::pbxconf {

// fail2ban's jail configuration, merged the way fail2ban reads it: jail.conf, jail.d/*.conf,
// jail.local, jail.d/*.local; later files override earlier ones key by key; [DEFAULT] fills gaps.
// Values may continue on indented lines (logpath lists).
class Fail2banConfig
{
public:
    struct Jail
    {
        QString name;
        bool enabled = false;
        QString filter;
        QStringList logpaths; // may hold %(interpolations)s fail2ban resolves from paths-*.conf
        QString backend;
        QString port;
        int maxretry = 5;
        QString where; // file:line of the [section] that set enabled
    };

    // (path, text) of every file the collector found under /etc/fail2ban; order is sorted here.
    static Fail2banConfig parse(const QList<QPair<QString, QString>>& files);

    bool isEmpty() const { return m_jails.isEmpty(); }
    QList<Jail> jails() const;
    QList<Jail> enabledJails() const;
    bool has(const QString& name) const { return m_jails.contains(name); }
    Jail jail(const QString& name) const { return m_jails.value(name); }

private:
    QHash<QString, Jail> m_jails;
};

} // namespace pbxwarden::pbxconf
