#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace pbxwarden::inventory {
class InventoryRepository;
}
namespace pbxwarden::secrets {
class SecretStore;
}

namespace pbxwarden::cli {

// What every command group gets: the inventory path, standard streams, and helpers to fail cleanly.
class CliContext
{
public:
    CliContext();

    QString databasePath;
    QTextStream out;
    QTextStream err;

    // Reads all of standard input (secrets come only from there) and strips one trailing newline.
    QString readSecretFromStdin();

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
    QStringList positional() const;
    // Anything still starting with "--" after all options were taken is unknown.
    QString unknownOption() const;
    QString error() const { return m_error; }

private:
    QStringList m_args;
    QString m_error;
};

} // namespace pbxwarden::cli
