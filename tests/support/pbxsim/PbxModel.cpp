#include "PbxModel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pbxsim {
namespace Perm {
namespace {
const char* const kNames[] = { "system", "call", "log", "verbose", "command", "agent", "user", "config",
    "dtmf", "reporting", "cdr", "dialplan", "originate", "agi", "cc", "aoc", "test", "security", "message" };
}

quint32 parse(const QString& list)
{
    quint32 mask = 0;
    for (const QString& raw : list.split(QLatin1Char(','))) {
        const QString name = raw.trimmed().toLower();
        if (name == u"all" || name == u"on")
            return All;
        for (int i = 0; i < 19; ++i) {
            if (name == QLatin1String(kNames[i]))
                mask |= 1u << i;
        }
    }
    return mask;
}

QString names(quint32 mask)
{
    QStringList out;
    for (int i = 0; i < 19; ++i) {
        if (mask & (1u << i))
            out << QLatin1String(kNames[i]);
    }
    if (mask == All)
        out << QStringLiteral("all");
    return out.join(QLatin1Char(','));
}
} // namespace Perm

bool ManagerUser::allows(const QHostAddress& address) const
{
    bool allowed = true;
    for (const AclRule& rule : acl) {
        if (address.isInSubnet(rule.network, rule.prefix))
            allowed = rule.permit;
    }
    return allowed;
}

namespace {

AclRule parseRule(bool permit, const QString& text)
{
    AclRule rule;
    rule.permit = permit;
    rule.text = text;
    const QString net = text.section(QLatin1Char('/'), 0, 0);
    const QString mask = text.section(QLatin1Char('/'), 1);
    rule.network = QHostAddress(net);
    if (mask.isEmpty()) {
        rule.prefix = rule.network.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32;
    } else if (mask.contains(QLatin1Char('.'))) {
        quint32 bits = QHostAddress(mask).toIPv4Address();
        int prefix = 0;
        while (bits & 0x80000000u) {
            ++prefix;
            bits <<= 1;
        }
        rule.prefix = prefix;
    } else {
        rule.prefix = mask.toInt();
    }
    return rule;
}

bool loadOptional(const QString& path, AsteriskConfig* config)
{
    if (!QFileInfo::exists(path)) {
        *config = {};
        return true;
    }
    return AsteriskConfig::load(path, config);
}

} // namespace

bool PbxModel::load(QString* error)
{
    const QDir dir(configDir);
    if (!dir.exists()) {
        *error = QStringLiteral("configuration folder %1 does not exist").arg(configDir);
        return false;
    }
    if (!loadOptional(dir.filePath(QStringLiteral("manager.conf")), &manager)
        || !loadOptional(dir.filePath(QStringLiteral("pjsip.conf")), &pjsip)
        || !loadOptional(dir.filePath(QStringLiteral("extensions.conf")), &extensions)
        || !loadOptional(dir.filePath(QStringLiteral("http.conf")), &http)) {
        *error = QStringLiteral("cannot read the configuration in %1").arg(configDir);
        return false;
    }
    AsteriskConfig asterisk;
    if (systemName.isEmpty() && loadOptional(dir.filePath(QStringLiteral("asterisk.conf")), &asterisk)) {
        if (const ConfigCategory* options = asterisk.find(QStringLiteral("options")))
            systemName = options->value(QStringLiteral("systemname"));
    }
    users.clear();
    for (const ConfigCategory& category : manager.objects()) {
        if (category.name == u"general")
            continue;
        ManagerUser user;
        user.name = category.name;
        user.secret = category.value(QStringLiteral("secret"));
        user.readPerm = Perm::parse(category.value(QStringLiteral("read")));
        user.writePerm = Perm::parse(category.value(QStringLiteral("write")));
        for (const ConfigVar& var : category.vars) {
            if (var.first == u"deny" || var.first == u"permit")
                user.acl << parseRule(var.first == u"permit", var.second);
        }
        const QString display = category.value(QStringLiteral("displayconnects"));
        user.displayConnects = display.isEmpty() || display == u"yes";
        users << user;
    }
    return true;
}

