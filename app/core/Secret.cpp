#include "core/Secret.h"

#include "core/ProcessHardening.h"

#include <cstring>
#include <string.h>

namespace pbxwarden {

struct Secret::Buffer
{
    explicit Buffer(qsizetype n)
        : size(n)
        , data(new char[size_t(n) + 1])
    {
        data[n] = '\0';
    }
    ~Buffer() { explicit_bzero(data.get(), size_t(size) + 1); }
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;

    qsizetype size;
    std::unique_ptr<char[]> data;
};

Secret Secret::fromBytes(const char* data, qsizetype size)
{
    Secret s;
    if (size <= 0)
        return s;
    auto buffer = std::make_shared<Buffer>(size);
    std::memcpy(buffer->data.get(), data, size_t(size));
    s.m_buffer = std::move(buffer);
    return s;
}

Secret Secret::take(QByteArray& utf8)
{
    Secret s = fromBytes(utf8.constData(), utf8.size());
    wipeSecret(utf8);
    return s;
}

Secret Secret::take(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipeSecret(text);
    return take(utf8);
}

Secret Secret::fromUtf8(QByteArrayView bytes)
{
    return fromBytes(bytes.data(), bytes.size());
}

QList<Secret> Secret::lines() const
{
    QList<Secret> out;
    const QByteArrayView all = bytes();
    qsizetype start = 0;
    while (start <= all.size() && !all.isEmpty()) {
        qsizetype end = all.indexOf('\n', start);
        if (end < 0)
            end = all.size();
        QByteArrayView line = all.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        out << fromUtf8(line);
        start = end + 1;
    }
    return out;
}

Secret Secret::fromText(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    return take(utf8);
}

bool Secret::isEmpty() const
{
    return !m_buffer || m_buffer->size == 0;
}

qsizetype Secret::size() const
{
    return m_buffer ? m_buffer->size : 0;
}

const char* Secret::c_str() const
{
    return m_buffer ? m_buffer->data.get() : "";
}

QByteArrayView Secret::bytes() const
{
    return m_buffer ? QByteArrayView(m_buffer->data.get(), m_buffer->size) : QByteArrayView();
}

QString Secret::reveal() const
{
    return m_buffer ? QString::fromUtf8(m_buffer->data.get(), m_buffer->size) : QString();
}

bool Secret::operator==(const Secret& other) const
{
    if (size() != other.size())
        return false;
    unsigned char diff = 0;
    const char* a = c_str();
    const char* b = other.c_str();
    for (qsizetype i = 0; i < size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace pbxwarden
