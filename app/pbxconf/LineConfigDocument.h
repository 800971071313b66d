#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pbxwarden::pbxconf {

// The lines of a text file with their own terminators ("\n", "\r\n", none at the very end), so that
// a file written back is byte for byte the one read, but for the lines an edit names.
class TextLines
{
public:
    struct Line
    {
        QByteArray raw; // without "\n" and without the '\r' of a "\r\n"
        bool crlf = false;
        bool newline = true; // false only for a last line with no terminator
        QString text() const { return QString::fromUtf8(raw); }
    };

    static TextLines parse(const QByteArray& bytes);
    // Splits bytes into lines that remember their terminator ("\n", "\r\n" or none), for every
    // lossless document of this room; L needs raw, crlf and newline.
    template<typename L>
    static QList<L> split(const QByteArray& bytes)
    {
        QList<L> out;
        qsizetype start = 0;
        while (start < bytes.size()) {
            L line;
            const qsizetype nl = bytes.indexOf('\n', start);
            if (nl < 0) {
                line.raw = bytes.mid(start);
                line.newline = false;
                start = bytes.size();
            } else {
                line.raw = bytes.mid(start, nl - start);
                if (line.raw.endsWith('\r')) {
                    line.raw.chop(1);
                    line.crlf = true;
                }
                start = nl + 1;
            }
            out << line;
        }
        return out;
    }
    QByteArray toBytes() const;
    const QList<Line>& lines() const { return m_lines; }
    int size() const { return int(m_lines.size()); }
    QString text(int i) const { return m_lines.at(i).text(); }

    // Line breaks and NULs are refused: one call, one line.
    Status replace(int i, const QString& text);
    Status insert(int at, const QString& text);
    Status remove(int i);

private:
    QList<Line> m_lines;
};

// sshd_config as sshd reads it for editing: "Keyword value" or "Keyword=value", '#' comments, keywords
// without case, the first value of a keyword wins, and everything after a "Match" line applies only
// to that match. Setting a keyword for the whole server therefore edits its first occurrence before
// the first Match, or adds a line there; every other line is kept as written.
class SshdConfigDocument
{
public:
    static SshdConfigDocument parse(const QByteArray& bytes)
    {
        return SshdConfigDocument(TextLines::parse(bytes));
    }
    QByteArray toBytes() const { return m_lines.toBytes(); }
    const TextLines& lines() const { return m_lines; }

    // The line of the first occurrence of keyword outside any Match block, or -1.
    int find(const QString& keyword) const;
    // Its value as written (after the separator), or an empty string.
    QString value(const QString& keyword) const;
    // The line of the first "Match", or the number of lines when there is none.
    int firstMatch() const;
    Status set(const QString& keyword, const QString& value);
    Status removeLine(int line) { return m_lines.remove(line); }

private:
    explicit SshdConfigDocument(TextLines lines)
        : m_lines(std::move(lines))
    {
    }
    TextLines m_lines;
};

// An INI file as fail2ban (Python's configparser) reads it: "[section]", "key = value" or
// "key: value", keys without case, full-line '#' / ';' comments, values continued on indented lines,
// the last occurrence of a key wins. Used for jail.local and jail.d/*.conf / *.local.
class IniConfigDocument
{
public:
    static IniConfigDocument parse(const QByteArray& bytes)
    {
        return IniConfigDocument(TextLines::parse(bytes));
    }
    QByteArray toBytes() const { return m_lines.toBytes(); }
    const TextLines& lines() const { return m_lines; }

    // Header lines of that section (case-sensitive, as configparser compares them).
    QList<int> sections(const QString& name) const;
    // The last line where key is set in that section, or -1; its value with continuation lines joined.
    int find(const QString& section, const QString& key) const;
    QString value(const QString& section, const QString& key) const;
    // Rewrites the last occurrence (its continuation lines go), or adds "key = value" at the end of the
    // section's last block, or appends the section with it.
    Status set(const QString& section, const QString& key, const QString& value);
    Status removeLine(int line) { return m_lines.remove(line); }

private:
    explicit IniConfigDocument(TextLines lines)
        : m_lines(std::move(lines))
    {
    }
    int continuationEnd(int keyLine) const;
    TextLines m_lines;
};

} // namespace pbxwarden::pbxconf
