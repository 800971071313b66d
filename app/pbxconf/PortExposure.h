#pragma once

namespace pbxwarden::pbxconf {

// What a host firewall does to a new connection from an arbitrary Internet address to one port.
enum class PortExposure
{
    // Accepted (explicitly or by an ACCEPT policy).
    Open,
    // Dropped or rejected, or accepted only from listed sources.
    Filtered,
    // No rule set to read.
    Unknown
};

} // namespace pbxwarden::pbxconf
