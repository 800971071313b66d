#include "change/ChangeProtocol.h"

#include <QCoreApplication>
#include <QFile>

namespace pbxwarden::change {

namespace {
constexpr char kMarker[] = "PBXW-CHANGE-BEGIN";
}

QByteArray ChangeProtocol::script()
{
    QFile file(QStringLiteral(":/change/change/change.sh"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<QByteArray> ChangeProtocol::payload(const ChangePlan& plan, const QString& stopAfter)
{
    if (Status shape = plan.checkShape(); !shape)
        return Error { shape.error() };
    QByteArray header = "PBXW-PLAN 1\n";
    QByteArray blobs;
    const auto put = [&blobs](const QByteArray& data) {
        const QByteArray where = QByteArray::number(blobs.size()) + ' ' + QByteArray::number(data.size());
        blobs += data;
        return where;
    };
    header += "id " + plan.id.toLatin1() + '\n';
    header += "deadman " + QByteArray::number(plan.accessCouldBeLost ? plan.deadManSeconds : 0) + '\n';
    const QByteArray stop = stopAfter.toLatin1();
    header += "stop-after "
        + (stop.isEmpty() || stop.contains(' ') || stop.contains('\n') ? QByteArray("-") : stop) + '\n';
    for (int i = 0; i < plan.files.size(); ++i) {
        const FileEdit& f = plan.files.at(i);
        header += "file " + QByteArray::number(i) + ' ' + put(f.path.toUtf8()) + ' ' + put(f.newContent) + ' '
            + (f.expectedSha256 ? *f.expectedSha256 : QByteArray("absent")) + ' ' + f.newFileMode.toLatin1()
            + ' ' + f.newFileOwner.toLatin1() + '\n';
    }
    const auto commands = [&](const char* kind, const QList<PlanCommand>& list) {
        for (int k = 0; k < list.size(); ++k)
            header += QByteArray("cmd ") + kind + ' ' + QByteArray::number(k) + ' '
                + put(list.at(k).line() + '\n') + '\n';
    };
    commands("validate", plan.validate);
    commands("check", plan.check);
    commands("reload", plan.reload);
    header += "total " + QByteArray::number(blobs.size()) + "\nend\n";
    return QByteArray(header + blobs);
}

QByteArray ChangeProtocol::standardInput(
    const QByteArray& action, const QString& id, const QByteArray& payload)
{
    const QByteArray text = script();
    return QByteArray(kMarker) + '\n' + QByteArray::number(text.size()) + '\n' + text + action + ' '
        + id.toLatin1() + '\n' + payload;
}

ScriptOutput ChangeProtocol::parse(const QByteArray& out)
{
    ScriptOutput result;
    qsizetype pos = 0;
    while (pos < out.size()) {
        qsizetype nl = out.indexOf('\n', pos);
        if (nl < 0)
            nl = out.size();
        const QByteArray line = out.mid(pos, nl - pos);
        pos = nl + 1;
        if (!line.startsWith("PBXW "))
            continue;
        ScriptEvent event;
        event.words = line.mid(5).split(' ');
        if (event.is("blob")) {
            const qsizetype length = event.word(3).toLongLong();
            // A blob cut off by a lost connection is dropped rather than taken for the whole file.
            if (event.words.size() < 4 || length < 0 || pos + length > out.size())
                break;
            event.data = out.mid(pos, length);
            pos += length + 1;
        } else if (event.is("done")) {
            result.done = event.word(1);
        } else if (event.is("state")) {
            result.state = event.word(1);
        }
        result.events.append(std::move(event));
    }
    return result;
}

} // namespace pbxwarden::change
