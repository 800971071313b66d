#pragma once

#include <QString>
#include <QStringView>

namespace pbxwarden {

// Control characters: C0 (U+0000-U+001F), DEL and C1 (U+0080-U+009F). ESC starts terminal escape
// sequences (CSI, OSC), U+009B is CSI on its own, CR and LF split AMI frames and fake output lines.
bool isControlChar(char32_t c);

// Index of the first control character not in `allowed`, or -1.
qsizetype firstControlChar(QStringView text, QStringView allowed = {});

// "U+000A" for messages that name the character refused.
QString controlCharName(QChar c);

// Text from a PBX, a file or the user made safe for a terminal: every control character not in
// `keep` (nor a CR before a kept LF) is shown as \xHH (C0) or \u00HH (DEL, C1; the JSON spelling,
// so JSON output stays valid), so it can neither move the cursor nor fake a line. The one helper
// every CLI text output goes through.
QString escapeForTerminal(QStringView text, QStringView keep = u"\n\t");

} // namespace pbxwarden
