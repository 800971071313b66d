#include "ami/AmiAddress.h"

namespace pbxwarden::ami {

AmiAddress AmiAddress::parse(const QString& text)
{
    AmiAddress result;
    const qsizetype first = text.indexOf(QLatin1Char('/'));
    const qsizetype second = first < 0 ? -1 : text.indexOf(QLatin1Char('/'), first + 1);
    const qsizetype last = text.lastIndexOf(QLatin1Char('/'));
    if (second < 0 || last <= second)
        return result;
    bool ok = false;
    const uint port = QStringView(text).mid(last + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return result;
    QString address = text.mid(second + 1, last - second - 1);
    if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
        address = address.mid(1, address.size() - 2);
    if (address.isEmpty())
        return result;
    result.protocol = text.left(first);
    result.transport = text.mid(first + 1, second - first - 1);
    result.address = address;
    result.port = static_cast<quint16>(port);
    return result;
}

} // namespace pbxwarden::ami
