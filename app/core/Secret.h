#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace pbxwarden {

// A password, key passphrase or AMI secret, kept in one buffer that is overwritten when its last
// holder lets go. Copies share that buffer, so a secret on its way through credentials, fleet targets
// and worker threads exists once in the process's memory, not once per copy; and it has no conversion
// to text, so it cannot reach a log line or a label by accident. Only the edges that must have text (the
// keychain's API, a form's line edit) call reveal(), and wipe what they got.
// What libraries hold on their side (the Secret Service's D-Bus messages, libssh's buffers, a
// QLineEdit's text) is theirs; this keeps PBX Warden's own copies to one.
class Secret
{
public:
    Secret() = default;
    // Moves the characters in and wipes the source (an unshared QString/QByteArray is overwritten).
    static Secret take(QString& text);
    static Secret take(QByteArray& utf8);
    // A copy of text the caller does not own as a secret buffer (a literal, a QLineEdit's text).
    static Secret fromText(const QString& text);
    // A copy of these bytes (a part of another Secret, say).
    static Secret fromUtf8(QByteArrayView bytes);

    bool isEmpty() const;
    qsizetype size() const;
    // NUL-terminated UTF-8 for the moment it is handed to libssh; valid while this Secret lives.
    const char* c_str() const;
    // The same bytes, without a copy; valid while this Secret lives.
    QByteArrayView bytes() const;
    // A QString copy for an API that demands text: wipe it (wipeSecret) when done.
    QString reveal() const;
    // One Secret per line (several secrets on one standard input), without an intermediate copy.
    QList<Secret> lines() const;
    // Same bytes (a secret is compared in constant time: a timing difference says how much matched).
    bool operator==(const Secret& other) const;
    bool operator!=(const Secret& other) const { return !(*this == other); }
    // Whether both share one buffer (copies do): for the tests of this promise.
    bool sharesBufferWith(const Secret& other) const { return m_buffer && m_buffer == other.m_buffer; }

private:
    struct Buffer;
    static Secret fromBytes(const char* data, qsizetype size);
    std::shared_ptr<const Buffer> m_buffer;
};

} // namespace pbxwarden
