#include "ami/AmiFrame.h"

#include <cstring>

namespace pbxwarden::ami {

bool keyEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), a.size(), b.data(), b.size()) == 0;
}

AmiFrame AmiFrame::banner(const QByteArray& line)
{
    AmiFrame frame;
    frame.m_kind = Kind::Banner;
    frame.m_banner = line;
    return frame;
}

AmiFrame AmiFrame::action(const QString& name)
{
    AmiFrame frame;
    frame.append("Action", name);
    return frame;
}

bool AmiFrame::has(QByteArrayView key) const
{
    for (const AmiField& field : m_fields) {
        if (keyEquals(field.key, key))
            return true;
    }
    return false;
}

QByteArray AmiFrame::rawValue(QByteArrayView key) const
{
    for (const AmiField& field : m_fields) {
        if (keyEquals(field.key, key))
            return field.value;
    }
    return {};
}

QString AmiFrame::value(QByteArrayView key) const
{
    return QString::fromUtf8(rawValue(key));
}

QStringList AmiFrame::values(QByteArrayView key) const
{
    QStringList result;
    for (const AmiField& field : m_fields) {
        if (keyEquals(field.key, key))
            result << QString::fromUtf8(field.value);
    }
    return result;
}

bool AmiFrame::isSuccess() const
{
    return m_kind == Kind::Response && keyEquals(rawValue("Response"), "Success");
}

bool AmiFrame::isEventListStart() const
{
    return m_kind == Kind::Response && keyEquals(rawValue("EventList"), "start");
}

bool AmiFrame::isEventListComplete() const
{
    return m_kind == Kind::Event && keyEquals(rawValue("EventList"), "Complete");
}

AmiFrame& AmiFrame::append(QByteArrayView key, QByteArrayView value)
{
    appendField({ key.toByteArray(), value.toByteArray() });
    return *this;
}

AmiFrame& AmiFrame::append(QByteArrayView key, const QString& value)
{
    return append(key, QByteArrayView(value.toUtf8()));
}

AmiFrame& AmiFrame::set(QByteArrayView key, const QString& value)
{
    for (AmiField& field : m_fields) {
        if (keyEquals(field.key, key)) {
            field.value = value.toUtf8();
            return *this;
        }
    }
    return append(key, value);
}

void AmiFrame::wipe()
{
    for (AmiField& field : m_fields) {
        for (QByteArray* part : { &field.key, &field.value }) {
            // A buffer shared with another copy is left to that copy's owner (writing would detach).
            if (part->isDetached() && !part->isEmpty())
                explicit_bzero(part->data(), size_t(part->size()));
        }
    }
    m_fields.clear();
}

void AmiFrame::appendField(AmiField field)
{
    m_fields.append(std::move(field));
    if (m_fields.size() == 1)
        updateKind();
}

void AmiFrame::updateKind()
{
    const QByteArray& first = m_fields.first().key;
    if (keyEquals(first, "Response"))
        m_kind = Kind::Response;
    else if (keyEquals(first, "Event"))
        m_kind = Kind::Event;
    else if (keyEquals(first, "Action"))
        m_kind = Kind::Action;
    else
        m_kind = Kind::Other;
}

QByteArray AmiFrame::toWire() const
{
    if (m_kind == Kind::Banner)
        return m_banner + "\r\n";
    QByteArray out;
    for (const AmiField& field : m_fields)
        out += field.key + ": " + field.value + "\r\n";
    out += "\r\n";
    return out;
}

namespace {

// Configuration keys whose values are credentials (manager.conf, pjsip.conf, sip.conf, iax.conf).
bool isSecretName(QByteArrayView name)
{
    for (const char* secret : { "secret", "password", "md5_cred", "md5secret", "oauth_secret", "Key",
             "Md5Cred", "OauthSecret", "RefreshToken" }) {
        if (keyEquals(name, secret))
            return true;
    }
    return false;
}

QByteArray maskJson(QByteArray json)
{
    static constexpr const char* kNames[] = { "secret", "password", "md5_cred", "md5secret", "oauth_secret" };
    for (const char* name : kNames) {
        const QByteArray needle = QByteArray("\"") + name + "\":\"";
        for (qsizetype at = json.indexOf(needle); at >= 0; at = json.indexOf(needle, at + 1)) {
            const qsizetype start = at + needle.size();
            qsizetype end = start;
            while (end < json.size() && json[end] != '"')
                end += json[end] == '\\' ? 2 : 1;
            json.replace(start, qMin(end, json.size()) - start, "********");
        }
    }
    return json;
}

} // namespace

QByteArray AmiFrame::toMaskedWire() const
{
    if (m_kind == Kind::Banner)
        return toWire();
    // UpdateConfig names the variable in Var-NNNNNN and carries its value in Value-NNNNNN.
    QList<QByteArray> secretSteps;
    for (const AmiField& field : m_fields) {
        if (field.key.startsWith("Var-") && isSecretName(field.value))
            secretSteps << field.key.mid(4);
    }
    QByteArray out;
    for (const AmiField& field : m_fields) {
        QByteArray value = field.value;
        const qsizetype eq = value.indexOf('=');
        if (keyEquals(field.key, "Secret") || isSecretName(field.key) || keyEquals(field.key, "Password"))
            value = "********";
        else if (field.key.startsWith("Value-") && secretSteps.contains(field.key.mid(6)))
            value = "********";
        else if (field.key.startsWith("Line-") && eq > 0
            && isSecretName(QByteArrayView(value).first(eq).trimmed()))
            value = value.left(eq + 1) + "********";
        else if (keyEquals(field.key, "JSON"))
            value = maskJson(value);
        out += field.key + ": " + value + "\r\n";
    }
    out += "\r\n";
    return out;
}

QString AmiFrame::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Banner:
        return QStringLiteral("banner");
    case Kind::Response:
        return QStringLiteral("response");
    case Kind::Event:
        return QStringLiteral("event");
    case Kind::Action:
        return QStringLiteral("action");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

bool AmiFrame::operator==(const AmiFrame& other) const
{
    if (m_kind != other.m_kind || m_banner != other.m_banner || m_fields.size() != other.m_fields.size())
        return false;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].key != other.m_fields[i].key || m_fields[i].value != other.m_fields[i].value)
            return false;
    }
    return true;
}

} // namespace pbxwarden::ami
