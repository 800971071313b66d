#include "inventory/CsvImport.h"

#include "core/Validation.h"
#include "inventory/CsvCodec.h"
#include "inventory/InventoryRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pbxwarden::inventory {
namespace {

bool parseBool(const QString& text, bool* ok)
{
    const QString t = text.trimmed().toLower();
    *ok = true;
    if (t.isEmpty() || t == u"0" || t == u"no" || t == u"false")
        return false;
    if (t == u"1" || t == u"yes" || t == u"true")
        return true;
    *ok = false;
    return false;
}

} // namespace

QStringList inventoryCsvColumns()
{
    return { QStringLiteral("name"), QStringLiteral("customer"), QStringLiteral("site"),
        QStringLiteral("tags"), QStringLiteral("host"), QStringLiteral("ssh_port"),
        QStringLiteral("ssh_user"), QStringLiteral("ssh_auth"), QStringLiteral("ssh_key"),
        QStringLiteral("ami_port"), QStringLiteral("ami_user"), QStringLiteral("ami_tls"),
        QStringLiteral("notes"), QStringLiteral("host_key_sha256") };
}

Result<QList<ImportRow>> previewCsvImport(
    const QString& text, const InventoryRepository& inventory, const CsvImportOptions& options)
{
    const QChar separator = options.separator.isNull() ? csv::detectSeparator(text) : options.separator;
    const Result<QList<csv::Row>> parsed = csv::parse(text, separator);
    if (!parsed)
        return Error { parsed.error() };
    const QList<csv::Row>& rows = parsed.value();
    if (rows.isEmpty())
        return Error { QCoreApplication::translate("CsvImport", "The file is empty.") };

    QHash<QString, int> column;
    const QStringList known = inventoryCsvColumns();
    for (int i = 0; i < rows.front().cells.size(); ++i) {
        const QString name = rows.front().cells.at(i).trimmed().toLower();
        if (!known.contains(name))
            return Error { QCoreApplication::translate(
                "CsvImport", "Unknown column \"%1\" in the header. Known columns: %2.")
                               .arg(rows.front().cells.at(i), known.join(QStringLiteral(", "))) };
        if (column.contains(name))
            return Error { QCoreApplication::translate(
                "CsvImport", "The column \"%1\" appears twice in the header.")
                               .arg(name) };
        column.insert(name, i);
    }
    for (const char* required : { "name", "host" }) {
        if (!column.contains(QLatin1String(required)))
            return Error { QCoreApplication::translate("CsvImport", "The header has no \"%1\" column.")
                               .arg(QLatin1String(required)) };
    }

    QHash<QString, PbxRecord> existing;
    if (const auto current = inventory.pbxs()) {
        for (const PbxRecord& p : current.value())
            existing.insert(p.name.toLower(), p);
    } else {
        return Error { current.error() };
    }

    QHash<QString, int> seenAt;
    QList<ImportRow> result;
    for (int r = 1; r < rows.size(); ++r) {
        const csv::Row& row = rows.at(r);
        ImportRow item;
        item.line = row.line;
        auto cell = [&](const char* name) -> QString {
            const int index = column.value(QLatin1String(name), -1);
            return index >= 0 && index < row.cells.size() ? row.cells.at(index) : QString();
        };
        if (row.cells.size() != rows.front().cells.size())
            item.problems << QCoreApplication::translate(
                "CsvImport", "Has %1 values where the header has %2.")
                                 .arg(row.cells.size())
                                 .arg(rows.front().cells.size());
        PbxRecord& p = item.pbx;
        const QString name = cell("name").trimmed();
        // An update starts from the PBX as it is: a column the file lacks keeps its value.
        const bool updating = options.update && existing.contains(name.toLower());
        if (updating) {
            p = existing.value(name.toLower());
            item.updatesId = p.id;
        }
        const auto has = [&column](const char* name) {
            return column.contains(QLatin1String(name));
        };
        p.name = name;
        if (has("customer"))
            p.customer = cell("customer").trimmed();
        if (has("site"))
            p.site = cell("site").trimmed();
        if (has("tags")) {
            // Tags are separated by ';' (or ',', as a spreadsheet user may write them).
            p.tags.clear();
            static const QRegularExpression tagSeparator(QStringLiteral("[;,]"));
            for (const QString& tag : cell("tags").split(tagSeparator, Qt::SkipEmptyParts))
                p.tags << tag.trimmed();
        }
        p.host = cell("host").trimmed();
        auto port = [&](const char* name, int fallback, int* target) {
            if (!has(name))
                return;
            const QString text = cell(name).trimmed();
            if (text.isEmpty()) {
                *target = fallback;
                return;
            }
            bool ok = false;
            *target = text.toInt(&ok);
            if (!ok)
                *target = -1;
        };
        port("ssh_port", 22, &p.sshPort);
        port("ami_port", 5038, &p.amiPort);
        if (!cell("ssh_user").trimmed().isEmpty())
            p.sshUser = cell("ssh_user").trimmed();
        if (has("ssh_auth") && !cell("ssh_auth").trimmed().isEmpty()) {
            if (const auto auth = sshAuthFromString(cell("ssh_auth")))
                p.sshAuth = *auth;
            else
                item.problems << QCoreApplication::translate(
                    "CsvImport", "ssh_auth must be agent, key or password, not \"%1\".")
                                     .arg(cell("ssh_auth"));
        }
        if (has("ssh_key"))
            p.sshKeyPath = cell("ssh_key").trimmed();
        if (has("ami_user"))
            p.amiUser = cell("ami_user").trimmed();
        if (has("ami_tls")) {
            bool tlsOk = true;
            p.amiTls = parseBool(cell("ami_tls"), &tlsOk);
            if (!tlsOk)
                item.problems << QCoreApplication::translate(
                    "CsvImport", "ami_tls must be yes or no, not \"%1\".")
                                     .arg(cell("ami_tls"));
        }
        if (has("notes"))
            p.notes = cell("notes");
        const QString pin = cell("host_key_sha256").trimmed();
        if (!pin.isEmpty() && !pin.startsWith(QLatin1String("SHA256:")))
            item.problems << QCoreApplication::translate(
                "CsvImport", "host_key_sha256 must look like SHA256:… as ssh-keygen -lf prints it.");
        // A pin is a security decision: an update never changes one silently (an empty cell keeps it).
        if (updating && !pin.isEmpty() && !p.hostKeyFingerprint.isEmpty() && pin != p.hostKeyFingerprint)
            item.problems << QCoreApplication::translate("CsvImport",
                "host_key_sha256 differs from the key pinned for this PBX; check the key on the PBX and "
                "re-pin it with \"pbxwarden-cli pin\" (or in the PBX dialog), not through a file.");
        else if (!pin.isEmpty())
            p.hostKeyFingerprint = pin;
        if (!p.site.isEmpty() && p.customer.isEmpty())
            item.problems << QCoreApplication::translate(
                "CsvImport", "A site belongs to a customer: the customer is missing.");
        item.problems << validatePbx(p);

        const QString key = p.name.toLower();
        if (!key.isEmpty()) {
            if (existing.contains(key) && !updating)
                item.problems << QCoreApplication::translate("CsvImport",
                    "A PBX with this name is already in the inventory (import with update to change it).");
            else if (seenAt.contains(key))
                item.problems << QCoreApplication::translate(
                    "CsvImport", "The same name is already used on line %1 of this file.")
                                     .arg(seenAt.value(key));
            else
                seenAt.insert(key, row.line);
        }
        result << item;
    }
    return result;
}

Status applyCsvImport(const QList<ImportRow>& rows, InventoryRepository& inventory)
{
    QList<PbxRecord> adds, updates;
    for (const ImportRow& row : rows) {
        if (!row.problems.isEmpty())
            continue;
        (row.updatesId ? updates : adds) << row.pbx;
    }
    return inventory.importPbxs(adds, updates, QStringLiteral("pbx.import"));
}

QString exportInventoryCsv(const QList<PbxRecord>& pbxs)
{
    QString out = csv::formatRow(inventoryCsvColumns());
    for (const PbxRecord& p : pbxs) {
        out += csv::formatRow(
            { p.name, p.customer, p.site, p.tags.join(u';'), p.host, QString::number(p.sshPort), p.sshUser,
                sshAuthToString(p.sshAuth), p.sshKeyPath, QString::number(p.amiPort), p.amiUser,
                p.amiTls ? QStringLiteral("yes") : QStringLiteral("no"), p.notes, p.hostKeyFingerprint });
    }
    return out;
}

} // namespace pbxwarden::inventory