const ManagerUser* PbxModel::user(const QString& name) const
{
    for (const ManagerUser& user : users) {
        if (user.name.compare(name, Qt::CaseInsensitive) == 0)
            return &user;
    }
    return nullptr;
}

QString PbxModel::amiVersion() const
{
    switch (majorVersion()) {
    case 13:
        return QStringLiteral("2.10.6");
    case 16:
        return QStringLiteral("5.0.4");
    case 17:
        return QStringLiteral("6.0.0");
    case 18:
        return QStringLiteral("7.0.3");
    case 19:
        return QStringLiteral("8.0.0");
    case 20:
        return QStringLiteral("9.0.0");
    case 21:
        return QStringLiteral("10.0.0");
    case 23:
        return QStringLiteral("12.0.0");
    default:
        return QStringLiteral("11.0.0");
    }
}

QString PbxModel::buildLine() const
{
    return QStringLiteral(
        "Asterisk %1 built by root @ vm on a x86_64 running Linux on 2026-11-26 04:10:19 UTC")
        .arg(version);
}

QList<ConfigCategory> PbxModel::pjsipObjects(const QString& type) const
{
    QList<ConfigCategory> result;
    for (const ConfigCategory& category : pjsip.objects()) {
        if (category.value(QStringLiteral("type")) == type)
            result << category;
    }
    return result;
}

const ConfigCategory* PbxModel::pjsipObject(const QString& type, const QString& name) const
{
    for (const ConfigCategory* category : pjsip.findAll(name)) {
        if (!category->isTemplate && category->value(QStringLiteral("type")) == type)
            return category;
    }
    return nullptr;
}

bool PbxModel::managerEnabled() const
{
    const ConfigCategory* general = manager.find(QStringLiteral("general"));
    return general && general->value(QStringLiteral("enabled")) == u"yes";
}

bool PbxModel::httpEnabled() const
{
    const ConfigCategory* general = http.find(QStringLiteral("general"));
    return general && general->value(QStringLiteral("enabled")) == u"yes";
}

QString PbxModel::configPath(const QString& fileName) const
{
    const QString root = QFileInfo(configDir).canonicalFilePath();
    const QString path = QDir::isAbsolutePath(fileName) ? fileName : QDir(configDir).filePath(fileName);
    const QFileInfo info(path);
    const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
    // Since 18.20.1 / 20.5.1 Asterisk refuses files outside its configuration folder (CVE-2023-49294).
    if (majorVersion() >= 18) {
        if (parent.isEmpty() || !(parent == root || parent.startsWith(root + QLatin1Char('/'))))
            return {};
        if (info.exists() && !info.canonicalFilePath().startsWith(root + QLatin1Char('/')))
            return {};
    }
    return info.absoluteFilePath();
}

bool PbxModel::hasModule(const QString& module) const
{
    QString name = module;
    if (!name.endsWith(QLatin1String(".so")))
        name += QLatin1String(".so");
    for (const QString& row : moduleRows()) {
        if (row.section(QLatin1Char(' '), 0, 0) == name)
            return true;
    }
    // Loaded on the lab PBX but absent from the recorded "module show like" lists.
    static const QStringList kOthers = { QStringLiteral("pbx_config.so"), QStringLiteral("app_dial.so"),
        QStringLiteral("manager"), QStringLiteral("http"), QStringLiteral("logger"), QStringLiteral("acl") };
    return kOthers.contains(name) || kOthers.contains(module);
}

bool PbxModel::reloadModule(const QString& module)
{
    if (!module.isEmpty() && !hasModule(module))
        return false;
    QString error;
    load(&error);
    reloadTime = QDateTime::currentDateTime();
    return true;
}

QStringList PbxModel::moduleRows() const
{
    QFile file(QStringLiteral(":/pbxsim/modules.txt"));
    QStringList rows;
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            rows << QString::fromUtf8(line);
    }
    return rows;
}

} // namespace pbxsim
