#pragma once

#include <QString>

namespace pbxwarden::fleet {

class FleetRunner;

// Handed to a job on its worker thread; every report becomes FleetRunner::hostProgress on the
// runner's thread.
class ProgressReporter
{
public:
    ProgressReporter(FleetRunner* runner, int index);
    // percent 0..100, or -1 when unknown.
    void report(int percent, const QString& text) const;

private:
    FleetRunner* m_runner;
    int m_index;
};

} // namespace pbxwarden::fleet
