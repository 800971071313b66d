#!/bin/sh
# Audit benchmark: PBX Warden auditing N pbxlab hosts (mixed profile, added latency) from an inventory,
# then, on one of those hosts and in the same run, the collector's CPU and wall time beside
# `lynis audit system --quick` (both run inside the host the same way, timed by /usr/bin/time).
#
#   sudo tests/bench/audit/run.sh [-d DELAY_MS] [-b BUILD_DIR] [-p PARALLEL] [-r REPS] [-l LYNIS_REPS] [-k] [N...]
#
# Defaults: -d 50, -b build-bench, -p 16, -r 5 (collector runs), -l 5 (lynis runs), N = 1 10 50.
# -k keeps the hosts up afterwards (the next run reuses them); otherwise they are taken down.
# The lab lives at PBXLAB_STATE=/run/pbxlab-auditbench (always: other labs are never touched).
# Needs: pbxwarden-cli built (cmake --build BUILD_DIR --target pbxwarden-cli), lynis (apt-get install
# lynis), /usr/bin/time (package time), dbus-run-session + gnome-keyring-daemon (the SSH passwords of
# the hosts whose root may not log in are kept in a private keyring, as the CLI keeps them).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)

[ "$(id -u)" -eq 0 ] || { echo "run.sh: pbxlab needs root" >&2; exit 77; }
# The CLI reads SSH passwords from the keychain: give it a private D-Bus session and keyring.
if [ -z "${PBXW_AUDITBENCH_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "run.sh: dbus-run-session missing (apt-get install dbus)" >&2; exit 69; }
    PBXW_AUDITBENCH_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi

build="$src/build-bench"
delay=50
parallel=16
reps=5
lynis_reps=5
keep=0
while getopts d:b:p:r:l:k opt; do
    case $opt in
    d) delay=$OPTARG ;;
    b) build=$OPTARG ;;
    p) parallel=$OPTARG ;;
    r) reps=$OPTARG ;;
    l) lynis_reps=$OPTARG ;;
    k) keep=1 ;;
    *) exit 64 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- 1 10 50
cli="$build/app/entry/pbxwarden-cli"
pbxlab="$src/tests/lab/pbxlab"
collector="$src/resources/collector/collect.sh"
export PBXLAB_STATE=/run/pbxlab-auditbench

