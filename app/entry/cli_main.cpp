#include "cli/CliApp.h"
#include "core/BuildInfo.h"
#include "core/ProcessHardening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    pbxwarden::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setOrganizationName(QStringLiteral("pbxwarden"));
    QCoreApplication::setApplicationVersion(QLatin1String(pbxwarden::build::kVersion));
    // The CLI speaks through its output and exit status; QT_LOGGING_RULES can bring the logs back.
    QLoggingCategory::setFilterRules(QStringLiteral("pbxwarden.*.info=false"));
    return pbxwarden::cli::runCli(argc, argv);
}
