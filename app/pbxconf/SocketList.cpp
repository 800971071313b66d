#include "pbxconf/SocketList.h"

#include <QRegularExpression>

namespace pbxwarden::pbxconf {

bool SocketList::Socket::onAllAddresses() const
{
    return address == u"0.0.0.0" || address == u"*" || address == u"::" || address == u"[::]";
}

bool SocketList::Socket::loopback() const
{
    return address.startsWith(QLatin1String("127.")) || address == u"::1" || address == u"[::1]"
        || address == u"::ffff:127.0.0.1";
}

SocketList SocketList::parse(const QString& text)
{
    SocketList list;
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    static const QRegularExpression process(QStringLiteral("users:\\(\\(\"([^\"]+)\""));
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QStringList w = raw.trimmed().split(ws, Qt::SkipEmptyParts);
        // Netid State Recv-Q Send-Q Local:Port Peer:Port [Process]
        if (w.size() < 5)
            continue;
        const QString netid = w.at(0).toLower();
        if (netid != u"tcp" && netid != u"udp")
            continue;
        const QString state = w.at(1);
        if (state != u"LISTEN" && state != u"UNCONN")
            continue;
        const QString local = w.at(4);
        const int colon = local.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        bool ok = false;
        Socket s;
        s.protocol = netid;
        s.port = local.mid(colon + 1).toInt(&ok);
        if (!ok)
            continue;
        QString address = local.left(colon);
        // "127.0.0.53%lo", "[::]", "[::ffff:198.18.0.10]"
        address = address.section(QLatin1Char('%'), 0, 0);
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        if (address.startsWith(QLatin1String("::ffff:")) && address.contains(QLatin1Char('.')))
            address = address.mid(7);
        s.address = address;
        const auto m = process.match(raw);
        if (m.hasMatch())
            s.process = m.captured(1);
        s.line = raw.trimmed();
        list.m_sockets << s;
    }
    return list;
}

QList<SocketList::Socket> SocketList::onPort(int port) const
{
    QList<Socket> out;
    for (const Socket& s : m_sockets) {
        if (s.port == port)
            out << s;
    }
    return out;
}

} // namespace pbxwarden::pbxconf
