#include "ssh/ShellQuote.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace pbxwarden::ssh {

Result<QByteArray> ShellQuote::quote(const QByteArray& utf8)
{
    if (utf8.contains('\0'))
        return Error { QCoreApplication::translate("ShellQuote",
            "text contains a NUL character and cannot be "
            "passed to a remote command") };
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(utf8);
    if (decoder.hasError())
        return Error { QCoreApplication::translate("ShellQuote",
            "text is not valid UTF-8 and was not passed "
            "to a remote command") };
    QByteArray quoted;
    quoted.reserve(utf8.size() + 2);
    quoted += '\'';
    for (const char c : utf8) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    quoted += '\'';
    return quoted;
}

Result<QByteArray> ShellQuote::quote(const QString& text)
{
    // A lone surrogate would be turned into U+FFFD by toUtf8(): refuse instead of sending something else.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        if (c.isSurrogate())
            return Error { QCoreApplication::translate("ShellQuote",
                "text is not valid Unicode and was not "
                "passed to a remote command") };
    }
    return quote(text.toUtf8());
}

namespace {

template<typename Words>
Result<QByteArray> joinQuoted(const Words& words)
{
    QByteArray line;
    for (const auto& word : words) {
        Result<QByteArray> quoted = ShellQuote::quote(word);
        if (!quoted)
            return Error { quoted.error() };
        if (!line.isEmpty())
            line += ' ';
        line += quoted.value();
    }
    return line;
}

} // namespace

Result<QByteArray> ShellQuote::join(const QStringList& words)
{
    return joinQuoted(words);
}

Result<QByteArray> ShellQuote::joinBytes(const QList<QByteArray>& words)
{
    return joinQuoted(words);
}

} // namespace pbxwarden::ssh
