#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pbxwarden::ssh {

// The only way text becomes part of a remote command line. Every word is wrapped in single quotes
// (POSIX sh: nothing inside is special except the quote itself, written as '\''), so names, paths and
// values from a PBX or a user are always data, never code. NUL cannot be passed to a program at all
// and text that is not UTF-8 is refused rather than guessed at.
class ShellQuote
{
public:
    static Result<QByteArray> quote(const QByteArray& utf8);
    static Result<QByteArray> quote(const QString& text);
    // Each element one quoted word, separated by spaces.
    static Result<QByteArray> join(const QStringList& words);
    static Result<QByteArray> joinBytes(const QList<QByteArray>& words);
};

} // namespace pbxwarden::ssh
