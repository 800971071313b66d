#!/bin/sh
# One command for a fresh Debian 12 machine:
#   installer/setup.sh run    install what is needed, build, and start PBX Warden
#   installer/setup.sh test   install what is needed, build, and run the whole test suite
# Packages are installed with apt-get (through sudo when not root). The build goes to ./build.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
mode=${1:-}
case "$mode" in
run | test) ;;
*)
    echo "usage: installer/setup.sh run|test" >&2
    exit 64
    ;;
esac

as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

packages() {
    grep -hv '^#' "$@" | grep -v '^$' | tr '\n' ' '
}

lists="$here/build-packages.txt"
[ "$mode" = test ] && lists="$lists $here/test-packages.txt"
missing=""
for p in $(packages $lists); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
    echo "Installing:$missing"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi

build="$top/build"
cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"

if [ "$mode" = run ]; then
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Built $build/ui/pbxwarden, but there is no display to show it on (DISPLAY is not set)." >&2
        echo "On a machine without a desktop: xvfb-run -a $build/ui/pbxwarden" >&2
        exit 1
    fi
    exec "$build/ui/pbxwarden"
fi

# The lab of PBX hosts needs root for its network namespaces.
if [ "$(id -u)" != 0 ]; then
    exec sudo --preserve-env=PATH "$top/tests/run-suite.sh" "$build"
fi
exec "$top/tests/run-suite.sh" "$build"
