#include "core/ControlChars.h"

namespace pbxwarden {

bool isControlChar(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

qsizetype firstControlChar(QStringView text, QStringView allowed)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (isControlChar(c.unicode()) && !allowed.contains(c))
            return i;
    }
    return -1;
}

QString controlCharName(QChar c)
{
    return QStringLiteral("U+")
        + QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

QString escapeForTerminal(QStringView text, QStringView keep)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        // A CR right before a kept LF is a CRLF line end (CSV, AMI), harmless on a terminal.
        const bool lineEnd
            = u == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n' && keep.contains(u'\n');
        if (isControlChar(u) && !keep.contains(c) && !lineEnd) {
            out += u < 0x20 ? QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'))
                            : QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace pbxwarden
