#include "ami/AmiParser.h"

#include <cstring>

namespace pbxwarden::ami {
namespace {

// Tab and bytes from 0x80 up (UTF-8) are text; other control bytes mean the peer is not speaking AMI.
qsizetype firstBadByte(QByteArrayView line)
{
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    for (qsizetype i = 0; i < line.size(); ++i) {
        const unsigned char c = p[i];
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return i;
    }
    return -1;
}

} // namespace

AmiParser::AmiParser(Mode mode, Limits limits)
    : m_mode(mode)
    , m_limits(limits)
    , m_wantBanner(mode == Mode::Client)
{
}

void AmiParser::reset()
{
    m_wantBanner = m_mode == Mode::Client;
    m_line.clear();
    m_current = {};
    m_frameBytes = 0;
    m_follows = false;
    m_frames.clear();
    m_error.clear();
}

QList<AmiFrame> AmiParser::takeFrames()
{
    return std::exchange(m_frames, {});
}

bool AmiParser::fail(const QString& message)
{
    m_error = message;
    m_line.clear();
    m_line.squeeze();
    m_current = {};
    m_frameBytes = 0;
    return false;
}

bool AmiParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    while (p < end) {
        const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
        if (!nl) {
            if (m_line.size() + (end - p) > m_limits.maxLineLength + 1)
                return fail(QStringLiteral("AMI protocol error: a line is longer than %1 bytes")
                                .arg(m_limits.maxLineLength));
            // Binary garbage (a TLS handshake on a plain port) is refused before its line ends.
            QByteArrayView rest(p, end - p);
            if (m_line.endsWith('\r'))
                return fail(QStringLiteral("AMI protocol error: binary byte 0x0d in a line"));
            if (rest.endsWith('\r'))
                rest.chop(1);
            if (const qsizetype bad = firstBadByte(rest); bad >= 0) {
                return fail(QStringLiteral("AMI protocol error: binary byte 0x%1 in a line")
                                .arg(static_cast<unsigned char>(rest[bad]), 2, 16, QLatin1Char('0')));
            }
            m_line.append(p, end - p);
            return true;
        }
        bool ok;
        if (m_line.isEmpty()) {
            ok = processLine(QByteArrayView(p, nl - p));
        } else {
            m_line.append(p, nl - p);
            ok = processLine(m_line);
            m_line.clear();
        }
        if (!ok)
            return false;
        p = nl + 1;
    }
    return true;
}

bool AmiParser::finish()
{
    if (hasError())
        return false;
    if (!m_line.isEmpty() || !m_current.fields().isEmpty())
        return fail(QStringLiteral("AMI protocol error: the stream ended in the middle of a message"));
    return true;
}

bool AmiParser::processLine(QByteArrayView line)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.size() > m_limits.maxLineLength)
        return fail(
            QStringLiteral("AMI protocol error: a line is longer than %1 bytes").arg(m_limits.maxLineLength));
    if (const qsizetype bad = firstBadByte(line); bad >= 0) {
        return fail(QStringLiteral("AMI protocol error: binary byte 0x%1 in a line")
                        .arg(static_cast<unsigned char>(line[bad]), 2, 16, QLatin1Char('0')));
    }
    if (m_wantBanner) {
        if (line.isEmpty())
            return fail(QStringLiteral("AMI protocol error: no banner line"));
        m_wantBanner = false;
        m_frames.append(AmiFrame::banner(line.toByteArray()));
        return true;
    }
    if (line.isEmpty() && !m_follows) {
        // Asterisk sometimes sends an extra empty line after an error response.
        if (!m_current.fields().isEmpty())
            finishFrame();
        return true;
    }
    // Every line that is kept counts, empty "Follows" output lines too: endless empty lines after
    // "Response: Follows" must hit the same limits as any other message (issue 11, item 4).
    m_frameBytes += line.size() + 2;
    if (m_frameBytes > m_limits.maxFrameBytes)
        return fail(QStringLiteral("AMI protocol error: a message is larger than %1 bytes")
                        .arg(m_limits.maxFrameBytes));
    if (m_current.fieldCount() >= m_limits.maxFieldsPerFrame)
        return fail(QStringLiteral("AMI protocol error: a message has more than %1 fields")
                        .arg(m_limits.maxFieldsPerFrame));
    if (line.isEmpty()) {
        m_current.appendField({ QByteArrayLiteral("Output"), QByteArray() });
        return true;
    }

    // Asterisk before 14 answers Command with "Response: Follows", raw output lines and an end marker.
    if (m_follows) {
        static constexpr QByteArrayView kEnd("--END COMMAND--");
        const bool header
            = m_current.fieldCount() < 3 && (line.startsWith("Privilege: ") || line.startsWith("ActionID: "));
        if (!header) {
            if (line.endsWith(kEnd)) {
                line.chop(kEnd.size());
                if (!line.isEmpty())
                    m_current.appendField({ QByteArrayLiteral("Output"), line.toByteArray() });
                m_follows = false;
                return true;
            }
            m_current.appendField({ QByteArrayLiteral("Output"), line.toByteArray() });
            return true;
        }
    }

    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        return fail(colon == 0
                ? QStringLiteral("AMI protocol error: a line with an empty key")
                : QStringLiteral("AMI protocol error: a line without a colon: \"%1\"")
                      .arg(QString::fromUtf8(line.first(qMin<qsizetype>(60, line.size())).toByteArray())));
    }
    QByteArrayView value = line.sliced(colon + 1);
    // Exactly one space: CLI output in Output: lines keeps its own indentation.
    if (value.startsWith(' '))
        value = value.sliced(1);
    m_current.appendField({ line.first(colon).toByteArray(), value.toByteArray() });
    if (m_current.fieldCount() == 1 && m_current.kind() == AmiFrame::Kind::Response && value == "Follows")
        m_follows = true;
    return true;
}

void AmiParser::finishFrame()
{
    m_frames.append(std::move(m_current));
    m_current = {};
    m_frameBytes = 0;
    m_follows = false;
}

} // namespace pbxwarden::ami
