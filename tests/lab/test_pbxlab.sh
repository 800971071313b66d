#!/usr/bin/env bash
# End-to-end test of tests/lab/pbxlab. Run as root:  bash tests/lab/test_pbxlab.sh
# Brings up 2 insecure + 1 hardened host (the hardened one behind a 50 ms relay) in a private
# state directory, checks them from the outside (SSH, list --json, exec, rekey, latency) and
# checks that `down` leaves nothing behind. Prints "N passed, M failed"; exits non-zero on a failure.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
PBXLAB="$HERE/pbxlab"
export PBXLAB_STATE="/run/pbxlab-test.$$"
unset PBXLAB_SIM
PASS=0
FAIL=0
LOG=$(mktemp /tmp/pbxlab-test.XXXXXX)
SNAP=""
SSHO="-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o ConnectTimeout=10"

ok() { echo "PASS: $*"; PASS=$((PASS + 1)); }
ko() { echo "FAIL: $*"; FAIL=$((FAIL + 1)); sed 's/^/    | /' "$LOG" | tail -15; }
# check "description" command... : passes when the command succeeds
check() { local d=$1; shift; if "$@" >"$LOG" 2>&1; then ok "$d"; else ko "$d"; fi; }
# refuse "description" command... : passes when the command fails
refuse() { local d=$1; shift; if "$@" >"$LOG" 2>&1; then ko "$d"; else ok "$d"; fi; }
finish() {
    "$PBXLAB" down >/dev/null 2>&1
    rm -f "$LOG" "$SNAP"
    echo "$PASS passed, $FAIL failed"
    [ "$FAIL" -eq 0 ]
    exit $?
}

if [ "$(id -u)" != 0 ]; then echo "FAIL: must run as root"; FAIL=1; finish; fi
for t in ip iptables sshpass ssh ssh-keygen ssh-keyscan nsenter unshare /usr/sbin/sshd python3; do
    command -v "$t" >/dev/null || { echo "FAIL: missing tool $t (see tests/lab/README.md, Packages)"; FAIL=$((FAIL + 1)); }
done
[ "$FAIL" -eq 0 ] || finish
trap finish INT TERM

TAG=$(python3 -c 'import hashlib,os,sys; print(hashlib.sha256(os.path.abspath(sys.argv[1]).encode()).hexdigest()[:4])' "$PBXLAB_STATE")
# The machine's account files may be changed meanwhile by other tests on this machine (useradd):
# compare root's entries, look for anything the lab would write, and checksum the rest.
SNAP=$(mktemp /tmp/pbxlab-snap.XXXXXX)
machine_files() {
    python3 - "$@" <<'EOF'
import hashlib, json, sys
def lines(p):
    try:
        return open(p).read().splitlines()
    except OSError:
        return []
snap = {
    "root": [l for f in ("/etc/passwd", "/etc/shadow", "/etc/group") for l in lines(f) if l.startswith("root:")],
    "lab_lines": [l for f in ("/etc/passwd", "/etc/shadow", "/etc/group", "/etc/gshadow") for l in lines(f)
                  if l.startswith(("admin:", "asterisk:")) or "PBX administrator" in l],
    "sums": {f: hashlib.sha256(open(f, "rb").read()).hexdigest() for f in
             ("/etc/ssh/sshd_config", "/etc/hostname", "/etc/hosts", "/etc/sudoers")},
}
if sys.argv[1] == "save":
    json.dump(snap, open(sys.argv[2], "w"))
else:
    before = json.load(open(sys.argv[2]))
    for k in snap:
        if snap[k] != before[k]:
            sys.exit("machine's %s changed: %r -> %r" % (k, before[k], snap[k]))
EOF
}
machine_files save "$SNAP"
MACHINE_ETC_ASTERISK=$(ls -la /etc/asterisk 2>&1)

check "up 2 insecure" "$PBXLAB" up 2 --profile insecure
check "up 1 hardened with --delay-ms 50" "$PBXLAB" up 1 --profile hardened --prefix hard --delay-ms 50
check "up 0 is idempotent" "$PBXLAB" up 0
JSON=$("$PBXLAB" list --json 2>"$LOG")
echo "$JSON" >"$LOG"

# q EXPR: evaluate a python expression over the parsed list (variable L) and print it
q() { python3 -c 'import json,sys; L=json.loads(sys.argv[1]); print(eval(sys.argv[2]))' "$JSON" "$1"; }
check "list --json has the documented schema" python3 - "$JSON" <<'EOF'
import json, sys, os, ipaddress
L = json.loads(sys.argv[1])
assert len(L) == 3, len(L)
assert sorted(h["profile"] for h in L) == ["hardened", "insecure", "insecure"]
addrs = set()
for h in L:
    for k in ("name", "address", "ssh_port", "ami_port", "profile", "accounts", "host_key_sha256"):
        assert k in h, k
    assert h["ssh_port"] == 22 and h["ami_port"] == 5038
    assert ipaddress.ip_address(h["address"]) in ipaddress.ip_network("198.18.0.0/15")
    addrs.add(h["address"])
    assert h["host_key_sha256"].startswith("SHA256:")
    users = [a["user"] for a in h["accounts"]]
    assert users == ["root", "admin"], users
    for a in h["accounts"]:
        assert a["password"] and a["sudo"] is True
        assert os.path.isfile(a["key"]) and os.path.isfile(a["key"] + ".pub"), a["key"]
