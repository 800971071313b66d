#pragma once

#include "change/ChangePlan.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>

namespace pbxwarden::change {

// One line "PBXW word..." from resources/change/change.sh, or a blob (words "blob KIND INDEX LENGTH",
// the bytes in data).
struct ScriptEvent
{
    QList<QByteArray> words;
    QByteArray data;

    QByteArray word(int i) const { return words.value(i); }
    bool is(const char* first) const { return word(0) == first; }
    bool isBlob(const char* kind) const { return is("blob") && word(1) == kind; }
    int index(int i) const { return word(i).toInt(); }
};

struct ScriptOutput
{
    QList<ScriptEvent> events;
    // The word of "PBXW done WORD"; empty when the script never got there (cut off).
    QByteArray done;
    // Last "PBXW state WORD" seen.
    QByteArray state;
};

// What travels between the console and change.sh: the standard input of the one SSH exec, and the
// parsed standard output. Pure, so the framing is unit-tested without a PBX.
class ChangeProtocol
{
public:
    static QByteArray script();
    // Plan payload for "apply": a text header (no value from the plan in it except numbers, hashes,
    // mode and owner, all checked) and the blobs it points into (paths, contents, command lines).
    // stopAfter is for tests only: the PBX side stops dead after that step, as if cut off.
    static Result<QByteArray> payload(const ChangePlan& plan, const QString& stopAfter = {});
    // Marker line (a sudo password sudo did not ask for is skipped up to it), the script's length and
    // the script, the action line, then the payload.
    static QByteArray standardInput(
        const QByteArray& action, const QString& id, const QByteArray& payload = {});
    static ScriptOutput parse(const QByteArray& out);
};

} // namespace pbxwarden::change
