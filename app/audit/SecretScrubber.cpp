#include "audit/SecretScrubber.h"

#include "pbxconf/AsteriskConfigDocument.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace pbxwarden::audit {
namespace {

enum class Rules
{
    None,
    Pjsip,
    Sip,
    Manager,
    Voicemail,
    Dialplan
};

Rules rulesFor(const QString& fileName)
{
    const QString base = QFileInfo(fileName).fileName().toLower();
    if (!base.endsWith(QLatin1String(".conf")))
        return Rules::None;
    if (base.startsWith(QLatin1String("pjsip")))
        return Rules::Pjsip;
    if (base.startsWith(QLatin1String("sip")) || base.startsWith(QLatin1String("iax")))
        return Rules::Sip;
    if (base.startsWith(QLatin1String("manager")))
        return Rules::Manager;
    if (base.startsWith(QLatin1String("voicemail")))
        return Rules::Voicemail;
    if (base.startsWith(QLatin1String("extensions")))
        return Rules::Dialplan;
    return Rules::None;
}

// Position of the first unescaped ';' (the comment), or -1.
int commentStart(const QString& line)
{
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char('\\')) {
            ++i;
            continue;
        }
        if (line.at(i) == QLatin1Char(';'))
            return i;
    }
    return -1;
}

struct Assignment
{
    QString key;
    int valueStart = -1;
    int valueEnd = -1; // exclusive
};

// key = value / key => value, outside the comment.
Assignment splitAssignment(const QString& line)
{
    Assignment a;
    const int comment = commentStart(line);
    const QString code = comment < 0 ? line : line.left(comment);
    const int eq = code.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return a;
    a.key = code.left(eq).trimmed().toLower();
    int start = eq + 1;
    if (start < code.size() && code.at(start) == QLatin1Char('>'))
        ++start;
    while (start < code.size() && code.at(start).isSpace())
        ++start;
    int end = code.size();
    while (end > start && code.at(end - 1).isSpace())
        --end;
    a.valueStart = start;
    a.valueEnd = end;
    return a;
}

QString unescape(const QString& value)
{
    QString out = value;
    out.replace(QLatin1String("\\;"), QLatin1String(";"));
    return out;
}

QString sectionName(const QString& line)
{
    const QString t = line.trimmed();
    if (!t.startsWith(QLatin1Char('[')))
        return {};
    const int close = t.indexOf(QLatin1Char(']'));
    return close > 1 ? t.mid(1, close - 1).trimmed() : QString();
}

QString hashOf(const QString& secret, const QByteArray& salt)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(salt + secret.toUtf8()), QCryptographicHash::Sha256)
            .toHex()
            .left(12));
}