assert len(addrs) == 3
EOF

I1=$(q 'L[0]["name"]'); A1=$(q 'L[0]["address"]')
I2=$(q 'L[1]["name"]')
H=$(q 'L[2]["name"]'); AH=$(q 'L[2]["address"]')
key() { q "[a for h in L if h['name']=='$1' for a in h['accounts'] if a['user']=='$2'][0]['key']"; }
pw() { q "[a for h in L if h['name']=='$1' for a in h['accounts'] if a['user']=='$2'][0]['password']"; }
fp() { "$PBXLAB" list --json | python3 -c 'import json,sys; print([h for h in json.load(sys.stdin) if h["name"]==sys.argv[1]][0]["host_key_sha256"])' "$1"; }
ssh_key() { local host=$1 user=$2 addr=$3; shift 3; timeout 30 ssh $SSHO -o BatchMode=yes -o PasswordAuthentication=no -i "$(key "$host" "$user")" "$user@$addr" "$@"; }
ssh_pw() { local host=$1 user=$2 addr=$3; shift 3; timeout 30 sshpass -p "$(pw "$host" "$user")" ssh $SSHO -o PubkeyAuthentication=no -o PreferredAuthentications=password "$user@$addr" "$@"; }

export -f ssh_key ssh_pw key pw q
export JSON PBXLAB SSHO

# ---- SSH
check "insecure: root logs in with its key" bash -c "[ \"\$(ssh_key $I1 root $A1 hostname)\" = $I1 ]"
check "insecure: root logs in with its password" ssh_pw "$I1" root "$A1" true
check "insecure: admin logs in with key and password" bash -c "ssh_key $I1 admin $A1 true && ssh_pw $I1 admin $A1 true"
check "insecure: asterisk -rx works over SSH and says end-of-life" bash -c "ssh_key $I1 root $A1 'asterisk -rx \"core show version\"' | grep -E '^Asterisk (16|18)\.'"
check "hardened: admin logs in with its key" ssh_key "$H" admin "$AH" true
check "hardened: admin logs in with its password (from the admin address)" ssh_pw "$H" admin "$AH" true
check "hardened: admin has sudo with its password" bash -c "ssh_key $H admin $AH \"echo '\$(pw $H admin)' | sudo -S -p '' /usr/sbin/asterisk -rx 'core show version'\" | grep '^Asterisk 22\.'"
refuse "hardened: sshd refuses root with its key" ssh_key "$H" root "$AH" true
refuse "hardened: sshd refuses root with its password" ssh_pw "$H" root "$AH" true

# ---- exec and isolation
check "exec sees the host's own pjsip.conf" bash -c "\"$PBXLAB\" exec $I1 -- cat /etc/asterisk/pjsip.conf | grep -q 'pjsip.conf of $I1'"
check "exec sees the host's own hostname and root password hash" bash -c "[ \"\$(\"$PBXLAB\" exec $I2 -- hostname)\" = $I2 ] && ! \"$PBXLAB\" exec $I2 -- cat /etc/shadow | cmp -s - /etc/shadow"
check "hardened host: firewall drops by default, SSH only from the admin address" bash -c "\"$PBXLAB\" exec $H -- iptables -S INPUT | grep -q -- '-P INPUT DROP' && \"$PBXLAB\" exec $H -- iptables -S INPUT | grep -q -- '--dport 22 -j ACCEPT'"
check "insecure host: no firewall rules" bash -c "[ \$(\"$PBXLAB\" exec $I1 -- iptables -S | grep -c -- '^-A') = 0 ]"
check "sshd config of every host passes sshd -t" bash -c "for h in $I1 $I2 $H; do \"$PBXLAB\" exec \$h -- /usr/sbin/sshd -t -f /etc/ssh/sshd_config || exit 1; done"
check "hardened host has a backup younger than a day and a cron entry" bash -c "\"$PBXLAB\" exec $H -- sh -c 'test -n \"\$(find /var/spool/asterisk/backup -name \"*.tar.gz\" -mmin -1440)\" && grep -q pbx-backup /etc/cron.d/pbx-backup'"
check "machine's /etc/passwd, shadow, group, sshd_config, sudoers untouched" machine_files compare "$SNAP"
check "machine's /etc/asterisk untouched" bash -c "[ \"\$(ls -la /etc/asterisk 2>&1)\" = \"$MACHINE_ETC_ASTERISK\" ]"

# ---- rekey
OLD=$(fp "$I2")
check "rekey gives new host keys" "$PBXLAB" rekey "$I2"
NEW=$(fp "$I2")
echo "    rekey $I2: $OLD -> $NEW"
check "rekey changed the fingerprint in list --json" bash -c "[ -n '$NEW' ] && [ '$OLD' != '$NEW' ]"
A2=$(q 'L[1]["address"]')
check "sshd serves the new host key" bash -c "ssh-keyscan -t ed25519 $A2 2>/dev/null | ssh-keygen -l -E sha256 -f - | grep -q -F '$NEW'"