[ -x "$cli" ] || { echo "run.sh: build the CLI first: cmake --build $build --target pbxwarden-cli" >&2; exit 69; }
command -v lynis >/dev/null || { echo "run.sh: lynis missing (apt-get install lynis)" >&2; exit 69; }
[ -x /usr/bin/time ] || { echo "run.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 69; }
command -v gnome-keyring-daemon >/dev/null || { echo "run.sh: gnome-keyring-daemon missing" >&2; exit 69; }

max=0
for n in "$@"; do [ "$n" -gt "$max" ] && max=$n; done

work=$(mktemp -d /tmp/pbxwarden-auditbench-XXXXXX)
mkdir -p "$work/home"
GNOME_KEYRING_PID=
cleanup() {
    [ -n "$GNOME_KEYRING_PID" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null
    rm -rf "$work"
    if [ "$keep" -eq 0 ]; then "$pbxlab" down >&2 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
eval "$(printf %s pbxwarden-auditbench | HOME="$work/home" gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
pw() { HOME="$work/home" "$cli" "$@"; }

# This benchmark's hosts: audit01.., mixed profile, the wanted delay, no loss.
select_hosts() {
    "$pbxlab" list --json | python3 -c '
import json, sys
hosts = [h for h in json.load(sys.stdin) if h["name"].startswith("audit")]
bad = [h["name"] for h in hosts if not h["running"] or float(h["delay_ms"]) != float(sys.argv[1]) or h["loss"]]
if bad:
    sys.exit("run.sh: hosts %s are down or have another delay; take the lab down first: "
             "PBXLAB_STATE=/run/pbxlab-auditbench tests/lab/pbxlab down" % ", ".join(bad))
json.dump(hosts, sys.stdout)' "$delay"
}
count() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$1"; }
now_ms() { date +%s%3N; }
# PBXW_TIME line of /usr/bin/time in FILE -> "wall user sys"
time_of() { sed -n 's/^PBXW_TIME \([^ ]*\) \([^ ]*\) \([^ ]*\).*/\1 \2 \3/p' "$1" | tail -n 1; }

select_hosts >"$work/hosts.json"
checks=$(pw audit --list-checks --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')

# --- PBX Warden: audit the first N hosts from an inventory -------------------------------------------
for n in "$@"; do
    have=$(count "$work/hosts.json")
    if [ "$have" -lt "$n" ]; then
        "$pbxlab" up $((n - have)) --profile mixed --prefix audit --delay-ms "$delay" >&2
        select_hosts >"$work/hosts.json"
    fi
    db="$work/inventory-$n.db"
    # One line per host, tab-separated, "-" for an empty field (read would merge two tabs).
    # Root logs in with its key where the host allows it; where the ssh practice is hardened root is
    # refused, so admin logs in with its password (allowed from the admin address) and sudo uses it.
    python3 - "$work/hosts.json" "$n" >"$work/add-$n.txt" <<'PY'
import json, sys
for h in json.load(open(sys.argv[1]))[: int(sys.argv[2])]:
    acc = {a["user"]: a for a in h["accounts"]}
    if h["practices"]["ssh"] == "insecure":
        print("\t".join([h["name"], h["address"], "key", "root", acc["root"]["key"], "-"]))
    else:
        print("\t".join([h["name"], h["address"], "password", "admin", "-", acc["admin"]["password"]]))
PY
    while IFS="$(printf '\t')" read -r name addr auth user key password; do
        if [ "$auth" = key ]; then
            pw --db "$db" inventory add --name "$name" --host "$addr" --ssh-auth key --ssh-key "$key" \
                --ssh-user "$user" >/dev/null
        else
            printf '%s\n' "$password" | pw --db "$db" inventory add --name "$name" --host "$addr" \
                --ssh-auth password --ssh-user "$user" --ssh-password-stdin >/dev/null
        fi
    done <"$work/add-$n.txt"
    # Pin the host keys pbxlab generated (not timed; `pin` checks each host presents its key): password
    # logins are never sent on first contact, so --accept-new-host-key would refuse them without a terminal.
    python3 -c 'import json, sys
for h in json.load(open(sys.argv[1]))[: int(sys.argv[2])]: print(h["name"], h["host_key_sha256"])' \
        "$work/hosts.json" "$n" | while read -r name fp; do
        pw --db "$db" pin "$name" --fingerprint "$fp" >/dev/null || exit 1
    done || { echo "run.sh: pinning the host keys failed" >&2; exit 1; }
    pw --db "$db" connect --all --parallel "$parallel" --timeout 60 >"$work/connect-$n.txt" 2>&1 ||
        { sed 's/^/  connect: /' "$work/connect-$n.txt" | head -5 >&2; exit 1; }
    pw --db "$db" inventory list --json | python3 -c '
import json, sys
lab = {h["name"]: h["host_key_sha256"] for h in json.load(open(sys.argv[1]))}
bad = [p["name"] for p in json.load(sys.stdin) if p["host_key_sha256"] != lab[p["name"]]]
if bad:
    sys.exit("run.sh: pinned host keys differ from pbxlab'"'"'s for " + ", ".join(bad))' "$work/hosts.json"

    t0=$(now_ms)
    rc=0
    /usr/bin/time -f 'PBXW_TIME %e %U %S' -o "$work/cli-time-$n.txt" \
        env HOME="$work/home" "$cli" --db "$db" audit --all --format json --parallel "$parallel" \
        >"$work/audit-$n.json" 2>"$work/audit-$n.err" || rc=$?
    wall=$(($(now_ms) - t0))
    # 2 = findings of medium or worse (expected on mixed hosts); 1 = a PBX could not be audited.
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
        echo "run.sh: audit of $n hosts failed with exit status $rc" >&2
        head -5 "$work/audit-$n.err" >&2
        exit 1
    fi
    python3 - "$work/audit-$n.json" "$n" "$wall" "$work/cli-time-$n.txt" >"$work/fleet-$n.txt" <<'PY'
import json, re, sys
pbxs = json.load(open(sys.argv[1]))["pbxs"]
ok = [p for p in pbxs if "score" in p]
findings = sum(len(p["findings"]) for p in ok)
t = re.search(r"PBXW_TIME (\S+) (\S+) (\S+)", open(sys.argv[4]).read())
cpu = float(t.group(2)) + float(t.group(3))
print(sys.argv[2], sys.argv[3], len(ok), findings, "%.2f" % cpu)
PY
    read -r _ _ okn _ _ <"$work/fleet-$n.txt"
    [ "$okn" -eq "$n" ] || { echo "run.sh: only $okn of $n hosts audited" >&2; exit 1; }
done

# --- One host: the collector beside lynis, alternating, each inside the host under /usr/bin/time ------
host=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[0]["name"])' "$work/hosts.json")
i=1
while [ "$i" -le "$reps" ] || [ "$i" -le "$lynis_reps" ]; do
    if [ "$i" -le "$reps" ]; then
        # As PBX Warden runs it: the script on standard input of `sh -s`, as root.
        "$pbxlab" exec "$host" -- /usr/bin/time -f 'PBXW_TIME %e %U %S %M' sh -s <"$collector" \
            >"$work/collector-$i.out" 2>"$work/collector-$i.err" || true
        # shellcheck disable=SC2046 # split "wall user sys" into $1 $2 $3
        set -- $(time_of "$work/collector-$i.err")
        [ $# -eq 3 ] || { echo "run.sh: the collector run $i was not timed" >&2; tail -3 "$work/collector-$i.err" >&2; exit 1; }
        echo "$1 $2 $3 $(wc -c <"$work/collector-$i.out")" >>"$work/collector.txt"
        echo "  collector run $i on $host: wall $1 s, user $2 s, sys $3 s" >&2
    fi
    if [ "$i" -le "$lynis_reps" ]; then
        "$pbxlab" exec "$host" -- /usr/bin/time -f 'PBXW_TIME %e %U %S %M' lynis audit system --quick --no-colors \
            </dev/null >"$work/lynis-$i.out" 2>"$work/lynis-$i.err" || true
        # shellcheck disable=SC2046
        set -- $(time_of "$work/lynis-$i.err")
        [ $# -eq 3 ] || { echo "run.sh: the lynis run $i was not timed" >&2; tail -3 "$work/lynis-$i.err" >&2; exit 1; }
        tests=$(sed -n 's/.*Tests performed *: *\([0-9]*\).*/\1/p' "$work/lynis-$i.out" | tail -n 1)
        echo "$1 $2 $3 ${tests:-?}" >>"$work/lynis.txt"
        echo "  lynis run $i on $host: wall $1 s, user $2 s, sys $3 s, ${tests:-?} tests" >&2
    fi
    i=$((i + 1))
done

python3 - "$work" "$host" "$delay" "$parallel" "$checks" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" <<'PY'
import glob, statistics, sys
work, host, delay, parallel, checks, cores, load = sys.argv[1:]
def runs(name):
    return [l.split() for l in open("%s/%s.txt" % (work, name))]
col, lyn = runs("collector"), runs("lynis")
med = lambda rows, f: statistics.median(f(r) for r in rows)
c_cpu, c_wall = med(col, lambda r: float(r[1]) + float(r[2])), med(col, lambda r: float(r[0]))
l_cpu, l_wall = med(lyn, lambda r: float(r[1]) + float(r[2])), med(lyn, lambda r: float(r[0]))
fleet = sorted((l.split() for f in glob.glob(work + "/fleet-*.txt") for l in open(f)), key=lambda r: int(r[0]))
print("PBX Warden audit, %s ms added each way, --parallel %s; collector vs lynis on %s (%d and %d runs, medians)"
      % (delay, parallel, host, len(col), len(lyn)))
hdr = ("N", "pbxwarden wall s", "console CPU s", "findings", "collector CPU s", "collector wall s",
       "lynis CPU s", "lynis wall s", "CPU ratio", "wall ratio")
fmt = "%-4s %16s %13s %9s %15s %16s %11s %12s %9s %10s"
print(fmt % hdr)
for n, wall_ms, ok, findings, cpu in fleet:
    print(fmt % (n, "%.2f" % (int(wall_ms) / 1000), cpu, findings, "%.2f" % c_cpu, "%.2f" % c_wall,
                 "%.2f" % l_cpu, "%.2f" % l_wall, "%.1fx" % (l_cpu / c_cpu), "%.1fx" % (l_wall / c_wall)))
print("collector runs (wall user sys bytes): " + "; ".join(" ".join(r) for r in col))
print("lynis runs (wall user sys tests): " + "; ".join(" ".join(r) for r in lyn))
tests = sorted({r[3] for r in lyn})
print("ratio = lynis / collector (above 1: the collector is cheaper). Not like for like: lynis runs %s generic "
      "tests (`lynis audit system --quick`), PBX Warden %s PBX-specific checks, judged on the console from "
      "one collector run. console CPU = user+sys of pbxwarden-cli for the whole fleet. %s cores, load %s."
      % ("/".join(tests), checks, cores, load))
PY
