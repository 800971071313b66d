#!/bin/sh
# Source checks that keep the tree honest; run by CTest (label lint).
#   tests/lint.sh format   every C++ file as .clang-format wants it
#   tests/lint.sh tr       no local tr() helpers: lupdate cannot follow them, so their strings would
#                          be filed under another context and never translated
set -eu
cd "$(dirname "$0")/.."
case "${1:-}" in
format)
    files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests -name '*.cpp' -o -name '*.h')
    # shellcheck disable=SC2086
    clang-format --dry-run --Werror $files
    ;;
tr)
    if grep -rnE 'QString tr\(const char|auto tr = \[' app ui; then
        echo "lint: use QCoreApplication::translate(\"Context\", \"literal\") or a QObject's tr() instead" >&2
        exit 1
    fi
    ;;
*)
    echo "usage: tests/lint.sh format|tr" >&2
    exit 64
    ;;
esac
