#include "audit/SecretScrubber.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

namespace pbxwarden::audit {
namespace {

enum class Rules
{
    None,
    // An Asterisk file with no secret of its own kind (http.conf, logger.conf...): only the generic
    // credential keys are replaced.
    Plain,
    Pjsip,
    Sip,
    Manager,
    Voicemail,
    Dialplan,
    Ari
};

// Asterisk's files the checks read, by base name; files they include get their includer's rules.
Rules rulesFor(const QString& fileName)
{
    const QString base = QFileInfo(fileName).fileName().toLower();
    if (!base.endsWith(QLatin1String(".conf")))
        return Rules::None;
    if (base.startsWith(QLatin1String("pjsip")))
        return Rules::Pjsip; // pjsip_wizard.conf too: its inbound_auth/password is a pjsip password
    if (base.startsWith(QLatin1String("sip")) || base.startsWith(QLatin1String("iax")))
        return Rules::Sip;
    if (base.startsWith(QLatin1String("manager")))
        return Rules::Manager;
    if (base.startsWith(QLatin1String("voicemail")))
        return Rules::Voicemail;
    if (base.startsWith(QLatin1String("extensions")))
        return Rules::Dialplan;
    if (base.startsWith(QLatin1String("ari")))
        return Rules::Ari;
    for (const char* plain : { "http", "logger", "res_odbc" }) {
        if (base.startsWith(QLatin1String(plain)))
            return Rules::Plain;
    }
    for (const char* plain : { "acl.conf", "modules.conf", "asterisk.conf" }) {
        if (base == QLatin1String(plain))
            return Rules::Plain;
    }
    return Rules::None;
}

struct Span
{
    QString text;
    bool comment = false;
};

// One line cut the way Asterisk's main/config.c cuts it: ";" starts a line comment, ";--" opens a
// block comment unless a third '-' follows (";-----" separator lines are line comments), block
// comments nest and close with "--;", "\;" is a literal ';'. depth carries the nesting across lines.
QList<Span> cutLine(const QString& line, int& depth)
{
    QList<Span> spans;
    const auto add = [&spans](QChar c, bool comment) {
        if (spans.isEmpty() || spans.last().comment != comment)
            spans << Span { {}, comment };
        spans.last().text += c;
    };
    int boundary = 0; // Asterisk only sees "--;" in text after the last delimiter it consumed
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char(';')) {
            add(c, depth > 0);
            add(line.at(++i), depth > 0);
            continue;
        }
        if (c != QLatin1Char(';')) {
            add(c, depth > 0);
            continue;
        }
        if (line.mid(i + 1, 2) == u"--" && (i + 3 >= line.size() || line.at(i + 3) != QLatin1Char('-'))) {
            ++depth;
            for (int k = 0; k < 3; ++k)
                add(line.at(i + k), true);
            i += 2;
            boundary = i + 1;
            continue;
        }
        if (depth > 0 && i >= boundary + 2 && line.mid(i - 2, 2) == u"--") {
            add(c, true);
            --depth;
            boundary = i + 1;
            continue;
        }
        if (depth > 0) {
            add(c, true);
            continue;
        }
        for (int k = i; k < line.size(); ++k)
            add(line.at(k), true);
        break;
    }
    return spans;
}

struct Assignment
{
    QString key;
    int valueStart = -1;
    int valueEnd = -1; // exclusive
};

