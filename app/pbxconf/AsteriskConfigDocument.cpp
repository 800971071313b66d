#include "pbxconf/AsteriskConfigDocument.h"

#include "pbxconf/LineConfigDocument.h"

#include <QCoreApplication>

namespace pbxwarden::pbxconf {
namespace {

// config.c: MAX_NESTED_COMMENTS, and the 8 KiB fgets() buffer a line must fit in (with its '\n').
constexpr int kMaxNestedComments = 128;
constexpr int kLineBuffer = 8192;

bool isBlank(QChar c)
{
    return c.unicode() < 33; // ast_skip_blanks / ast_trim_blanks: every byte below '!'
}

QString strip(const QString& s)
{
    int b = 0;
    int e = int(s.size());
    while (b < e && isBlank(s.at(b)))
        ++b;
    while (e > b && isBlank(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

bool hasControl(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() < 32 && c != QLatin1Char('\t'))
            return true;
    }
    return false;
}

} // namespace

AsteriskLineScan scanAsteriskLine(const QString& line, int depthBefore)
{
    // A transcription of config_text_file_load()'s loop over COMMENT_META, on a copy of the line in
    // which '\0' plays the C string terminator it writes.
    AsteriskLineScan out;
    QString buf = line;
    int depth = depthBefore;
    out.blockComment = depth != 0;
    int processBuf = depth != 0 ? -1 : 0;
    int newBuf = 0;
    int removed = 0;
    const auto at = [&buf](int i) {
        return i >= 0 && i < buf.size() ? buf.at(i) : QChar(0);
    };
    const auto cEnd = [&buf](int from) {
        const int nul = int(buf.indexOf(QChar(0), from));
        return nul < 0 ? int(buf.size()) : nul;
    };
    for (;;) {
        int p = -1;
        for (int i = newBuf; i < buf.size() && buf.at(i) != QChar(0); ++i) {
            if (buf.at(i) == QLatin1Char(';')) {
                p = i;
                break;
            }
        }
        if (p < 0)
            break;
        if (p > newBuf && buf.at(p - 1) == QLatin1Char('\\')) {
            buf.remove(p - 1, 1); // "\;" is a ';' in the value
            ++removed;
            newBuf = p;
        } else if (at(p + 1) == QLatin1Char('-') && at(p + 2) == QLatin1Char('-')
            && at(p + 3) != QLatin1Char('-')) {
            out.blockComment = true;
            if (depth < kMaxNestedComments) {
                buf[p] = QChar(0);
                ++depth;
            }
            newBuf = p + 3; // past the limit config.c logs an error; it stays in the block
        } else if (p >= newBuf + 2 && buf.at(p - 1) == QLatin1Char('-')
            && buf.at(p - 2) == QLatin1Char('-')) {
            out.blockComment = true;
            --depth;
            newBuf = p + 1;
            if (depth == 0) {
                if (processBuf >= 0) {
                    const int end = cEnd(processBuf);
                    buf.remove(end, newBuf - end);
                    newBuf = end;
                } else {
                    processBuf = newBuf;
                }
            }
        } else if (depth == 0) {
            if (!out.blockComment)
                out.lineCommentAt = p + removed;
            buf[p] = QChar(0);
            newBuf = p;
        } else {
            newBuf = p + 1;
        }
    }
    out.depthAfter = depth;
    if (processBuf >= 0)
        out.code = strip(buf.mid(processBuf, cEnd(processBuf) - processBuf));
    return out;
}

AsteriskConfigDocument AsteriskConfigDocument::parse(const QByteArray& bytes)
{
    AsteriskConfigDocument doc;
    doc.m_lines = TextLines::split<Line>(bytes);
    doc.analyse();
    return doc;
}

QByteArray AsteriskConfigDocument::toBytes() const
{
    QByteArray out;
    for (const Line& l : m_lines) {
        out += l.raw;
        if (l.newline)
            out += l.crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }
    return out;
}

void AsteriskConfigDocument::analyse()
{
    m_sections.clear();
    int depth = 0;
    int section = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        Line& l = m_lines[i];
        const QByteArray raw = l.raw;
        const bool crlf = l.crlf;
        const bool newline = l.newline;
        l = Line();
        l.raw = raw;
        l.crlf = crlf;
        l.newline = newline;
        l.section = section;

        if (raw.size() + (crlf ? 1 : 0) + (newline ? 1 : 0) >= kLineBuffer - 1) {
            l.kind = LineKind::TooLong;
            l.problem = QCoreApplication::translate(
                "AsteriskConfigDocument", "longer than Asterisk's %1-byte line buffer; Asterisk skips it")
                            .arg(kLineBuffer);
            continue;
        }
        const QString text = QString::fromUtf8(raw);
        const AsteriskLineScan scan = scanAsteriskLine(text, depth);
        depth = scan.depthAfter;
        const QString& code = scan.code;
        l.code = code;
        if (code.isEmpty()) {
            l.kind = strip(text).isEmpty() && !scan.blockComment ? LineKind::Blank : LineKind::Comment;
            continue;
        }

        if (code.at(0) == QLatin1Char('[')) {
            const int close = int(code.indexOf(QLatin1Char(']')));
            if (close < 0) {
                l.kind = LineKind::Invalid;
                l.problem = QCoreApplication::translate(
                    "AsteriskConfigDocument", "section header without a closing ']'");
                l.fatal = true;
                continue;
            }
            l.name = code.mid(1, close - 1);
            // Options only when '(' follows ']' directly: "[x] (!)" is a plain section named x.
            if (close + 1 < code.size() && code.at(close + 1) == QLatin1Char('(')) {
                const int paren = int(code.indexOf(QLatin1Char(')'), close + 2));
                if (paren < 0) {
                    l.kind = LineKind::Invalid;
                    l.problem = QCoreApplication::translate(
                        "AsteriskConfigDocument", "section options without a closing ')'");
                    l.fatal = true;
                    continue;
                }
                l.hasOptions = true;
                l.options = code.mid(close + 2, paren - close - 2).split(QLatin1Char(','));
            }
            l.kind = LineKind::Section;
            section = int(m_sections.size());
            l.section = section;
            m_sections << Section { l.name, i, l.options };
            continue;
        }

        if (code.at(0) == QLatin1Char('#')) {
            int end = 1;
            while (end < code.size() && !isBlank(code.at(end)))
                ++end;
            l.kind = LineKind::Directive;
            l.directive = code.mid(1, end - 1).toLower();
            QString arg = strip(code.mid(end));
            if (!arg.isEmpty() && (arg.at(0) == QLatin1Char('"') || arg.at(0) == QLatin1Char('<'))) {
                const QChar quote = arg.at(0) == QLatin1Char('<') ? QLatin1Char('>') : QLatin1Char('"');
                if (arg.endsWith(quote))
                    arg = arg.mid(1, arg.size() - 2);
            }
            l.argument = arg;
            continue;
        }

        // name = value, name => value, name += value; a leading '\' lets a name start with '[' or '#'.
        const bool escaped = code.at(0) == QLatin1Char('\\');
        const int nameStart = escaped ? 1 : 0;
        if (escaped && (code.size() < 2 || isBlank(code.at(1)))) {
            l.kind = LineKind::Invalid;
            l.problem = QCoreApplication::translate(
                "AsteriskConfigDocument", "invalid escape at the start of the line");
            l.fatal = true;
            continue;
        }
        const int searchFrom = escaped ? 2 : 0;
        const int eq = int(code.indexOf(QLatin1Char('='), searchFrom));
        if (eq < 0) {
            l.kind = LineKind::Invalid;
            l.problem = QCoreApplication::translate(
                "AsteriskConfigDocument", "no '=' on the line; Asterisk ignores it");
            continue;
        }
        if (eq > searchFrom && code.at(eq - 1) == QLatin1Char('+')) {
            l.op = Operator::Append;
            l.key = strip(code.mid(nameStart, eq - 1 - nameStart));
            l.appendText = code.mid(eq + 1);
            l.value = strip(l.appendText);
        } else {
            l.key = strip(code.mid(nameStart, eq - nameStart));
            QString rest = code.mid(eq + 1);
            if (rest.startsWith(QLatin1Char('>'))) {
                l.op = Operator::Object;
                rest.remove(0, 1);
            }
            l.value = strip(rest);
        }
        if (l.key.isEmpty()) {
            l.kind = LineKind::Invalid;
            l.problem = QCoreApplication::translate(
                "AsteriskConfigDocument", "no option name before '='; Asterisk ignores the line");
            continue;
        }
        // Before the first header (section -1) an option belongs to the section the including file
        // was in; the reader decides.
        l.kind = LineKind::Option;
    }
    m_depthAtEnd = depth;
}

QList<int> AsteriskConfigDocument::sectionsNamed(const QString& name) const
{
    QList<int> out;
    for (int i = 0; i < m_sections.size(); ++i) {
        if (m_sections.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            out << i;
    }
    return out;
}

QList<int> AsteriskConfigDocument::optionLines(int section, const QString& key) const
{
    QList<int> out;
    if (section < 0 || section >= m_sections.size())
        return out;
    for (int i = m_sections.at(section).header + 1; i < m_lines.size() && m_lines.at(i).section == section;
         ++i) {
        const Line& l = m_lines.at(i);
        if (l.kind == LineKind::Option && l.key.compare(key, Qt::CaseInsensitive) == 0)
            out << i;
    }
    return out;
}

QString AsteriskConfigDocument::escapeValue(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char(';'), QLatin1String("\\;"));
    return out;
}

bool AsteriskConfigDocument::prefersCrlf() const
{
    for (const Line& l : m_lines) {
        if (l.newline)
            return l.crlf;
    }
    return false;
}

Status AsteriskConfigDocument::setValue(
    int section, const QString& key, const QString& value, Occurrence which)
{
    if (section < 0 || section >= m_sections.size())
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "There is no section %1 in this file.")
                           .arg(section) };
    if (strip(key) != key || key.isEmpty() || hasControl(key) || key.contains(QLatin1Char('='))
        || key.contains(QLatin1Char(';')) || key.startsWith(QLatin1Char('['))
        || key.startsWith(QLatin1Char('#')))
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "\"%1\" is not an option name Asterisk can read back.")
                           .arg(key) };
    if (hasControl(value) || strip(value) != value)
        return Error { QCoreApplication::translate("AsteriskConfigDocument",
            "The value for %1 has line breaks, control characters or blanks at its ends, which Asterisk "
            "would not read back.")
                           .arg(key) };

    QList<int> candidates;
    for (int i : optionLines(section, key)) {
        if (m_lines.at(i).op != Operator::Append)
            candidates << i;
    }
    if (candidates.isEmpty()) {
        // Follow the section's own style: "key = value" or "key=value", and its indentation.
        QString indent;
        QString equals = QStringLiteral("=");
        for (int i = m_sections.at(section).header + 1;
             i < m_lines.size() && m_lines.at(i).section == section; ++i) {
            if (m_lines.at(i).kind != LineKind::Option)
                continue;
            const QString text = QString::fromUtf8(m_lines.at(i).raw);
            int b = 0;
            while (b < text.size() && isBlank(text.at(b)))
                ++b;
            indent = text.left(b);
            const int eq = int(text.indexOf(QLatin1Char('='), b));
            if (eq > 0 && isBlank(text.at(eq - 1)))
                equals = QStringLiteral(" = ");
            break;
        }
        const Result<int> added = addLine(section, indent + key + equals + escapeValue(value));
        if (!added)
            return Error { added.error() };
        return {};
    }

    const int target = which == Occurrence::First ? candidates.first() : candidates.last();
    const Line& line = m_lines.at(target);
    const QString text = QString::fromUtf8(line.raw);
    const AsteriskLineScan scan = scanAsteriskLine(text, 0);
    int b = 0;
    while (b < text.size() && isBlank(text.at(b)))
        ++b;
    const int eq = int(text.indexOf(QLatin1Char('='), b));
    if (scan.blockComment || eq < 0 || text.left(eq).contains(QLatin1Char('\\')))
        return Error { QCoreApplication::translate("AsteriskConfigDocument",
            "Line %1 mixes %2 with a block comment or an escape; change it by hand.")
                           .arg(target + 1)
                           .arg(key) };
    const int regionEnd = scan.lineCommentAt >= 0 ? scan.lineCommentAt : int(text.size());
    int valueStart = eq + 1;
    if (line.op == Operator::Object)
        ++valueStart;
    while (valueStart < regionEnd && isBlank(text.at(valueStart)))
        ++valueStart;
    int valueEnd = regionEnd;
    while (valueEnd > valueStart && isBlank(text.at(valueEnd - 1)))
        --valueEnd;
    const QString edited = text.left(valueStart) + escapeValue(value) + text.mid(valueEnd);
    const QByteArray before = m_lines.at(target).raw;
    m_lines[target].raw = edited.toUtf8();
    analyse();
    const Line& after = m_lines.at(target);
    if (after.kind != LineKind::Option || after.value != value
        || after.key.compare(key, Qt::CaseInsensitive) != 0) {
        m_lines[target].raw = before;
        analyse();
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "Line %1 would not read back as %2 = %3; nothing was changed.")
                           .arg(target + 1)
                           .arg(key, value) };
    }
    return {};
}

