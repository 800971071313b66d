#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::ami {

struct AmiField
{
    QByteArray key;
    QByteArray value;
};

// One AMI message: the banner line, or Key: Value fields in the order they came, duplicates kept.
// Keys are compared without regard to case, as Asterisk does.
class AmiFrame
{
public:
    enum class Kind
    {
        Banner,
        Response,
        Event,
        Action,
        Other
    };

    AmiFrame() = default;
    static AmiFrame banner(const QByteArray& line);
    static AmiFrame action(const QString& name);

    Kind kind() const { return m_kind; }
    QByteArray bannerLine() const { return m_banner; }
    const QList<AmiField>& fields() const { return m_fields; }
    qsizetype fieldCount() const { return m_fields.size(); }

    bool has(QByteArrayView key) const;
    QString value(QByteArrayView key) const;
    QByteArray rawValue(QByteArrayView key) const;
    QStringList values(QByteArrayView key) const;

    QString actionId() const { return value("ActionID"); }
    QString eventName() const { return value("Event"); }
    QString actionName() const { return value("Action"); }
    // Success, Error, Goodbye, Follows...
    QString responseStatus() const { return value("Response"); }
    bool isSuccess() const;
    bool isEventListStart() const;
    bool isEventListComplete() const;

    AmiFrame& append(QByteArrayView key, QByteArrayView value);
    AmiFrame& append(QByteArrayView key, const QByteArray& value)
    {
        return append(key, QByteArrayView(value));
    }
    AmiFrame& append(QByteArrayView key, const QString& value);
    // Replaces the first field named key (or appends it).
    AmiFrame& set(QByteArrayView key, const QString& value);
    void clearFields() { m_fields.clear(); }
    // Overwrites every key and value this frame alone holds (a Login's secret), then clears it.
    void wipe();
    void appendField(AmiField field);

    // The bytes to put on the wire: fields as "Key: Value\r\n", then an empty line.
    QByteArray toWire() const;
    // Same, with credentials replaced, for logs: Secret, Key, Password..., UpdateConfig values of
    // secret variables, GetConfig lines and GetConfigJSON members that hold secrets.
    QByteArray toMaskedWire() const;

    static QString kindName(Kind kind);
    bool operator==(const AmiFrame& other) const;

private:
    void updateKind();

    Kind m_kind = Kind::Other;
    QByteArray m_banner;
    QList<AmiField> m_fields;
};

bool keyEquals(QByteArrayView a, QByteArrayView b);

} // namespace pbxwarden::ami
