#include "inventory/CsvCodec.h"

#include <QCoreApplication>

namespace pbxwarden::inventory::csv {
namespace {

bool looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

QString unguard(const QString& cell)
{
    if (cell.size() > 1 && cell.front() == u'\'' && looksLikeFormula(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

} // namespace

QChar detectSeparator(const QString& text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return QCoreApplication::translate("Csv", "semicolon");
    if (separator == u'\t')
        return QCoreApplication::translate("Csv", "tab");
    return QCoreApplication::translate("Csv", "comma");
}

Result<QList<Row>> parse(const QString& input, QChar separator)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<Row> rows;
    Row row;
    row.line = 1;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    auto endCell = [&] {
        row.cells << (cellWasQuoted ? unguard(cell) : unguard(cell.trimmed()));
        cell.clear();
        cellWasQuoted = false;
    };
    auto endRow = [&] {
        endCell();
        const bool blank = row.cells.size() == 1 && row.cells.front().isEmpty();
        if (!blank)
            rows << row;
        row = Row {};
        row.line = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!cell.trimmed().isEmpty())
                return Error {
                    QCoreApplication::translate("Csv", "Line %1: a quote inside an unquoted value.").arg(line)
                };
            cell.clear();
            quoted = true;
            cellWasQuoted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (cellWasQuoted) {
            if (!c.isSpace())
                return Error {
                    QCoreApplication::translate("Csv", "Line %1: text after a closing quote.").arg(line)
                };
        } else {
            cell += c;
        }
    }
    if (quoted)
        return Error {
            QCoreApplication::translate("Csv", "Line %1: a quoted value is never closed.").arg(row.line)
        };
    if (!cell.isEmpty() || !row.cells.isEmpty() || cellWasQuoted)
        endRow();
    return rows;
}

QString formatRow(const QStringList& cells)
{
    QStringList out;
    for (QString cell : cells) {
        if (looksLikeFormula(cell))
            cell.prepend(u'\'');
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')
            || cell != cell.trimmed()) {
            cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            cell = u'"' + cell + u'"';
        }
        out << cell;
    }
    return out.join(u',') + QStringLiteral("\r\n");
}

} // namespace pbxwarden::inventory::csv
