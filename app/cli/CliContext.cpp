#include "cli/CliContext.h"

#include "core/ControlChars.h"
#include "inventory/InventoryRepository.h"
#include "secrets/LegacySecrets.h"

#include <QFile>

#include <cstdio>

namespace pbxwarden::cli {

TerminalSafeOutput::TerminalSafeOutput(FILE* stream)
    : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeOutput::~TerminalSafeOutput()
{
    if (m_pendingCr)
        put(QStringLiteral("\\x0d"));
}

qint64 TerminalSafeOutput::writeData(const char* data, qint64 size)
{
    QString text = m_decoder.decode(QByteArrayView(data, size));
    if (std::exchange(m_pendingCr, false))
        text.prepend(QLatin1Char('\r'));
    if (text.endsWith(QLatin1Char('\r'))) {
        text.chop(1);
        m_pendingCr = true;
    }
    put(escapeForTerminal(text));
    return size;
}

void TerminalSafeOutput::put(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream);
    std::fflush(m_stream);
}

CliContext::CliContext()
    : m_outDevice(std::make_unique<TerminalSafeOutput>(stdout))
    , m_errDevice(std::make_unique<TerminalSafeOutput>(stderr))
    , out(m_outDevice.get())
    , err(m_errDevice.get())
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

Secret CliContext::readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray data = in.readAll();
    if (data.endsWith('\n'))
        data.chop(1);
    if (data.endsWith('\r'))
        data.chop(1);
    return Secret::take(data);
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

bool ArgReader::takeInt(const QString& name, int min, int max, int* value)
{
    QStringList values;
    if (!takeValues(name, &values))
        return false;
    if (values.isEmpty())
        return true;
    const QString text = values.last();
    bool ok = false;
    // Parsed as 64 bits so that a huge value is out of range, not wrapped round into it.
    const qlonglong number = text.trimmed().toLongLong(&ok);
    if (!ok || number < min || number > max) {
        m_error = QStringLiteral("%1 wants a whole number from %2 to %3, not '%4'")
                      .arg(name)
                      .arg(min)
                      .arg(max)
                      .arg(text.left(40));
        return false;
    }
    *value = int(number);
    return true;
}

bool ArgReader::takeSeconds(const QString& name, int maxSeconds, int* milliseconds)
{
    QStringList values;
    if (!takeValues(name, &values))
        return false;
    if (values.isEmpty())
        return true;
    const QString text = values.last();
    bool ok = false;
    const double seconds = text.trimmed().toDouble(&ok);
    // "nan" and "inf" parse as doubles; the comparisons below refuse them too.
    if (!ok || !(seconds > 0) || !(seconds <= maxSeconds)) {
        m_error = QStringLiteral("%1 wants seconds, more than 0 and at most %2, not '%3'")
                      .arg(name)
                      .arg(maxSeconds)
                      .arg(text.left(40));
        return false;
    }
    *milliseconds = qMax(1, int(seconds * 1000));
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
