#pragma once

#include <QList>
#include <QString>

namespace pbxwarden::pbxconf {

// `ss -H -tulpn`: the listening TCP and UDP sockets.
class SocketList
{
public:
    struct Socket
    {
        QString protocol; // "tcp" / "udp"
        QString address; // "0.0.0.0", "::", "127.0.0.1", "198.18.0.10", "*"
        int port = 0;
        QString process; // "asterisk", "sshd", ... when ss could see it (root)
        QString line;

        // Bound to every address of the host.
        bool onAllAddresses() const;
        bool loopback() const;
    };

    static SocketList parse(const QString& text);
    QList<Socket> sockets() const { return m_sockets; }
    QList<Socket> onPort(int port) const;
    bool isEmpty() const { return m_sockets.isEmpty(); }

private:
    QList<Socket> m_sockets;
};

} // namespace pbxwarden::pbxconf
