#include "pbxconf/LineConfigDocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pbxwarden::pbxconf {
namespace {

bool badText(const QString& s)
{
    for (QChar c : s) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QChar(0))
            return true;
    }
    return false;
}

bool badValue(const QString& s)
{
    for (QChar c : s) {
        if (c.unicode() < 32 && c != QLatin1Char('\t'))
            return true;
    }
    return s.trimmed() != s || s.isEmpty();
}

// "Keyword value" / "Keyword=value": (keyword, where the value starts), or an empty keyword.
QPair<QString, int> sshdKeyword(const QString& line)
{
    static const QRegularExpression kv(QStringLiteral("^\\s*([^\\s=#]+)(\\s*=\\s*|\\s+)"));
    const auto m = kv.match(line);
    if (!m.hasMatch())
        return { {}, -1 };
    return { m.captured(1), int(m.capturedEnd(0)) };
}

bool iniComment(const QString& line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1Char(';'));
}

// "[name]" as configparser's SECTCRE reads it (no leading blanks, the name up to the last ']').
QString iniHeader(const QString& line)
{
    if (!line.startsWith(QLatin1Char('[')))
        return {};
    const int close = int(line.lastIndexOf(QLatin1Char(']')));
    return close > 1 ? line.mid(1, close - 1) : QString();
}

// "key = value" / "key: value" (not indented): (key, where the value starts), or an empty key.
QPair<QString, int> iniKey(const QString& line)
{
    if (line.isEmpty() || line.at(0).isSpace() || iniComment(line) || line.startsWith(QLatin1Char('[')))
        return { {}, -1 };
    int sep = -1;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('=') || line.at(i) == QLatin1Char(':')) {
            sep = i;
            break;
        }
    }
    if (sep <= 0)
        return { {}, -1 };
    int start = sep + 1;
    while (start < line.size() && line.at(start).isSpace())
        ++start;
    return { line.left(sep).trimmed(), start };
}

} // namespace

TextLines TextLines::parse(const QByteArray& bytes)
{
    TextLines out;
    out.m_lines = split<Line>(bytes);
    return out;
}

QByteArray TextLines::toBytes() const
{
    QByteArray out;
    for (const Line& l : m_lines) {
        out += l.raw;
        if (l.newline)
            out += l.crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    }
    return out;
}

Status TextLines::replace(int i, const QString& text)
{
    if (i < 0 || i >= m_lines.size())
        return Error {
            QCoreApplication::translate("LineConfigDocument", "There is no line %1 in this file.").arg(i + 1)
        };
    if (badText(text))
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "A configuration line cannot contain a line break.") };
    m_lines[i].raw = text.toUtf8();
    return {};
}

Status TextLines::insert(int at, const QString& text)
{
    if (at < 0 || at > m_lines.size())
        return Error {
            QCoreApplication::translate("LineConfigDocument", "There is no line %1 in this file.").arg(at + 1)
        };
    if (badText(text))
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "A configuration line cannot contain a line break.") };
    Line line;
    line.raw = text.toUtf8();
    for (const Line& l : m_lines) {
        if (l.newline) {
            line.crlf = l.crlf;
            break;
        }
    }
    // A file without a final newline keeps having none.
    if (at == m_lines.size() && !m_lines.isEmpty() && !m_lines.last().newline) {
        m_lines.last().newline = true;
        m_lines.last().crlf = line.crlf;
        line.newline = false;
    }
    m_lines.insert(at, line);
    return {};
}

Status TextLines::remove(int i)
{
    if (i < 0 || i >= m_lines.size())
        return Error {
            QCoreApplication::translate("LineConfigDocument", "There is no line %1 in this file.").arg(i + 1)
        };
    if (i == m_lines.size() - 1 && !m_lines.at(i).newline && i > 0)
        m_lines[i - 1].newline = false;
    m_lines.removeAt(i);
    return {};
}

int SshdConfigDocument::firstMatch() const
{
    for (int i = 0; i < m_lines.size(); ++i) {
        if (sshdKeyword(m_lines.text(i)).first.compare(u"match", Qt::CaseInsensitive) == 0)
            return i;
    }
    return m_lines.size();
}

