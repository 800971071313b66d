#pragma once

#include <QString>

namespace pbxwarden::ami {

// An address as Asterisk's security events write it: "IPV4/UDP/203.0.113.5/5060".
struct AmiAddress
{
    QString protocol; // IPV4, IPV6
    QString transport; // UDP, TCP, TLS, WS, WSS
    QString address;
    quint16 port = 0;

    bool isValid() const { return !address.isEmpty(); }
    static AmiAddress parse(const QString& text);
};

} // namespace pbxwarden::ami
