// libFuzzer target for the AMI parser: any bytes, any chunking, either direction, small or default limits.
// Invariants: no crash, memory held stays under the limits, and what parses re-serialises to the same frames.
#include "ami/AmiParser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace pbxwarden::ami;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

QList<AmiFrame> parseWhole(const QByteArray& bytes, AmiParser::Mode mode, AmiParser::Limits limits, bool* ok)
{
    AmiParser parser(mode, limits);
    *ok = parser.feed(bytes);
    return parser.takeFrames();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t control = data[0];
    const AmiParser::Mode mode = (control & 1) ? AmiParser::Mode::Server : AmiParser::Mode::Client;
    AmiParser::Limits limits;
    if (control & 2) {
        limits.maxLineLength = 64;
        limits.maxFieldsPerFrame = 8;
        limits.maxFrameBytes = 512;
    }
    const qsizetype chunk = 1 + (data[1] % 97);
    const QByteArray input(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));

    AmiParser parser(mode, limits);
    QList<AmiFrame> chunked;
    bool ok = true;
    for (qsizetype i = 0; i < input.size() && ok; i += chunk) {
        ok = parser.feed(input.mid(i, chunk));
        chunked += parser.takeFrames();
        check(parser.bufferedBytes() <= limits.maxFrameBytes + limits.maxLineLength + 2);
        // Every kept line counts, empty "Follows" output lines included (issue 11 item 4).
        check(parser.pendingFieldCount() <= limits.maxFieldsPerFrame);
    }
    if (!ok)
        check(parser.hasError() && parser.bufferedBytes() == 0);

    // Chunking never changes the frames.
    bool wholeOk = true;
    const QList<AmiFrame> whole = parseWhole(input, mode, limits, &wholeOk);
    check(wholeOk == ok);
    check(whole.size() == chunked.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        check(whole[i] == chunked[i]);

    // Frames written back and read again are the same frames (legacy "Follows" output aside).
    QByteArray wire;
    for (const AmiFrame& frame : whole) {
        if (frame.responseStatus() == u"Follows")
            return 0;
        for (const AmiField& field : frame.fields())
            check(field.value.size() <= limits.maxLineLength);
        wire += frame.toWire();
    }
    bool againOk = true;
    const QList<AmiFrame> again = parseWhole(wire, mode, AmiParser::Limits {}, &againOk);
    check(againOk);
    check(again.size() == whole.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        check(again[i] == whole[i]);
    return 0;
}
