#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pbxwarden::pbxconf {

// The effective sshd configuration. From `sshd -T` (every option, lower-case, one a line) when the
// collector could run it; otherwise from sshd_config and its Include files, first value wins as in
// sshd, with the Match blocks kept aside (their criteria only).
class SshdConfig
{
public:
    static SshdConfig fromEffective(const QString& sshdT);
    // files: path -> text; Include globs are matched against those paths.
    static SshdConfig fromFiles(const QString& mainPath, const QHash<QString, QString>& files);

    bool isEmpty() const { return m_values.isEmpty(); }
    bool isEffective() const { return m_effective; }
    // The first value (lower-case for keywords like yes/no), or fallback when absent.
    QString value(const QString& key, const QString& fallback = {}) const;
    // Every value of a repeatable option (allowusers, listenaddress, ...), words split.
    QStringList all(const QString& key) const;
    bool has(const QString& key) const { return m_values.contains(key); }
    // "Match Address 198.18.0.1/32", ... (fromFiles only).
    QStringList matchBlocks() const { return m_matches; }
    // Where a key was set (fromFiles: "path:line"; fromEffective: "sshd -T").
    QString origin(const QString& key) const { return m_origin.value(key); }

private:
    void parseFile(const QString& path, const QHash<QString, QString>& files, int depth, bool& inMatch);

    QHash<QString, QStringList> m_values;
    QHash<QString, QString> m_origin;
    QStringList m_matches;
    bool m_effective = false;
};

} // namespace pbxwarden::pbxconf
