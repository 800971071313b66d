#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace pbxwarden::audit {

// One fact of a bundle: what a command printed (or a file held) and its exit status.
struct FactSection
{
    QByteArray content;
    // The command's exit status; -1 when the section was cut off before its end frame. 77: needs
    // root, 127: tool missing (see resources/collector/collect.sh).
    int rc = -1;
    bool complete = false;
};

// The facts of one PBX, as collect.sh framed them:
//   ==PBXW-SECTION name== / content lines / ==PBXW-END name rc=N==
// Parsing never fails: a bundle cut short keeps what arrived (the open section marked incomplete),
// junk outside frames is ignored, a frame that does not close its own section ends it as incomplete.
// File contents are in sections named "file:/absolute/path".
class FactBundle
{
public:
    static FactBundle parse(const QByteArray& raw);
    // The same framing (content lines that look like frames escaped), so parse(serialize()) == *this.
    QByteArray serialize() const;
    // serialize() compressed with qCompress, as stored in the inventory.
    QByteArray compressed() const;
    static Result<FactBundle> fromCompressed(const QByteArray& data);

    bool has(const QString& name) const { return m_sections.contains(name); }
    // Present, complete and exit status 0.
    bool ok(const QString& name) const;
    const FactSection* section(const QString& name) const;
    QString text(const QString& name) const;
    int rc(const QString& name) const;
    QStringList names() const { return m_order; }
    // Paths of the file: sections, in bundle order.
    QStringList files() const;
    bool hasFile(const QString& path) const { return ok(QStringLiteral("file:") + path); }
    QString file(const QString& path) const { return text(QStringLiteral("file:") + path); }

    void set(const QString& name, const QByteArray& content, int rc = 0);
    void remove(const QString& name);
    bool isEmpty() const { return m_order.isEmpty(); }
    bool operator==(const FactBundle& other) const;

    // Limits that keep a hostile or broken bundle from costing unbounded memory.
    static constexpr int kMaxSections = 4000;
    static constexpr int kMaxNameLength = 512;

private:
    QHash<QString, FactSection> m_sections;
    QStringList m_order;
};

} // namespace pbxwarden::audit