// key = value / key => value, in code without comments.
Assignment splitAssignment(const QString& code)
{
    Assignment a;
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

QString sectionName(const QString& code)
{
    const QString t = code.trimmed();
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

// A key whose value is a credential in some Asterisk module (password, secret, remotesecret,
// md5_cred, password_digest, refresh_token, oauth_secret, oauth_clientid, dbpass...).
bool looksLikeCredential(const QString& key)
{
    static const QRegularExpression re(
        QStringLiteral("pass|secret|pwd|token|cred|oauth|^pin$|_pin$|^pin_|apikey|api_key"),
        QRegularExpression::CaseInsensitiveOption);
    // Keys that look like credentials but are known to hold none (kept so the checks can read them).
    static const QSet<QString> harmless { QStringLiteral("password_format"), QStringLiteral("minpassword"),
        QStringLiteral("passwordlocation"), QStringLiteral("externpass"), QStringLiteral("externpassnotify"),
        QStringLiteral("externpasscheck"), QStringLiteral("permitemptypasswords"),
        QStringLiteral("passwordauthentication") };
    return re.match(key).hasMatch() && !harmless.contains(key);
}

// Credentials inside a value that is not itself a credential: "user:secret@host" in URIs and dial
// strings ("IAX2/user:secret@peer", "sip:user:secret@host"), never "sip:1001@host" (a scheme is no
// user), "${EXTEN:1}@" or "${VAR}".
const QRegularExpression& inlineCredential()
{
    static const QRegularExpression re(
        QStringLiteral("(?:(?<=sip:)|(?<=sips:)|(?<![{$:\\w]))"
                       "(?!(?:sips?|tel|iax2?|https?|ftps?|wss?|mailto|xmpp|h323):)"
                       "([A-Za-z0-9_.+~-]+):(?!PBXW-SECRET:)([^@\\s,/(){}$:;|&'\"]+)@"));
    return re;
}

// Secrets in commented-out text: masked, not judged (nothing reads them, they must not leak either).
QString maskComment(const QString& comment)
{
    static const QRegularExpression keyed(
        QStringLiteral("([\\w/]*(?:secret|pass|pwd|token|cred|oauth|digest|pin)[\\w/]*)(\\s*[=:]>?\\s*)\\S+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression registerLine(
        QStringLiteral("(register\\s*=>?\\s*)\\S+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression appArgs(QStringLiteral("((?:vm)?authenticate|disa)\\s*\\([^)]*\\)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inlineCred(QStringLiteral("[^\\s@/:;]+:[^\\s@]+@"));
    QString out = comment;
    out.replace(keyed, QStringLiteral("\\1\\2******"));
    out.replace(registerLine, QStringLiteral("\\1******"));
    out.replace(appArgs, QStringLiteral("\\1(******)"));
    out.replace(inlineCred, QStringLiteral("******@"));
    return out;
}

bool isSecretGlobal(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("PIN|PASS|SECRET|PWD|TOKEN|CRED"), QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

class FileScrubber
{
public:
    FileScrubber(Rules rules, const PasswordStrength& strength, const QByteArray& salt)
        : m_rules(rules)
        , m_strength(strength)
        , m_salt(salt)
    {
    }

    QString scrub(const QString& text)
    {
        QStringList lines = text.split(QLatin1Char('\n'));
        collectUsers(lines);
        int depth = 0;
        int occurrence = -1;
        for (QString& line : lines) {
            const QList<Span> spans = cutLine(line, depth);
            QString code;
            for (const Span& s : spans) {
                if (!s.comment)
                    code += s.text;
            }
            const QString name = sectionName(code);
            if (!name.isEmpty()) {
                ++occurrence;
                m_section = name.toLower();
                m_user = m_users.value(occurrence);
            } else {
                code = scrubCode(code);
            }
            // Code spans are joined where the first one was: Asterisk joins them the same way.
            QString out;
            bool codeDone = false;
            for (const Span& s : spans) {
                if (s.comment)
                    out += maskComment(s.text);
                else if (!codeDone) {
                    out += code;
                    codeDone = true;
                }
            }
            if (!codeDone)
                out += code;
            line = out;
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    // The user name of each section occurrence (pjsip username=, sip username/defaultuser), so that a
    // secret can be compared with it.
    void collectUsers(const QStringList& lines)
    {
        int depth = 0;
        int occurrence = -1;
        for (const QString& line : lines) {
            QString code;
            for (const Span& s : cutLine(line, depth)) {
                if (!s.comment)
                    code += s.text;
            }
            const QString name = sectionName(code);
            if (!name.isEmpty()) {
                m_users.insert(++occurrence, name);
                continue;
            }
            const Assignment a = splitAssignment(code);
            if (occurrence >= 0 && a.valueStart >= 0
                && (a.key == u"username" || a.key == u"defaultuser" || a.key == u"inbound_auth/username"))
                m_users.insert(occurrence, unescape(code.mid(a.valueStart, a.valueEnd - a.valueStart)));
        }
    }

    QString marker(const QString& value, SecretVerdict verdict) const
    {
        if (!value.isEmpty() && !verdict.has(SecretVerdict::Hashed))
            verdict.hash = hashOf(value, m_salt);
        return verdict.toMarker();
    }

    QString judged(const QString& value, const QString& user) const
    {
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        return marker(value,
            m_strength.assess(value, user,
                digits.match(value).hasMatch() ? PasswordStrength::Kind::Pin
                                               : PasswordStrength::Kind::Secret));
    }

    // "user:secret@" inside a value becomes "user:<marker>@", judged against the user.
    QString scrubInline(const QString& text) const
    {
        QString out;
        int from = 0;
        auto it = inlineCredential().globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            out += text.mid(from, m.capturedStart(2) - from);
            out += judged(m.captured(2), m.captured(1));
            from = m.capturedEnd(2);
        }
        return out + text.mid(from);
    }

    // register => [transport://]user[:secret[:authuser]]@host[:port][/extension] (chan_sip, IAX2).
    QString scrubRegister(const QString& value) const
    {
        const int scheme = value.indexOf(QLatin1String("://"));
        const int userStart = scheme < 0 ? 0 : scheme + 3;
        const int at = value.lastIndexOf(QLatin1Char('@'));
        if (at < userStart)
            return value;
        const int colon = value.indexOf(QLatin1Char(':'), userStart);
        if (colon < 0 || colon > at)
            return value;
        const QString user = value.mid(userStart, colon - userStart);
        if (value.mid(colon + 1).startsWith(QLatin1String("PBXW-SECRET:")))
            return value;
        int secretEnd = value.indexOf(QLatin1Char(':'), colon + 1);
        if (secretEnd < 0 || secretEnd > at)
            secretEnd = at;
        const QString secret = value.mid(colon + 1, secretEnd - colon - 1);
        return value.left(colon + 1) + judged(secret, user) + value.mid(secretEnd);
    }

    // The first argument of Authenticate(password[,...]) and DISA(passcode[,...]), and every argument
    // of VMAuthenticate(): PINs written into the dialplan.
    QString scrubAppArgs(const QString& code) const
    {
        static const QRegularExpression app(QStringLiteral("\\b(authenticate|vmauthenticate|disa)\\s*\\("),
            QRegularExpression::CaseInsensitiveOption);
        QString out;
        int from = 0;
        auto it = app.globalMatch(code);
        while (it.hasNext()) {
            const auto m = it.next();
            const int open = m.capturedEnd(0);
            if (open < from)
                continue;
            int close = open;
            int nest = 0;
            for (; close < code.size(); ++close) {
                const QChar c = code.at(close);
                if (c == QLatin1Char('(') || c == QLatin1Char('{'))
                    ++nest;
                else if ((c == QLatin1Char(')') || c == QLatin1Char('}')) && nest-- == 0)
                    break;
            }
            const bool vm = m.captured(1).compare(QLatin1String("vmauthenticate"), Qt::CaseInsensitive) == 0;
            const QString args = code.mid(open, close - open);
            int argEnd = vm ? args.size() : args.indexOf(QLatin1Char(','));
            if (argEnd < 0)
                argEnd = args.size();
            const QString arg = args.left(argEnd).trimmed();
            out += code.mid(from, open - from);
            // A variable (${INTL_PIN}) or a file (/etc/pins) names the secret: it is scrubbed where it is.
            if (arg.isEmpty() || arg.startsWith(QLatin1Char('$')) || arg.startsWith(QLatin1Char('/'))
                || SecretVerdict::isMarker(arg))
                out += args;
            else
                out += judged(arg, {}) + args.mid(argEnd);
            from = close;
        }
        return out + code.mid(from);
    }

    // Set(DB_PASS=value) / Set(GLOBAL(API_TOKEN)=value): named like a secret global, judged like one.
    QString scrubSet(const QString& code) const
    {
        static const QRegularExpression set(QStringLiteral("\\bset\\s*\\(\\s*([\\w()]+)\\s*=([^)$]*)\\)"),
            QRegularExpression::CaseInsensitiveOption);
        QString out;
        int from = 0;
        auto it = set.globalMatch(code);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString value = m.captured(2).trimmed();
            if (!isSecretGlobal(m.captured(1)) || value.isEmpty() || SecretVerdict::isMarker(value))
                continue;
            out += code.mid(from, m.capturedStart(2) - from) + judged(value, {});
            from = m.capturedEnd(2);
        }
        return out + code.mid(from);
    }

    QString scrubCode(const QString& code)
    {
        const Assignment a = splitAssignment(code);
        if (a.valueStart < 0)
            return code;
        const QString value = unescape(code.mid(a.valueStart, a.valueEnd - a.valueStart));
        const QString head = code.left(a.valueStart);
        const QString tail = code.mid(a.valueEnd);
        if (SecretVerdict::isMarker(value))
            return code;
        // pjsip_wizard.conf keys carry their object: inbound_auth/password.
        const QString key = a.key.section(QLatin1Char('/'), -1);
        const QString user = m_user.isEmpty() ? m_section : m_user;
        std::optional<SecretVerdict> verdict;
        int replaceEnd = a.valueEnd;

        switch (m_rules) {
        case Rules::Sip:
            if (key == u"register")
                return head + scrubRegister(value) + tail;
            if (key == u"md5secret")
                verdict = SecretVerdict { SecretVerdict::Hashed, {} };
            break;
        case Rules::Pjsip:
            if (key == u"md5_cred" || key == u"password_digest")
                verdict = SecretVerdict { SecretVerdict::Hashed, {} };
            break;
        case Rules::Manager:
            if (key == u"secret" && m_section == u"general")
                return code;
            break;
        case Rules::Voicemail:
            // mailbox => pin,full name,email,pager,options
            if (m_section != u"general" && m_section != u"zonemessages" && !m_section.isEmpty()
                && !looksLikeCredential(key)) {
                const int comma = value.indexOf(QLatin1Char(','));
                QString pin = comma < 0 ? value : value.left(comma);
                if (comma >= 0)
                    replaceEnd = a.valueStart + code.mid(a.valueStart).indexOf(QLatin1Char(','));
                // A leading '-' only means the user may not change it.
                if (pin.startsWith(QLatin1Char('-')))
                    pin.remove(0, 1);
                verdict = m_strength.assess(pin, a.key, PasswordStrength::Kind::Pin);
            }
            break;
        case Rules::Dialplan:
            if (m_section == u"globals" && isSecretGlobal(a.key)) {
                static const QRegularExpression digits(QStringLiteral("^\\d+$"));
                verdict = m_strength.assess(value, {},
                    digits.match(value).hasMatch() ? PasswordStrength::Kind::Pin
                                                   : PasswordStrength::Kind::Secret);
                break;
            }
            return head
                + scrubInline(scrubSet(scrubAppArgs(code.mid(a.valueStart, a.valueEnd - a.valueStart))))
                + tail;
        case Rules::Ari:
            if (key == u"password" && m_passwordCrypt.contains(m_section))
                verdict = SecretVerdict { SecretVerdict::Hashed, {} };
            break;
        case Rules::Plain:
        case Rules::None:
            break;
        }
        if (!verdict && m_rules != Rules::Dialplan && looksLikeCredential(key)) {
            const QString against = m_rules == Rules::Manager || m_rules == Rules::Ari ? m_section : user;
            verdict = m_strength.assess(value, against, PasswordStrength::Kind::Secret);
        }
        if (!verdict)
            return head + scrubInline(code.mid(a.valueStart, a.valueEnd - a.valueStart)) + tail;
        return code.left(a.valueStart) + marker(value, *verdict) + code.mid(replaceEnd);
    }

public:
    // ari.conf: password_format=crypt says the password is a crypt(3) hash.
    void notePasswordFormats(const QString& text)
    {
        int depth = 0;
        QString section;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            QString code;
            for (const Span& s : cutLine(line, depth)) {
                if (!s.comment)
                    code += s.text;
            }
            const QString name = sectionName(code);
            if (!name.isEmpty()) {
                section = name.toLower();
                continue;
            }
            const Assignment a = splitAssignment(code);
            if (a.key == u"password_format"
                && code.mid(a.valueStart, a.valueEnd - a.valueStart).trimmed().toLower() == u"crypt")
                m_passwordCrypt.insert(section);
        }
    }

private:
    Rules m_rules;
    const PasswordStrength& m_strength;
    const QByteArray& m_salt;
    QHash<int, QString> m_users;
    QSet<QString> m_passwordCrypt;
    QString m_section;
    QString m_user;
};

// Crontab lines: passwords on command lines (mysql -pX, --password=X, sshpass -p X, PGPASSWORD=X,
// user:pass@ in URLs) are replaced; the commands themselves are kept for the backup checks.
QString scrubCrontab(const QString& text, const PasswordStrength& strength, const QByteArray& salt)
{
    static const QList<QRegularExpression> patterns {
        QRegularExpression(QStringLiteral("\\b(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlcheck)"
                                          "\\b[^|;&\\n]*?\\s-p([^\\s'\"]+|'[^']*'|\"[^\"]*\")")),
        QRegularExpression(
            QStringLiteral(
                "--[\\w-]*(?:password|passwd|pass|secret|token)(?:=|\\s+)([^\\s'\"]+|'[^']*'|\"[^\"]*\")"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\bsshpass\\s+-p\\s*(\\S+)")),
        QRegularExpression(
            QStringLiteral("\\b\\w*(?:PASSWORD|PASSWD|PWD|SECRET|TOKEN)\\w*=([^\\s'\"]+|'[^']*'|\"[^\"]*\")"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("\\s-u\\s+[^\\s:]+:(\\S+)")),
        QRegularExpression(QStringLiteral("://[^\\s/:@]+:([^\\s@]+)@")),
    };
    QString out = text;
    for (const QRegularExpression& re : patterns) {
        QString next;
        int from = 0;
        auto it = re.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            QString secret = m.captured(1);
            if (SecretVerdict::isMarker(secret))
                continue;
            next += out.mid(from, m.capturedStart(1) - from);
            if (secret.size() >= 2
                && (secret.startsWith(QLatin1Char('\'')) || secret.startsWith(QLatin1Char('"'))))
                secret = secret.mid(1, secret.size() - 2);
            SecretVerdict v = strength.assess(secret, {}, PasswordStrength::Kind::Secret);
            if (!secret.isEmpty())
                v.hash = hashOf(secret, salt);
            next += v.toMarker();
            from = m.capturedEnd(1);
        }
        out = next + out.mid(from);
    }
    return out;
}

// authorized_keys: only lines that are public keys are kept (the checks only ask whether a user has
// keys); anything else, such as a file a symlink pointed at, is dropped.
QString keepPublicKeys(const QString& text)
{
    static const QRegularExpression key(
        QStringLiteral("(^|\\s)(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp\\d+|sk-(ssh-ed25519|ecdsa-sha2-"
                       "nistp256)@openssh\\.com)\\s+[A-Za-z0-9+/=]{16,}(\\s|$)"));
    QStringList kept;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (key.match(line).hasMatch())
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

enum class Kind
{
    Withheld,
    Verbatim,
    Crontab,
    AuthorizedKeys
};

// The collector's command sections the checks read (resources/collector/collect.sh). Anything else
// is withheld: a new section must be added here on purpose.
const QSet<QString>& keptSections()
{
    static const QSet<QString> names { QStringLiteral("meta"), QStringLiteral("os-release"),
        QStringLiteral("uname"), QStringLiteral("updates-apt"), QStringLiteral("updates-dnf"),
        QStringLiteral("updates-dnf-security"), QStringLiteral("update-history"), QStringLiteral("ss"),
        QStringLiteral("iptables-save"), QStringLiteral("ip6tables-save"), QStringLiteral("nft"),
        QStringLiteral("firewalld"), QStringLiteral("ufw"), QStringLiteral("fail2ban-status"),
        QStringLiteral("fail2ban-jails"), QStringLiteral("sshd-T"), QStringLiteral("sshd-T-external"),
        QStringLiteral("shadow-status"), QStringLiteral("sudoers"), QStringLiteral("lastlog"),
        QStringLiteral("last"), QStringLiteral("asterisk-V"), QStringLiteral("asterisk-version"),
        QStringLiteral("asterisk-chan-modules"), QStringLiteral("ast-pjsip-endpoints"),
        QStringLiteral("ast-pjsip-contacts"), QStringLiteral("asterisk-contacts"),
        QStringLiteral("ast-settings"), QStringLiteral("ast-manager-settings"),
        QStringLiteral("asterisk-sip-peers"), QStringLiteral("asterisk-includes"),
        QStringLiteral("asterisk-logs"), QStringLiteral("cdr-last-seen"), QStringLiteral("web"),
        QStringLiteral("flavor"), QStringLiteral("backups"), QStringLiteral("user-crontabs"),
        QStringLiteral("cron-dirs"), QStringLiteral("country"), QStringLiteral("lastlog2"),
        QStringLiteral("ip-addr") };
    return names;
}

// Which files outside /etc/asterisk are kept, and how.
Kind fileKind(const QString& path)
{
    static const QList<QPair<QRegularExpression, Kind>> kinds {
        { QRegularExpression(QStringLiteral("^/etc/(passwd|group|sudoers)$")), Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/sudoers\\.d/[^/]+$")), Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/ssh/sshd_config(\\.d/[^/]+\\.conf)?$")), Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/fail2ban/jail\\.(conf|local)$")), Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/(nftables\\.conf|pbxwarden-firewall\\.nft)$")),
            Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/fail2ban/jail\\.d/[^/]+\\.(conf|local)$")),
            Kind::Verbatim },
        { QRegularExpression(QStringLiteral("^/etc/crontab$")), Kind::Crontab },
        { QRegularExpression(QStringLiteral("^/etc/cron\\.d/[^/]+$")), Kind::Crontab },
        { QRegularExpression(QStringLiteral("^/var/spool/cron/(crontabs/)?[^/]+$")), Kind::Crontab },
        { QRegularExpression(QStringLiteral("^/[^\\n]*/\\.ssh/authorized_keys2?$")), Kind::AuthorizedKeys },
    };
    for (const auto& [re, kind] : kinds) {
        if (re.match(path).hasMatch())
            return kind;
    }
    return Kind::Withheld;
}

// The rules of every /etc/asterisk file: its own by name, else those of a known file that
// #includes it (Asterisk resolves relative targets against /etc/asterisk, globs included).
QHash<QString, Rules> asteriskRules(const FactBundle& raw)
{
    QHash<QString, Rules> rules;
    QStringList files;
    for (const QString& f : raw.files()) {
        if (!f.startsWith(QLatin1String("/etc/asterisk/")))
            continue;
        files << f;
        const Rules own = rulesFor(f);
        if (own != Rules::None)
            rules.insert(f, own);
    }
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*(?:try)?include\\s+[\"<]?([^\">\\s]+)"),
        QRegularExpression::MultilineOption);
    QStringList todo = rules.keys();
    for (int round = 0; round < 8 && !todo.isEmpty(); ++round) {
        QStringList next;
        for (const QString& from : std::as_const(todo)) {
            auto it = include.globalMatch(raw.text(QStringLiteral("file:") + from));
            while (it.hasNext()) {
                QString target = it.next().captured(1);
                if (!target.startsWith(QLatin1Char('/')))
                    target = QStringLiteral("/etc/asterisk/") + target;
                // Like glob(3): '*' does not cross a '/'.
                const QRegularExpression glob(QRegularExpression::wildcardToRegularExpression(target));
                for (const QString& f : std::as_const(files)) {
                    if (!rules.contains(f) && glob.match(f).hasMatch()) {
                        rules.insert(f, rules.value(from));
                        next << f;
                    }
                }
            }
        }
        todo = next;
    }
    return rules;
}

QByteArray withheld(qsizetype size)
{
    return QByteArrayLiteral("withheld: ") + QByteArray::number(size)
        + QByteArrayLiteral(" bytes, not a file or section the checks read");
}

QString scrubAsterisk(
    Rules rules, const QString& text, const PasswordStrength& strength, const QByteArray& salt)
{
    FileScrubber scrubber(rules == Rules::None ? Rules::Plain : rules, strength, salt);
    if (rules == Rules::Ari)
        scrubber.notePasswordFormats(text);
    return scrubber.scrub(text);
}

} // namespace

QString SecretScrubber::scrubFile(
    const QString& fileName, const QString& text, const PasswordStrength& strength, const QByteArray& salt)
{
    return scrubAsterisk(rulesFor(fileName), text, strength, salt);
}

FactBundle SecretScrubber::scrub(
    const FactBundle& raw, const PasswordStrength& strength, const QByteArray& salt)
{
    QByteArray s = salt;
    if (s.isEmpty()) {
        s.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(s.data()), 4);
    }
    const QHash<QString, Rules> asterisk = asteriskRules(raw);
    FactBundle out;
    for (const QString& name : raw.names()) {
        const FactSection* section = raw.section(name);
        QByteArray content = section->content;
        int rc = section->complete ? section->rc : -1;
        if (rc == SecretScrubber::kWithheldRc && content.startsWith("withheld: ")) {
            // Already withheld (a stored bundle scrubbed again).
        } else if (name == u"root-hash") {
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
        } else if (name.startsWith(QLatin1String("file:"))) {
            const QString path = name.mid(5);
            if (path.startsWith(QLatin1String("/etc/asterisk/")) && asterisk.contains(path)) {
                content
                    = scrubAsterisk(asterisk.value(path), QString::fromUtf8(content), strength, s).toUtf8();
            } else {
                switch (path.startsWith(QLatin1String("/etc/asterisk/")) ? Kind::Withheld : fileKind(path)) {
                case Kind::Verbatim:
                    break;
                case Kind::Crontab:
                    content = scrubCrontab(QString::fromUtf8(content), strength, s).toUtf8();
                    break;
                case Kind::AuthorizedKeys:
                    content = keepPublicKeys(QString::fromUtf8(content)).toUtf8();
                    break;
                case Kind::Withheld:
                    content = withheld(content.size());
                    rc = SecretScrubber::kWithheldRc;
                    break;
                }
            }
        } else if (!keptSections().contains(name)) {
            content = withheld(content.size());
            rc = SecretScrubber::kWithheldRc;
        }
        out.set(name, content, rc);
    }
    s.fill('\0');
    return out;
}

} // namespace pbxwarden::audit
