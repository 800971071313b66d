#include "audit/FactBundle.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <zlib.h>

namespace pbxwarden::audit {
namespace {

const QByteArray kSectionOpen = QByteArrayLiteral("==PBXW-SECTION ");
const QByteArray kSectionEnd = QByteArrayLiteral("==PBXW-END ");

bool isEscapedFrame(const QByteArray& line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == '~')
        ++i;
    return i > 0 && line.mid(i).startsWith("==PBXW-");
}

bool looksLikeFrame(const QByteArray& line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == '~')
        ++i;
    return line.mid(i).startsWith("==PBXW-");
}

bool validName(const QString& name)
{
    if (name.isEmpty() || name.size() > FactBundle::kMaxNameLength)
        return false;
    for (QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

} // namespace

FactBundle FactBundle::parse(const QByteArray& raw)
{
    FactBundle bundle;
    QString current;
    QByteArrayList lines;
    bool inside = false;

    const auto close = [&](int rc, bool complete) {
        if (!inside)
            return;
        // The collector prints a newline of its own before the end frame: the content is exactly
        // the lines in between.
        const QByteArray content = lines.join('\n');
        if (!bundle.m_sections.contains(current) && bundle.m_order.size() < kMaxSections) {
            bundle.m_sections.insert(current, FactSection { content, complete ? rc : -1, complete });
            bundle.m_order << current;
        }
        lines.clear();
        inside = false;
    };

    const QByteArrayList all = raw.split('\n');
    for (int n = 0; n < all.size(); ++n) {
        QByteArray line = all.at(n);
        // Frames may arrive with a CR (a PBX with odd terminal settings); content keeps its bytes.
        const QByteArray frame = line.endsWith('\r') ? line.chopped(1) : line;
        if (frame.startsWith(kSectionOpen) && frame.endsWith("==")) {
            close(-1, false);
            const QString name
                = QString::fromUtf8(frame.mid(kSectionOpen.size(), frame.size() - kSectionOpen.size() - 2));
            if (validName(name)) {
                current = name;
                inside = true;
            }
            continue;
        }
        if (frame.startsWith(kSectionEnd) && frame.endsWith("==")) {
            static const QRegularExpression end(QStringLiteral("^==PBXW-END (.+) rc=(-?\\d{1,4})==$"));
            const auto m = end.match(QString::fromUtf8(frame));
            if (inside && m.hasMatch() && m.captured(1) == current)
                close(m.captured(2).toInt(), true);
            else
                close(-1, false);
            continue;
        }
        if (!inside)
            continue;
        if (isEscapedFrame(line))
            line.remove(0, 1);
        else if (n == all.size() - 1 && line.isEmpty())
            continue; // after the last newline of a bundle cut off inside a section
        lines << line;
    }
    close(-1, false);
    return bundle;
}

QByteArray FactBundle::serialize() const
{
    QByteArray out;
    for (const QString& name : m_order) {
        const FactSection& s = m_sections.value(name);
        const QByteArray utf8Name = name.toUtf8();
        out += kSectionOpen + utf8Name + "==\n";
        const QByteArrayList lines = s.content.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (looksLikeFrame(lines.at(i)))
                out += '~';
            out += lines.at(i);
            out += '\n';
        }
        if (s.complete)
            out += kSectionEnd + utf8Name + " rc=" + QByteArray::number(s.rc) + "==\n";
    }
    return out;
}

QByteArray FactBundle::compressed() const
{
    return qCompress(serialize(), 9);
}

Result<FactBundle> FactBundle::fromCompressed(const QByteArray& data)
{
    // qCompress's format (4-byte big-endian length, then a zlib stream), unpacked with zlib itself:
    // qUncompress prints its own warning on damaged data before the caller can say anything clear.
    const auto damaged = [] {
        return Error { QCoreApplication::translate("FactBundle",
            "The stored facts are damaged (not a compressed fact bundle, or cut short): audit the PBX "
            "again to collect them anew.") };
    };
    if (data.isEmpty())
        return parse({});
    if (data.size() < 5)
        return damaged();
    const auto* head = reinterpret_cast<const uchar*>(data.constData());
    const quint32 expected
        = (quint32(head[0]) << 24) | (quint32(head[1]) << 16) | (quint32(head[2]) << 8) | quint32(head[3]);
    constexpr quint32 kMaxUnpacked = 256u * 1024u * 1024u; // far above any real bundle
    if (expected == 0 || expected > kMaxUnpacked)
        return damaged();
    QByteArray raw(qsizetype(expected), Qt::Uninitialized);
    uLongf length = expected;
    const int rc = ::uncompress(reinterpret_cast<Bytef*>(raw.data()), &length,
        reinterpret_cast<const Bytef*>(data.constData() + 4), uLong(data.size() - 4));
    if (rc != Z_OK || length != expected)
        return damaged();
    return parse(raw);
}

bool FactBundle::ok(const QString& name) const
{
    const auto it = m_sections.constFind(name);
    return it != m_sections.cend() && it->complete && it->rc == 0;
}

const FactSection* FactBundle::section(const QString& name) const
{
    const auto it = m_sections.constFind(name);
    return it == m_sections.cend() ? nullptr : &*it;
}

QString FactBundle::text(const QString& name) const
{
    const FactSection* s = section(name);
    return s ? QString::fromUtf8(s->content) : QString();
}

int FactBundle::rc(const QString& name) const
{
    const FactSection* s = section(name);
    return s ? s->rc : -1;
}

QStringList FactBundle::files() const
{
    QStringList out;
    for (const QString& name : m_order) {
        if (name.startsWith(QLatin1String("file:")))
            out << name.mid(5);
    }
    return out;
}

void FactBundle::set(const QString& name, const QByteArray& content, int rc)
{
    if (!m_sections.contains(name))
        m_order << name;
    m_sections.insert(name, FactSection { content, rc, true });
}

void FactBundle::remove(const QString& name)
{
    m_sections.remove(name);
    m_order.removeAll(name);
}

bool FactBundle::operator==(const FactBundle& other) const
{
    if (m_order != other.m_order)
        return false;
    for (const QString& name : m_order) {
        const FactSection& a = m_sections.value(name);
        const FactSection& b = other.m_sections.value(name);
        if (a.content != b.content || a.rc != b.rc || a.complete != b.complete)
            return false;
    }
    return true;
}

} // namespace pbxwarden::audit
