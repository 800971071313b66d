#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pbxwarden::inventory {

// RFC 4180 CSV: quoted fields with embedded commas, quotes and line breaks; CRLF or LF.
// Cells that a spreadsheet would run as a formula (=, +, -, @) are written with a leading
// apostrophe and read back without it, so an exported inventory cannot attack whoever opens it.
namespace csv {

struct Row
{
    int line = 0; // the line where the record starts, 1-based
    QStringList cells;
};

// separator: ',' ';' or '\t' (spreadsheets in German, French or Spanish write ';').
Result<QList<Row>> parse(const QString& text, QChar separator = u',');
// The separator of the header line: the most frequent of ',' ';' '\t' outside quotes (',' when none).
QChar detectSeparator(const QString& text);
QString separatorName(QChar separator);
QString formatRow(const QStringList& cells);

} // namespace csv
} // namespace pbxwarden::inventory