# ---- crash repair: kill one sshd by its recorded pid, `up 0` brings it back
SSHD_PID=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pids"]["sshd"][0])' "$PBXLAB_STATE/hosts/$I1/host.json")
kill "$SSHD_PID" 2>/dev/null; sleep 0.3
check "up repairs a host whose sshd died" bash -c "\"$PBXLAB\" up 0 && ssh_key $I1 root $A1 true"

# ---- latency through the relay
LAT=$(python3 - "$A1" "$AH" <<'EOF'
import socket, sys, time
def banner(addr):
    best = None
    for _ in range(3):
        t = time.monotonic()
        s = socket.create_connection((addr, 22), timeout=10)
        s.recv(100)
        d = (time.monotonic() - t) * 1000
        s.close()
        best = d if best is None else min(best, d)
    return best
print("%.1f %.1f" % (banner(sys.argv[1]), banner(sys.argv[2])))
EOF
)
read -r LAT_PLAIN LAT_DELAY <<<"$LAT"
T0=$(date +%s%N); ssh_key "$H" admin "$AH" true; T1=$(date +%s%N)
echo "    SSH banner round trip: ${LAT_PLAIN} ms without relay, ${LAT_DELAY} ms with --delay-ms 50; full key login + exec: $(( (T1 - T0) / 1000000 )) ms"
check "delay: a round trip through the relay takes at least the delay" python3 -c "import sys; sys.exit(0 if float('$LAT_DELAY') >= 50 else 1)"

# ---- PBXLAB_SIM hook (optional): PBXLAB_TEST_SIM=path/to/pbxsim bash tests/lab/test_pbxlab.sh
if [ -n "${PBXLAB_TEST_SIM:-}" ]; then
    check "up 1 with PBXLAB_SIM" env PBXLAB_SIM="$PBXLAB_TEST_SIM" "$PBXLAB" up 1 --profile insecure --prefix sim
    AS=$("$PBXLAB" list --json | python3 -c 'import json,sys; print([h for h in json.load(sys.stdin) if h["name"]=="sim01"][0]["address"])')
    check "sim: AMI answers on address:5038 and admin/amp111 logs in" python3 - "$AS" <<'EOF'
import socket, sys, time
s = socket.create_connection((sys.argv[1], 5038), timeout=10)
s.settimeout(10)
assert s.recv(100).startswith(b"Asterisk Call Manager/")
s.sendall(b"Action: Login\r\nUsername: admin\r\nSecret: amp111\r\n\r\n")
buf = b""
while b"\r\n\r\n" not in buf:
    buf += s.recv(4096)
assert b"Response: Success" in buf, buf
EOF
    check "sim: asterisk -rx is answered by the simulator" bash -c "\"$PBXLAB\" exec sim01 -- asterisk -rx 'core show version' | grep -E '^Asterisk (16|18)\.'"
else
    echo "SKIP: PBXLAB_SIM hook (set PBXLAB_TEST_SIM=path/to/pbxsim to test it)"
fi

# ---- loss through the relay: --loss 100 black-holes every connection, clients time out
check "up 1 with --loss 100" "$PBXLAB" up 1 --profile insecure --prefix lossy --loss 100
AL=$("$PBXLAB" list --json | python3 -c 'import json,sys; print([h for h in json.load(sys.stdin) if h["name"]=="lossy01"][0]["address"])')
check "loss: a client sees a time-out, not a banner" python3 - "$AL" <<'EOF'
import socket, sys
s = socket.create_connection((sys.argv[1], 22), timeout=5)
s.settimeout(2)
try:
    data = s.recv(100)
    sys.exit("got %r" % data)
except socket.timeout:
    print("timed out as expected")
EOF

# ---- down
PIDS=$(python3 -c '
import json, glob, sys
for f in glob.glob(sys.argv[1] + "/hosts/*/host.json"):
    for rec in json.load(open(f))["pids"].values():
        print(rec[0])' "$PBXLAB_STATE")
PIDS=$(echo $PIDS)
NSPIDS=$(for ns in $(ip netns list | awk '{print $1}' | grep "^pbxlab-$TAG-"); do ip netns pids "$ns"; done | tr '\n' ' ')
check "down" "$PBXLAB" down
check "down is idempotent" "$PBXLAB" down
refuse "no network namespace left" bash -c "ip netns list | grep -q '^pbxlab-$TAG-'"
refuse "no veth or bridge left" bash -c "ip -o link show | grep -q -E ': (pl${TAG}h[0-9]+|plb${TAG})[@:]'"
check "no process left" bash -c "for p in $PIDS $NSPIDS; do [ -e /proc/\$p ] && ! grep -q '^State:.*Z' /proc/\$p/status && { echo alive \$p; exit 1; }; done; exit 0"
refuse "no relay NAT chain left" iptables -t nat -S "PBXLAB-$TAG"
refuse "no state dir left" test -e "$PBXLAB_STATE"
check "machine's files still untouched after down" machine_files compare "$SNAP"
finish