int SshdConfigDocument::find(const QString& keyword) const
{
    const int end = firstMatch();
    for (int i = 0; i < end; ++i) {
        const QString t = m_lines.text(i);
        if (t.trimmed().startsWith(QLatin1Char('#')))
            continue;
        if (sshdKeyword(t).first.compare(keyword, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString SshdConfigDocument::value(const QString& keyword) const
{
    const int i = find(keyword);
    if (i < 0)
        return {};
    const QString t = m_lines.text(i);
    return t.mid(sshdKeyword(t).second).trimmed();
}

Status SshdConfigDocument::set(const QString& keyword, const QString& value)
{
    static const QRegularExpression word(QStringLiteral("^[A-Za-z][A-Za-z0-9]*$"));
    if (!word.match(keyword).hasMatch() || keyword.compare(u"match", Qt::CaseInsensitive) == 0)
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "\"%1\" is not an sshd keyword that can be set here.")
                           .arg(keyword) };
    if (badValue(value))
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "The value for %1 is empty or has control characters.")
                           .arg(keyword) };
    const int i = find(keyword);
    if (i >= 0) {
        const QString t = m_lines.text(i);
        return m_lines.replace(i, t.left(sshdKeyword(t).second) + value);
    }
    // Before the first Match: a line after it would apply to that match only.
    return m_lines.insert(firstMatch(), keyword + QLatin1Char(' ') + value);
}

QList<int> IniConfigDocument::sections(const QString& name) const
{
    QList<int> out;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (iniHeader(m_lines.text(i)) == name)
            out << i;
    }
    return out;
}

int IniConfigDocument::continuationEnd(int keyLine) const
{
    // Indented non-empty lines continue a value; comments among them are skipped by configparser.
    int end = keyLine + 1;
    while (end < m_lines.size()) {
        const QString t = m_lines.text(end);
        if (t.trimmed().isEmpty() || !t.at(0).isSpace())
            break;
        ++end;
    }
    return end;
}

int IniConfigDocument::find(const QString& section, const QString& key) const
{
    int found = -1;
    QString current;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString t = m_lines.text(i);
        const QString h = iniHeader(t);
        if (!h.isEmpty()) {
            current = h;
            continue;
        }
        if (current == section && iniKey(t).first.compare(key, Qt::CaseInsensitive) == 0)
            found = i;
    }
    return found;
}

QString IniConfigDocument::value(const QString& section, const QString& key) const
{
    const int i = find(section, key);
    if (i < 0)
        return {};
    const QString t = m_lines.text(i);
    QStringList parts { t.mid(iniKey(t).second).trimmed() };
    for (int c = i + 1; c < continuationEnd(i); ++c) {
        if (!iniComment(m_lines.text(c)))
            parts << m_lines.text(c).trimmed();
    }
    return parts.join(QLatin1Char('\n')).trimmed();
}

Status IniConfigDocument::set(const QString& section, const QString& key, const QString& value)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    if (!name.match(key).hasMatch())
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "\"%1\" is not an option name fail2ban can read back.")
                           .arg(key) };
    if (section.isEmpty() || badText(section) || section.contains(QLatin1Char(']')))
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "\"%1\" is not a section name fail2ban can read back.")
                           .arg(section) };
    if (badValue(value))
        return Error { QCoreApplication::translate(
            "LineConfigDocument", "The value for %1 is empty or has control characters.")
                           .arg(key) };

    const int at = find(section, key);
    if (at >= 0) {
        for (int c = continuationEnd(at) - 1; c > at; --c) {
            if (const Status s = m_lines.remove(c); !s)
                return s;
        }
        const QString t = m_lines.text(at);
        return m_lines.replace(at, t.left(iniKey(t).second) + value);
    }
    const QList<int> headers = sections(section);
    if (headers.isEmpty()) {
        if (m_lines.size() > 0 && !m_lines.text(m_lines.size() - 1).trimmed().isEmpty()) {
            if (const Status s = m_lines.insert(m_lines.size(), QString()); !s)
                return s;
        }
        if (const Status s = m_lines.insert(m_lines.size(), QLatin1Char('[') + section + QLatin1Char(']'));
            !s)
            return s;
        return m_lines.insert(m_lines.size(), key + QStringLiteral(" = ") + value);
    }
    // After the last key (and its continuation) of the section's last block.
    int after = headers.last();
    for (int i = headers.last() + 1; i < m_lines.size() && iniHeader(m_lines.text(i)).isEmpty(); ++i) {
        if (!iniKey(m_lines.text(i)).first.isEmpty())
            after = continuationEnd(i) - 1;
    }
    return m_lines.insert(after + 1, key + QStringLiteral(" = ") + value);
}

} // namespace pbxwarden::pbxconf
