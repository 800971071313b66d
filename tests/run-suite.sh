#!/bin/sh
# Runs the whole test suite from a build folder, with every service the tests need started here and
# stopped on the way out: a private D-Bus session with an unlocked gnome-keyring (a throw-away HOME),
# offscreen widgets, and — when run as root — the lab of PBX hosts in network namespaces.
# Usage: tests/run-suite.sh BUILD_DIR [ctest arguments...]
set -eu
build=$(cd "${1:?usage: tests/run-suite.sh BUILD_DIR [ctest args]}" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)

export QT_QPA_PLATFORM=offscreen
export PBXWARDEN_SUITE_HOME="$(mktemp -d /tmp/pbxwarden-suite.XXXXXX)"
cleanup() {
    rm -rf "$PBXWARDEN_SUITE_HOME"
}
trap cleanup EXIT INT TERM

exec_with_keyring='
    export HOME="$PBXWARDEN_SUITE_HOME"
    unset DISPLAY WAYLAND_DISPLAY
    eval "$(printf %s pbxwarden-suite-unlock | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    ctest --test-dir "$0" --output-on-failure --no-tests=error "$@"
    status=$?
    [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
    exit $status
'
dbus-run-session -- sh -c "$exec_with_keyring" "$build" "$@"
