#include "fleet/ProgressReporter.h"

#include "fleet/FleetRunner.h"

namespace pbxwarden::fleet {

ProgressReporter::ProgressReporter(FleetRunner* runner, int index)
    : m_runner(runner)
    , m_index(index)
{
}

void ProgressReporter::report(int percent, const QString& text) const
{
    // The runner outlives every running job (its destructor waits for them).
    FleetRunner* runner = m_runner;
    const int index = m_index;
    QMetaObject::invokeMethod(
        runner, [runner, index, percent, text] { runner->reportProgress(index, percent, text); },
        Qt::QueuedConnection);
}

} // namespace pbxwarden::fleet
