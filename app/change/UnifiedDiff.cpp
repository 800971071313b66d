#include "change/UnifiedDiff.h"

#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace pbxwarden::change {

namespace {
// A last line without its newline is its own element, so adding the newline shows as a change.
constexpr char kNoNewline[] = "\n\\ No newline at end of file";

std::vector<std::string> splitLines(const QByteArray& content)
{
    std::vector<std::string> out;
    qsizetype start = 0;
    while (start < content.size()) {
        const qsizetype nl = content.indexOf('\n', start);
        if (nl < 0) {
            out.emplace_back(content.mid(start).toStdString() + kNoNewline);
            break;
        }
        out.emplace_back(content.mid(start, nl - start).toStdString());
        start = nl + 1;
    }
    return out;
}
} // namespace

QList<DiffLine> UnifiedDiff::lines(const QString& path, const std::optional<QByteArray>& oldContent,
    const QByteArray& newContent, const LineMasker& masker)
{
    QList<DiffLine> out;
    const std::vector<std::string> a = splitLines(oldContent.value_or(QByteArray()));
    const std::vector<std::string> b = splitLines(newContent);
    if (oldContent && a == b)
        return out;
    dtl::Diff<std::string, std::vector<std::string>> diff(a, b);
    diff.onHuge();
    diff.compose();
    diff.composeUnifiedHunks();
    out.append(
        { DiffLine::Kind::OldHeader, oldContent ? QStringLiteral("a") + path : QStringLiteral("/dev/null") });
    out.append({ DiffLine::Kind::NewHeader, QStringLiteral("b") + path });
    const auto add = [&](DiffLine::Kind kind, const std::string& element) {
        QString text = QString::fromStdString(element);
        bool noNewline = false;
        if (text.endsWith(QLatin1String(kNoNewline))) {
            text.chop(int(sizeof(kNoNewline) - 1));
            noNewline = true;
        }
        out.append({ kind, masker ? masker(text) : text });
        if (noNewline)
            out.append({ DiffLine::Kind::NoNewline, QStringLiteral("No newline at end of file") });
    };
    const auto addElem = [&](const auto& se) {
        switch (se.second.type) {
        case dtl::SES_ADD:
            add(DiffLine::Kind::Added, se.first);
            break;
        case dtl::SES_DELETE:
            add(DiffLine::Kind::Removed, se.first);
            break;
        default:
            add(DiffLine::Kind::Context, se.first);
        }
    };
    // dtl's hunks carry 3 lines of context (DTL_CONTEXT_SIZE), as diff -u does.
    for (const auto& hunk : diff.getUniHunks()) {
        // dtl counts an empty side as starting at line 1; unified diff says 0.
        const long long aStart = hunk.b == 0 ? 0 : hunk.a;
        const long long cStart = hunk.d == 0 ? 0 : hunk.c;
        out.append({ DiffLine::Kind::Hunk,
            QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(aStart).arg(hunk.b).arg(cStart).arg(hunk.d) });
        for (const auto& se : hunk.common[0])
            addElem(se);
        for (const auto& se : hunk.change)
            addElem(se);
        for (const auto& se : hunk.common[1])
            addElem(se);
    }
    return out;
}

QString UnifiedDiff::toText(const QList<DiffLine>& lines)
{
    QString out;
    for (const DiffLine& l : lines) {
        switch (l.kind) {
        case DiffLine::Kind::OldHeader:
            out += QStringLiteral("--- ") + l.text;
            break;
        case DiffLine::Kind::NewHeader:
            out += QStringLiteral("+++ ") + l.text;
            break;
        case DiffLine::Kind::Hunk:
            out += l.text;
            break;
        case DiffLine::Kind::Context:
            out += QLatin1Char(' ') + l.text;
            break;
        case DiffLine::Kind::Removed:
            out += QLatin1Char('-') + l.text;
            break;
        case DiffLine::Kind::Added:
            out += QLatin1Char('+') + l.text;
            break;
        case DiffLine::Kind::NoNewline:
            out += QStringLiteral("\\ ") + l.text;
            break;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

QString UnifiedDiff::text(const QString& path, const std::optional<QByteArray>& oldContent,
    const QByteArray& newContent, const LineMasker& masker)
{
    return toText(lines(path, oldContent, newContent, masker));
}

} // namespace pbxwarden::change
