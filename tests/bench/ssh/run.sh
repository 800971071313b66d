#!/bin/sh
# Fleet connect benchmark: PBX Warden (libssh through FleetRunner) beside parallel-ssh (OpenSSH),
# both connecting, authenticating and running one command on the same N pbxlab hosts with added
# latency, in the same run.
#
#   sudo tests/bench/ssh/run.sh [-d DELAY_MS] [-b BUILD_DIR] [N...]      (default: -d 50, N = 1 10 50)
#
# Brings up (or reuses) hosts named bench01.. in the lab at $PBXLAB_STATE (default
# /run/pbxlab-sshbench) with `pbxlab up --delay-ms DELAY`; leaves them up for the next run. Remove them
# with: PBXLAB_STATE=/run/pbxlab-sshbench tests/lab/pbxlab down
set -eu

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../../.." && pwd)
build="$src/build-ssh"
delay=50
while getopts d:b: opt; do
    case $opt in
    d) delay=$OPTARG ;;
    b) build=$OPTARG ;;
    *) exit 64 ;;
    esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || set -- 1 10 50
driver="$build/tests/bench/ssh/pbxwarden-bench-connect"
pbxlab="$src/tests/lab/pbxlab"
export PBXLAB_STATE="${PBXLAB_STATE:-/run/pbxlab-sshbench}"

[ "$(id -u)" -eq 0 ] || { echo "run.sh: pbxlab needs root" >&2; exit 77; }
[ -x "$driver" ] || { echo "run.sh: build the driver first: cmake --build $build --target pbxwarden-bench-connect" >&2; exit 69; }
command -v parallel-ssh >/dev/null || { echo "run.sh: parallel-ssh missing (apt-get install pssh)" >&2; exit 69; }

max=0
for n in "$@"; do [ "$n" -gt "$max" ] && max=$n; done

work=$(mktemp -d /tmp/pbxwarden-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT

# Hosts of this benchmark: bench* with the wanted delay and no loss.
select_hosts() {
    "$pbxlab" list --json | python3 -c '
import json, sys
delay = float(sys.argv[1])
hosts = [h for h in json.load(sys.stdin)
         if h["name"].startswith("bench") and h["running"] and float(h["delay_ms"]) == delay and not h["loss"]]
json.dump(sorted(hosts, key=lambda h: h["name"]), sys.stdout)' "$delay"
}
have=$(select_hosts | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
if [ "$have" -lt "$max" ]; then
    "$pbxlab" up $((max - have)) --profile insecure --prefix bench --delay-ms "$delay" >&2
fi
select_hosts >"$work/hosts.json"

# OpenSSH gets the same facts PBX Warden has: each host's key pinned (known_hosts written from the
# host's own public key, not fetched over the network), each host's root key, no agent, no config.
python3 - "$work" "$pbxlab" <<'PY'
import json, subprocess, sys
work, pbxlab = sys.argv[1], sys.argv[2]
hosts = json.load(open(work + "/hosts.json"))
with open(work + "/known_hosts", "w") as kh, open(work + "/ssh_config", "w") as cfg:
    for h in hosts:
        pub = subprocess.run([pbxlab, "exec", h["name"], "--", "cat", "/etc/ssh/ssh_host_ed25519_key.pub"],
                             capture_output=True, text=True, check=True).stdout.split()
        kh.write("%s %s %s\n" % (h["address"], pub[0], pub[1]))
        key = [a["key"] for a in h["accounts"] if a["user"] == "root"][0]
        cfg.write("Host %s\n  IdentityFile %s\n" % (h["address"], key))
    cfg.write("Host *\n  User root\n  IdentitiesOnly yes\n  IdentityAgent none\n  BatchMode yes\n"
              "  StrictHostKeyChecking yes\n  UserKnownHostsFile %s/known_hosts\n  GlobalKnownHostsFile /dev/null\n"
              "  HostKeyAlgorithms ssh-ed25519\n  ConnectTimeout 30\n" % work)
PY

now_ms() { date +%s%3N; }
# Round trips a client must wait for: TCP handshake, server banner + key exchange, ECDH reply,
# service request, authentication, channel open, exec and its answer.
round_trips=7
rtt=$((2 * delay))
printf '%-5s %14s %14s %8s %16s\n' N "pbxwarden ms" "pssh ms" "ratio" "lower bound ms"
for n in "$@"; do
    python3 -c 'import json,sys; [print(h["address"]) for h in json.load(open(sys.argv[1]))[:int(sys.argv[2])]]' \
        "$work/hosts.json" "$n" >"$work/hosts-$n.txt"
    ours=$("$driver" "$work/hosts.json" "$n" "$n" true 2>"$work/ours-$n.err" |
        python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); print(r["wall_ms"] if r["ok"] == r["n"] else "FAIL")') || ours=FAIL
    t0=$(now_ms)
    if parallel-ssh -h "$work/hosts-$n.txt" -p "$n" -t 60 -x "-F $work/ssh_config" true >"$work/pssh-$n.out" 2>&1; then
        theirs=$(($(now_ms) - t0))
    else
        theirs=FAIL
    fi
    ratio=$(python3 -c 'import sys; a, b = sys.argv[1:]; print("%.2f" % (float(a) / float(b)) if "FAIL" not in (a, b) else "-")' "$ours" "$theirs")
    printf '%-5s %14s %14s %8s %16s\n' "$n" "$ours" "$theirs" "$ratio" "$((round_trips * rtt))"
    [ "$ours" != FAIL ] || sed 's/^/  pbxwarden: /' "$work/ours-$n.err" | head -5 >&2
    [ "$theirs" != FAIL ] || grep -v SUCCESS "$work/pssh-$n.out" | sed 's/^/  pssh: /' | head -5 >&2
done
echo "ratio = pbxwarden / pssh (below 1: PBX Warden faster); lower bound = $round_trips round trips x $rtt ms (2 x ${delay} ms added per round trip)"
