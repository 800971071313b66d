#!/bin/sh
# Source checks that keep the tree honest; run by CTest (label lint).
#   tests/lint.sh format   every C++ file as .clang-format wants it
#   tests/lint.sh tr       no local tr() helpers: lupdate cannot follow them, so their strings would
#                          be filed under another context and never translated
#   tests/lint.sh catalogues  every user-visible string of the sources is translated in every .ts
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
catalogues)
    lupdate=/usr/lib/qt6/bin/lupdate
    [ -x "$lupdate" ] || lupdate=$(command -v lupdate)
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    status=0
    for ts in translations/pbxwarden_*.ts; do
        lang=$(basename "$ts" .ts | sed 's/^pbxwarden_//')
        cp "$ts" "$scratch/$lang.ts"
        extra=""
        [ "$lang" = en ] && extra="-pluralonly"
        "$lupdate" -silent $extra -no-obsolete -locations none app ui -target-language "$lang" \
            -ts "$scratch/$lang.ts" >/dev/null 2>&1
        missing=$(grep -c 'type="unfinished"' "$scratch/$lang.ts" || true)
        if [ "$missing" -gt 0 ]; then
            echo "lint: $missing string(s) of the sources are not translated in $ts" \
                "(cmake --build build --target update_translations, then translate them)" >&2
            status=1
        fi
    done
    exit $status
    ;;
*)
    echo "usage: tests/lint.sh format|tr|catalogues" >&2
    exit 64
    ;;
esac
