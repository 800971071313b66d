#include "cli/CliContext.h"

#include "inventory/InventoryRepository.h"
#include "secrets/LegacySecrets.h"

#include <QFile>

#include <cstdio>

namespace pbxwarden::cli {

CliContext::CliContext()
    : out(stdout)
    , err(stderr)
{
}

void CliContext::moveLegacySecrets(inventory::InventoryRepository& repo, secrets::SecretStore& store)
{
    const auto pending = repo.pbxsWithLegacySecrets();
    if (!pending) {
        err << "pbxwarden-cli: warning: " << pending.error() << Qt::endl;
        return;
    }
    if (pending->isEmpty())
        return;
    const secrets::LegacyMoveOutcome outcome = secrets::moveLegacySecretsAndWait(store, pending.value());
    if (const Status forgotten = repo.forgetLegacySecrets(outcome.finished); !forgotten)
        err << "pbxwarden-cli: warning: " << forgotten.error() << Qt::endl;
    for (const QString& problem : outcome.problems)
        err << "pbxwarden-cli: warning: a keychain entry was not moved to its PBX's new identity: " << problem
            << Qt::endl;
}

QString CliContext::readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    QString secret = QString::fromUtf8(data);
    data.fill('\0');
    return secret;
}

int CliContext::fail(const QString& message, int status)
{
    err << "pbxwarden-cli: " << message << Qt::endl;
    return status;
}

ArgReader::ArgReader(QStringList args)
    : m_args(std::move(args))
{
}

bool ArgReader::takeFlag(const QString& name)
{
    return m_args.removeAll(name) > 0;
}

bool ArgReader::takeValue(const QString& name, QString* value)
{
    QStringList values;
    if (!takeValues(name, &values))
        return false;
    if (!values.isEmpty())
        *value = values.last();
    return true;
}

bool ArgReader::takeValues(const QString& name, QStringList* values)
{
    const QString withEquals = name + QLatin1Char('=');
    for (int i = 0; i < m_args.size();) {
        const QString& arg = m_args.at(i);
        if (arg == name) {
            if (i + 1 >= m_args.size()) {
                m_error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            values->append(m_args.at(i + 1));
            m_args.remove(i, 2);
        } else if (arg.startsWith(withEquals)) {
            values->append(arg.mid(withEquals.size()));
            m_args.removeAt(i);
        } else {
            ++i;
        }
    }
    return true;
}

QStringList ArgReader::positional() const
{
    QStringList result;
    for (const QString& arg : m_args) {
        if (!arg.startsWith(QLatin1String("--")))
            result << arg;
    }
    return result;
}

QString ArgReader::unknownOption() const
{
    for (const QString& arg : m_args) {
        if (arg.startsWith(QLatin1String("--")))
            return arg;
    }
    return {};
}

} // namespace pbxwarden::cli
