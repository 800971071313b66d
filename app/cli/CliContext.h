#pragma once

#include "core/Secret.h"

#include <QIODevice>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>
namespace pbxwarden::inventory {
class InventoryRepository;
}
namespace pbxwarden::secrets {
class SecretStore;
}

namespace pbxwarden::cli {

// Standard output or error with every control character a PBX could send (ESC, CSI, OSC, a bare
// CR that rewrites the line) escaped by escapeForTerminal(): nothing printed can drive the terminal
// or fake a line such as the host key's. JSON stays valid (its own escapes have no raw controls).
class TerminalSafeOutput : public QIODevice
{
public:
    explicit TerminalSafeOutput(FILE* stream);
    ~TerminalSafeOutput() override;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    void put(const QString& text);

    FILE* m_stream;
    QStringDecoder m_decoder { QStringDecoder::Utf8 }; // keeps a UTF-8 sequence split between writes
    bool m_pendingCr = false; // a CR at the end of a write: kept only if a LF follows
};

// What every command group gets: the inventory path, standard streams, and helpers to fail cleanly.
class CliContext
{
    std::unique_ptr<TerminalSafeOutput> m_outDevice; // before out/err: the streams flush into them
    std::unique_ptr<TerminalSafeOutput> m_errDevice;

public:
    CliContext();

    QString databasePath;
    QTextStream out;
    QTextStream err;

    // Reads all of standard input (secrets come only from there) and strips one trailing newline.
    Secret readSecretFromStdin();

    // Prints "pbxwarden-cli: <message>" on stderr and returns the exit status to use.
    int fail(const QString& message, int status = 1);

    // Before a command uses the keychain: moves the entries of an inventory from before schema 4 to
    // their identity names; what cannot be moved is a warning on stderr (its old entry is kept).
    void moveLegacySecrets(inventory::InventoryRepository& repo, secrets::SecretStore& store);
};

// Option parsing shared by the command groups: "--key value", "--key=value" and repeated options.
class ArgReader
{
public:
    explicit ArgReader(QStringList args);

    bool takeFlag(const QString& name);
    // Returns false (and sets error()) when the option is present without a value.
    bool takeValue(const QString& name, QString* value);
    bool takeValues(const QString& name, QStringList* values);
    // Every numeric option goes through these two (one range check, one message, no overflow):
    // a whole number from min to max; *value is untouched when the option is absent.
    bool takeInt(const QString& name, int min, int max, int* value);
    // Seconds (decimals allowed), 0 < SEC <= maxSeconds, returned as milliseconds.
    bool takeSeconds(const QString& name, int maxSeconds, int* milliseconds);
    QStringList positional() const;
    // Anything still starting with "--" after all options were taken is unknown.
    QString unknownOption() const;
    QString error() const { return m_error; }
    // For a value that was present but wrong (the caller knows what is allowed).
    void setError(const QString& error) { m_error = error; }

private:
    QStringList m_args;
    QString m_error;
};

} // namespace pbxwarden::cli
