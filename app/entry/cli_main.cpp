#include "cli/CliApp.h"
#include "core/BuildInfo.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setOrganizationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setApplicationVersion(QLatin1String(pbxwarden::build::kVersion));
    return pbxwarden::cli::runCli(argc, argv);
}