QString maskComment(const QString& comment)
{
    static const QRegularExpression secretInComment(
        QStringLiteral("(secret|password|md5_cred|md5secret|pin)(\\s*=>?\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = comment;
    out.replace(secretInComment, QStringLiteral("\\1\\2******"));
    return out;
}

bool isSecretGlobal(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("PIN|PASS|SECRET|PWD"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace

QString SecretScrubber::scrubFile(
    const QString& fileName, const QString& text, const PasswordStrength& strength, const QByteArray& salt)
{
    const Rules rules = rulesFor(fileName);
    if (rules == Rules::None)
        return text;
    QStringList lines = text.split(QLatin1Char('\n'));

    // First pass: the user name of each section occurrence (pjsip username=, sip username/defaultuser).
    QHash<int, QString> userOfOccurrence;
    int occurrence = -1;
    int depth = 0;
    for (const QString& line : std::as_const(lines)) {
        // Sections counted as in the second pass: none inside a block comment.
        const pbxconf::AsteriskLineScan scan = pbxconf::scanAsteriskLine(line, depth);
        depth = scan.depthAfter;
        const QString name = sectionName(scan.blockComment ? scan.code : line);
        if (!name.isEmpty()) {
            ++occurrence;
            userOfOccurrence.insert(occurrence, name);
            continue;
        }
        if (scan.blockComment)
            continue;
        const Assignment a = splitAssignment(line);
        if (occurrence >= 0 && (a.key == u"username" || a.key == u"defaultuser") && a.valueStart >= 0)
            userOfOccurrence.insert(occurrence, unescape(line.mid(a.valueStart, a.valueEnd - a.valueStart)));
    }

    occurrence = -1;
    QString section;
    int blockDepth = 0;
    for (QString& line : lines) {
        // ;-- block comments --; may hide old secrets: mask them like line comments. Blocks are found
        // the way config.c finds them (pbxconf): ";-------" separators are line comments, blocks nest.
        const pbxconf::AsteriskLineScan scan = pbxconf::scanAsteriskLine(line, blockDepth);
        blockDepth = scan.depthAfter;
        if (scan.blockComment) {
            line = maskComment(line);
            if (const QString name = sectionName(scan.code); !name.isEmpty()) {
                ++occurrence;
                section = name.toLower();
            }
            continue;
        }
        const QString name = sectionName(line);
        if (!name.isEmpty()) {
            ++occurrence;
            section = name.toLower();
            continue;
        }
        const int comment = commentStart(line);
        if (comment >= 0)
            line = line.left(comment) + maskComment(line.mid(comment));
        const Assignment a = splitAssignment(line);
        if (a.valueStart < 0)
            continue;
        const QString value = unescape(line.mid(a.valueStart, a.valueEnd - a.valueStart));
        if (SecretVerdict::isMarker(value))
            continue;
        const QString user = userOfOccurrence.value(occurrence);
        std::optional<SecretVerdict> verdict;
        int replaceEnd = a.valueEnd;
        switch (rules) {
        case Rules::Pjsip:
            if (a.key == u"password")
                verdict = strength.assess(value, user, PasswordStrength::Kind::Secret);
            else if (a.key == u"md5_cred")
                verdict = SecretVerdict { SecretVerdict::Hashed, {} };
            break;
        case Rules::Sip:
            if (a.key == u"secret")
                verdict = strength.assess(value, user, PasswordStrength::Kind::Secret);
            else if (a.key == u"md5secret")
                verdict = SecretVerdict { SecretVerdict::Hashed, {} };
            break;
        case Rules::Manager:
            if (a.key == u"secret" && section != u"general")
                verdict = strength.assess(value, section, PasswordStrength::Kind::Secret);
            break;
        case Rules::Voicemail:
            // mailbox => pin,full name,email,pager,options
            if (section != u"general" && section != u"zonemessages" && !section.isEmpty()) {
                const int comma = value.indexOf(QLatin1Char(','));
                QString pin = comma < 0 ? value : value.left(comma);
                if (comma >= 0)
                    replaceEnd = a.valueStart + line.mid(a.valueStart).indexOf(QLatin1Char(','));
                // A leading '-' only means the user may not change it.
                if (pin.startsWith(QLatin1Char('-')))
                    pin.remove(0, 1);
                verdict = strength.assess(pin, a.key, PasswordStrength::Kind::Pin);
            }
            break;
        case Rules::Dialplan:
            if (section == u"globals" && isSecretGlobal(a.key)) {
                static const QRegularExpression digits(QStringLiteral("^\\d+$"));
                verdict = strength.assess(value, {},
                    digits.match(value).hasMatch() ? PasswordStrength::Kind::Pin
                                                   : PasswordStrength::Kind::Secret);
            }
            break;
        case Rules::None:
            break;
        }
        if (!verdict)
            continue;
        if (!value.isEmpty() && !verdict->has(SecretVerdict::Hashed))
            verdict->hash = hashOf(value, salt);
        line = line.left(a.valueStart) + verdict->toMarker() + line.mid(replaceEnd);
    }
    return lines.join(QLatin1Char('\n'));
}

FactBundle SecretScrubber::scrub(
    const FactBundle& raw, const PasswordStrength& strength, const QByteArray& salt)
{
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(s.data()), 4);
    }
    FactBundle out;
    for (const QString& name : raw.names()) {
        const FactSection* section = raw.section(name);
        QByteArray content = section->content;
        if (name == u"root-hash") {
            if (content.startsWith("verdict=")) {
                // Already judged (a stored bundle scrubbed again).
            } else if (section->rc == 0) {
                const QByteArray hash = content.trimmed();
                QByteArray verdict = "verdict=unknown";
                if (hash.isEmpty())
                    verdict = "verdict=empty";
                else if (hash.startsWith('!') || hash.startsWith('*'))
                    verdict = "verdict=locked";
                else if (strength.isVendorDefaultHash(hash))
                    verdict = "verdict=known";
                content = verdict;
            } else {
                content = "verdict=unavailable";
            }
        } else if (name.startsWith(QLatin1String("file:/etc/asterisk/"))
            || name.startsWith(QLatin1String("file:"))) {
            const QString path = name.mid(5);
            if (rulesFor(path) != Rules::None)
                content = scrubFile(path, QString::fromUtf8(content), strength, s).toUtf8();
        }
        if (section->complete)
            out.set(name, content, section->rc);
        else
            out.set(name, content, -1);
    }
    s.fill('\0');
    return out;
}

} // namespace pbxwarden::audit
