#pragma once

#include "ami/AmiFrame.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pbxwarden::ami {

struct AmiParserLimits
{
    qsizetype maxLineLength = 64 * 1024;
    qsizetype maxFieldsPerFrame = 32 * 1024;
    qsizetype maxFrameBytes = 1024 * 1024;
};

// Turns the AMI byte stream into frames. Pure: no I/O, any chunking (down to one byte) gives the same
// frames. After a protocol error it ignores further input; the caller closes the connection.
class AmiParser
{
public:
    enum class Mode
    {
        Client, // the first line is the server's banner
        Server, // no banner: the bytes a client sends
    };

    using Limits = AmiParserLimits;

    explicit AmiParser(Mode mode = Mode::Client, Limits limits = {});

    // Returns false once the stream is broken.
    bool feed(QByteArrayView bytes);
    // Ends the stream: a frame cut in the middle is an error.
    bool finish();

    bool hasFrames() const { return !m_frames.isEmpty(); }
    QList<AmiFrame> takeFrames();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // Bytes of the partial line and the partial frame held between calls.
    qsizetype bufferedBytes() const { return m_line.size() + m_frameBytes; }
    // Fields of the message not yet complete; never more than limits().maxFieldsPerFrame.
    qsizetype pendingFieldCount() const { return m_current.fieldCount(); }
    const Limits& limits() const { return m_limits; }
    void reset();

private:
    bool processLine(QByteArrayView line);
    bool fail(const QString& message);
    void finishFrame();

    Mode m_mode;
    Limits m_limits;
    bool m_wantBanner;
    QByteArray m_line;
    AmiFrame m_current;
    qsizetype m_frameBytes = 0;
    bool m_follows = false;
    QList<AmiFrame> m_frames;
    QString m_error;
};

} // namespace pbxwarden::ami
