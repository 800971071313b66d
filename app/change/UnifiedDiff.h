#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace pbxwarden::change {

// Hides secrets in one line of a file before it is shown or stored (the caller knows the file's
// rules: pjsip passwords, manager secrets...). Lines are compared unmasked, so a changed secret still
// shows as a changed line.
using LineMasker = std::function<QString(const QString& line)>;

struct DiffLine
{
    enum class Kind
    {
        OldHeader,
        NewHeader,
        Hunk,
        Context,
        Removed,
        Added,
        NoNewline,
    };
    Kind kind = Kind::Context;
    // Without the leading "-", "+" or " ".
    QString text;
};

// A unified diff of one file (dtl's shortest edit script, 3 lines of context), typed for the preview's
// colours and as text for logs.
class UnifiedDiff
{
public:
    // oldContent nullopt: the file does not exist yet (shown as /dev/null).
    static QList<DiffLine> lines(const QString& path, const std::optional<QByteArray>& oldContent,
        const QByteArray& newContent, const LineMasker& masker = {});
    static QString text(const QString& path, const std::optional<QByteArray>& oldContent,
        const QByteArray& newContent, const LineMasker& masker = {});
    static QString toText(const QList<DiffLine>& lines);
};

} // namespace pbxwarden::change