Result<int> AsteriskConfigDocument::insertLine(int at, const QString& text)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.contains(QChar(0)))
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "A configuration line cannot contain a line break.") };
    Line line;
    line.raw = text.toUtf8();
    line.crlf = prefersCrlf();
    // Keep the file's ending: a file without a final newline still has none after the edit.
    if (at == m_lines.size() && !m_lines.isEmpty() && !m_lines.last().newline) {
        m_lines.last().newline = true;
        m_lines.last().crlf = line.crlf;
        line.newline = false;
    }
    m_lines.insert(at, line);
    analyse();
    return at;
}

Result<int> AsteriskConfigDocument::addLine(int section, const QString& text)
{
    if (section < 0 || section >= m_sections.size())
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "There is no section %1 in this file.")
                           .arg(section) };
    int after = m_sections.at(section).header;
    for (int i = after + 1; i < m_lines.size() && m_lines.at(i).section == section; ++i) {
        const LineKind k = m_lines.at(i).kind;
        if (k != LineKind::Blank && k != LineKind::Comment)
            after = i;
    }
    return insertLine(after + 1, text);
}

Result<int> AsteriskConfigDocument::appendSection(
    const QString& name, const QStringList& lines, const QString& options)
{
    if (name.isEmpty() || hasControl(name) || name.contains(QLatin1Char(']'))
        || name.contains(QLatin1Char(';')) || hasControl(options) || options.contains(QLatin1Char(')'))
        || options.contains(QLatin1Char(';')))
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "\"%1\" is not a section name Asterisk can read back.")
                           .arg(name) };
    if (!m_lines.isEmpty() && m_lines.last().kind != LineKind::Blank) {
        const Result<int> blank = insertLine(int(m_lines.size()), QString());
        if (!blank)
            return blank;
    }
    const QString header = QLatin1Char('[') + name + QLatin1Char(']')
        + (options.isEmpty() ? QString() : QLatin1Char('(') + options + QLatin1Char(')'));
    const Result<int> at = insertLine(int(m_lines.size()), header);
    if (!at)
        return at;
    for (const QString& l : lines) {
        const Result<int> added = insertLine(int(m_lines.size()), l);
        if (!added)
            return added;
    }
    return at.value();
}

Status AsteriskConfigDocument::removeLine(int line)
{
    if (line < 0 || line >= m_lines.size())
        return Error { QCoreApplication::translate(
            "AsteriskConfigDocument", "There is no line %1 in this file.")
                           .arg(line + 1) };
    if (line == m_lines.size() - 1 && !m_lines.at(line).newline && line > 0)
        m_lines[line - 1].newline = false;
    m_lines.removeAt(line);
    analyse();
    return {};
}

} // namespace pbxwarden::pbxconf
