#!/bin/sh
# Runs the whole test suite from a build folder, with every service the tests need started here and
# stopped on the way out: a private D-Bus session with an unlocked gnome-keyring (a throw-away HOME),
# offscreen widgets, and — when run as root — the lab of PBX hosts in network namespaces.
# Usage: tests/run-suite.sh BUILD_DIR [ctest arguments...]
set -eu
build=$(cd "${1:?usage: tests/run-suite.sh BUILD_DIR [ctest args]}" && pwd)
shift
here=$(cd "$(dirname "$0")" && pwd)

# Every program the suite, the lab and the build call must be here before anything starts: a
# missing one is named with the package that brings it, instead of failing a test half-way.
missing=""
while read -r program package; do
    case "$program" in "" | "#"*) continue ;; esac
    PATH="$PATH:/usr/sbin:/sbin:/usr/lib/qt6/bin" command -v "$program" >/dev/null 2>&1 ||
        missing="$missing\n  $program (Debian package $package)"
done <"$here/required-programs.txt"
if [ -n "$missing" ]; then
    printf 'run-suite: these programs are missing:%b\ninstall them with installer/setup.sh test, or apt-get install the packages named.\n' "$missing" >&2
    exit 69
fi

export QT_QPA_PLATFORM=offscreen
export PBXWARDEN_SUITE_HOME="$(mktemp -d /tmp/pbxwarden-suite.XXXXXX)"
lab="$here/lab/pbxlab"
lab_up=""
cleanup() {
    if [ -n "$lab_up" ]; then
        "$lab" down >/dev/null 2>&1 || echo "run-suite: pbxlab down failed; run: PBXLAB_STATE=$PBXLAB_STATE $lab down" >&2
        rm -rf "$PBXLAB_SIM_DIR" "$PBXLAB_JSON"
    fi
    rm -rf "$PBXWARDEN_SUITE_HOME"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The lab: real PBX hosts in network namespaces, each with its own sshd and the PBX simulator
# serving AMI. It needs root; without it the lab tests use an sshd of their own on loopback.
# Each build folder has a lab of its own (pbxlab tags every name by its state dir), so two suites
# run side by side without taking each other's hosts down. PBXWARDEN_LAB=off skips the lab.
if [ "${PBXWARDEN_LAB:-on}" != off ] && [ "$(id -u)" = 0 ] && ip netns list >/dev/null 2>&1; then
    tag=$(printf %s "$build" | cksum | cut -d' ' -f1)
    export PBXLAB_STATE=/run/pbxlab-suite-$tag
    export PBXLAB_JSON=/run/pbxlab-suite-$tag.json
    # Hosts replace /tmp, /root and /home with their own: the simulator must live elsewhere.
    export PBXLAB_SIM_DIR=/run/pbxlab-suite-$tag-sim
    mkdir -p "$PBXLAB_SIM_DIR"
    cp "$build/tests/support/pbxsim/pbxsim" "$PBXLAB_SIM_DIR/pbxsim"
    export PBXLAB_SIM="$PBXLAB_SIM_DIR/pbxsim"
    export PBXLAB_TEST_SIM="$PBXLAB_SIM"
    lab_up=1
    "$lab" down >/dev/null 2>&1 || true
    echo "run-suite: bringing up the lab (20 insecure PBX hosts and a hardened one)"
    "$lab" up 20 --profile insecure >/dev/null
    "$lab" up 1 --profile hardened --prefix hard >/dev/null
    "$lab" list --json >"$PBXLAB_JSON"
else
    echo "run-suite: no lab (not root, or PBXWARDEN_LAB=off): lab tests run against a local sshd and skip what needs the lab" >&2
fi

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
