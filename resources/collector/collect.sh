#!/bin/sh
# PBX Warden collector: prints one framed bundle of read-only facts about this PBX.
#
#   ==PBXW-SECTION name==
#   ...content (stdout and stderr of the command, capped)...
#   ==PBXW-END name rc=N==
#
# Read-only: no installs, no writes, no package list refresh. Every section runs under `timeout` and
# its output is capped with `head -c`. Content lines that start with "==PBXW-" (or "~==PBXW-",
# "~~==PBXW-", ...) get one more "~" in front, so a file on the PBX cannot forge a frame.
# rc=77 means the section needs root and the collector did not run as root; rc=127: tool missing.
PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
LC_ALL=C
export PATH LC_ALL
CAP=262144
FILECAP=524288
SECS=15
if [ "$(id -u 2>/dev/null)" = 0 ]; then ROOT=1; else ROOT=0; fi
# The console asks for root (--require-root): if sudo let it through as someone else, say so and stop
# rather than hand back a quieter audit of what that user can see.
if [ "${1:-}" = --require-root ] && [ "$ROOT" = 0 ]; then
    printf 'PBXW-NOT-ROOT uid=%s user=%s\n' "$(id -u 2>/dev/null)" "$(id -un 2>/dev/null)"
    exit 76
fi
if timeout 2 true >/dev/null 2>&1; then TMO="timeout -k 2 $SECS"; else TMO=""; fi

# fd 3: the bundle; each section's content is written there while its exit status is captured.
exec 3>&1

have() { command -v "$1" >/dev/null 2>&1; }

# frame NAME CAP CMD...: runs CMD with stdin closed, frames its output and exit status.
frame() {
    _n=$1
    _cap=$2
    shift 2
    printf '==PBXW-SECTION %s==\n' "$_n"
    _rc=$({ { $TMO "$@" 2>&1 </dev/null; echo $? >&4; } | head -c "$_cap" | tr -d '\000' | sed 's/^\(~*==PBXW-\)/~\1/' >&3; } 4>&1)
    printf '\n==PBXW-END %s rc=%s==\n' "$_n" "${_rc:-125}"
}
sec() { _s=$1; shift; frame "$_s" "$CAP" "$@"; }
# A section that needs root: says so instead of running when not root.
rootsec() {
    if [ "$ROOT" = 1 ]; then sec "$@"; else
        printf '==PBXW-SECTION %s==\nneeds root: the collector ran as uid %s\n==PBXW-END %s rc=77==\n' "$1" "$(id -u)" "$1"
    fi
}
tool() { if have "$2"; then sec "$@"; else
    printf '==PBXW-SECTION %s==\n%s: not installed\n==PBXW-END %s rc=127==\n' "$1" "$2" "$1"; fi; }
roottool() { if have "$2"; then rootsec "$@"; else
    printf '==PBXW-SECTION %s==\n%s: not installed\n==PBXW-END %s rc=127==\n' "$1" "$2" "$1"; fi; }
# file:PATH sections, only for regular files (symlinks followed), at most FILECAP bytes each.
fsec() { for _f in "$@"; do [ -f "$_f" ] && frame "file:$_f" "$FILECAP" cat -- "$_f"; done; return 0; }

sec meta sh -c 'echo "collector=1"; echo "uid=$(id -u)"; echo "user=$(id -un)"; echo "hostname=$(hostname 2>/dev/null || cat /etc/hostname)"; echo "epoch=$(date +%s)"'
sec os-release cat /etc/os-release
sec uname uname -a

# Updates: simulate only, from the package lists already on the PBX.
tool updates-apt apt-get -s -o Debug::NoLocking=1 upgrade
if have dnf; then
    sec updates-dnf dnf -C -q check-update
    sec updates-dnf-security dnf -C -q updateinfo list --security
elif have yum; then
    sec updates-dnf yum -C -q check-update
    sec updates-dnf-security yum -C -q updateinfo list security
fi
sec update-history sh -c 'for f in /var/log/apt/history.log /var/log/dnf.rpm.log /var/log/yum.log; do [ -r "$f" ] && { echo "### $f"; grep -E "^(Start-Date|End-Date|Upgrade|Commandline)|Upgraded|Updated" "$f" | tail -n 60; }; done; echo "### stamps"; for f in /var/lib/apt/periodic/* /var/lib/dpkg/status /var/lib/rpm/rpmdb.sqlite /var/lib/rpm/Packages; do [ -e "$f" ] && echo "$(date -r "$f" +%s 2>/dev/null) $f"; done; true'

tool ss ss -H -tulpn
roottool iptables-save iptables-save
roottool ip6tables-save ip6tables-save
roottool nft nft -j list ruleset
tool firewalld firewall-cmd --state
roottool ufw ufw status verbose

roottool fail2ban-status fail2ban-client status
if [ "$ROOT" = 1 ] && have fail2ban-client; then
    sec fail2ban-jails sh -c 'for j in $(fail2ban-client status 2>/dev/null | sed -n "s/.*Jail list:[[:space:]]*//p" | tr "," " "); do echo "### $j"; fail2ban-client status "$j"; done'
fi
fsec /etc/fail2ban/jail.conf /etc/fail2ban/jail.local /etc/fail2ban/jail.d/*.conf /etc/fail2ban/jail.d/*.local

roottool sshd-T sshd -T
roottool sshd-T-external sshd -T -C user=root,host=pbxw-audit.invalid,addr=203.0.113.77
fsec /etc/ssh/sshd_config /etc/ssh/sshd_config.d/*.conf
# The boot-time firewall and PBX Warden's own rules (the firewall fix edits them; no secrets in them).
fsec /etc/nftables.conf /etc/pbxwarden-firewall.nft

fsec /etc/passwd /etc/group
rootsec shadow-status awk -F: '{ s = "locked"; if ($2 == "") s = "empty"; else if (substr($2, 1, 1) == "$") s = "password"; print $1 ":" s }' /etc/shadow
# Only root's hash, only to test it against vendor defaults on the console; never stored.
rootsec root-hash awk -F: '$1 == "root" { print $2 }' /etc/shadow
if [ "$ROOT" = 1 ]; then fsec /etc/sudoers /etc/sudoers.d/*; else rootsec sudoers true; fi
for _h in /root $(awk -F: '$3 >= 1000 && $3 < 65534 { print $6 }' /etc/passwd 2>/dev/null); do
    _u=$(stat -c %U "$_h" 2>/dev/null)
    # A home is read as its owner: a symlink there must not make root read a file for that user.
    if [ "$ROOT" = 1 ] && [ -n "$_u" ] && [ "$_u" != root ] && [ "$_u" != UNKNOWN ] && have runuser; then
        for _f in "$_h/.ssh/authorized_keys" "$_h/.ssh/authorized_keys2"; do
            runuser -u "$_u" -- test -f "$_f" 2>/dev/null && frame "file:$_f" "$FILECAP" runuser -u "$_u" -- cat -- "$_f"
        done
    else
        fsec "$_h/.ssh/authorized_keys" "$_h/.ssh/authorized_keys2"
    fi
done
tool lastlog lastlog
tool last last -n 100 -F

tool asterisk-V asterisk -V
roottool asterisk-version asterisk -rx "core show version"
roottool asterisk-chan-modules asterisk -rx "module show like chan_"
# Live facts, the CLI twins of AMI's PJSIPShowEndpoints, PJSIPShowContacts and CoreSettings.
roottool ast-pjsip-endpoints asterisk -rx "pjsip show endpoints"
roottool ast-pjsip-contacts asterisk -rx "pjsip show contacts"
roottool ast-settings asterisk -rx "core show settings"
roottool ast-manager-settings asterisk -rx "manager show settings"
# chan_sip answers this only when it is loaded ("No such command" otherwise).
roottool asterisk-sip-peers asterisk -rx "sip show peers"
# Every Asterisk file that matters, and what those files #include / #tryinclude. Whoever owns
# /etc/asterisk (FreePBX: the asterisk user) writes these files and their #include lines, so they are
# read the way Asterisk reads them: only inside its configuration directory (after every symlink and
# "..") and with Asterisk's privileges, never root's (else that user could have root copy /etc/shadow).
ASTDIR=/etc/asterisk
ASTREAL=$(realpath -e -- "$ASTDIR" 2>/dev/null || readlink -f -- "$ASTDIR" 2>/dev/null)
ASTUSER=""
ASREAD=""
if [ "$ROOT" = 1 ]; then
    if id -u asterisk >/dev/null 2>&1; then
        ASTUSER=asterisk
    else
        _o=$(stat -c %U "$ASTDIR" 2>/dev/null)
        case "$_o" in "" | root | UNKNOWN) ;; *) ASTUSER=$_o ;; esac
    fi
    # Only root could write the directory when no other account is Asterisk's: root reads as root.
    if [ -n "$ASTUSER" ]; then
        if have runuser; then ASREAD="runuser -u $ASTUSER --"
        elif have setpriv; then ASREAD="setpriv --reuid=$ASTUSER --regid=$(id -g "$ASTUSER") --init-groups --"
        else ASREAD=none; fi
    fi
fi
INCLOG="reader=${ASTUSER:-$(id -un 2>/dev/null)}
"
if [ "$ASREAD" = none ]; then INCLOG="${INCLOG}refused: no runuser or setpriv to read as $ASTUSER
"; fi
ASTDONE="
"
# astfile NAME FROM: a file:NAME section when NAME is a regular file inside Asterisk's directory,
# read with Asterisk's privileges; otherwise a line in asterisk-includes saying why not.
astfile() {
    case "$ASTDONE" in *"
$1
"*) return 0 ;; esac
    ASTDONE="$ASTDONE$1
"
    _r=$(realpath -e -- "$1" 2>/dev/null || readlink -f -- "$1" 2>/dev/null)
    if [ -z "$_r" ] || [ ! -e "$_r" ]; then
        INCLOG="${INCLOG}not-found $1 (from $2)
"
        return 0
    fi
    case "$_r" in
        "$ASTREAL"/*) ;;
        *) INCLOG="${INCLOG}refused $1 (from $2): resolves outside $ASTDIR
"
           return 0 ;;
    esac
    if [ ! -f "$_r" ]; then
        INCLOG="${INCLOG}refused $1 (from $2): not a regular file
"
        return 0
    fi
    [ "$ASREAD" = none ] && return 0
    frame "file:$1" "$FILECAP" $ASREAD cat -- "$_r"
    if [ "$_rc" = 0 ]; then INCLOG="${INCLOG}read $1 (from $2)
"; else INCLOG="${INCLOG}unreadable $1 (from $2): not readable by ${ASTUSER:-$(id -un)}
"; fi
    ASTNEXT="$ASTNEXT$1
"
}
ASTNEXT=""
for _f in $ASTDIR/pjsip*.conf $ASTDIR/sip*.conf $ASTDIR/iax*.conf $ASTDIR/manager*.conf \
    $ASTDIR/extensions*.conf $ASTDIR/http*.conf $ASTDIR/voicemail.conf $ASTDIR/logger*.conf \
    $ASTDIR/acl.conf $ASTDIR/modules.conf $ASTDIR/asterisk.conf $ASTDIR/ari*.conf; do
    [ -e "$_f" ] || [ -L "$_f" ] || continue
    astfile "$_f" "$ASTDIR"
done
# Includes of the files read, four levels deep (Asterisk's own limit is higher; the checks need few).
_level=0
while [ -n "$ASTNEXT" ] && [ "$_level" -lt 4 ] && [ "$ASREAD" != none ]; do
    _level=$((_level + 1))
    _files=$ASTNEXT
    ASTNEXT=""
    # No glob expansion while include lines are split into words: only inside $ASTDIR, below.
    set -f
    for _from in $_files; do
        _r=$(realpath -e -- "$_from" 2>/dev/null || readlink -f -- "$_from" 2>/dev/null)
        for _i in $($TMO $ASREAD sed -n 's/^[[:space:]]*#\(try\)\{0,1\}include[[:space:]]*[<"]\{0,1\}\([^>"[:space:]]*\).*/\2/p' "$_r" 2>/dev/null | head -n 200); do
            # Relative to the configuration directory, as Asterisk resolves them.
            case "$_i" in
                /*) _t=$_i ;;
                *) _t="$ASTDIR/$_i" ;;
            esac
            # Refused before any glob is expanded: the names of files outside must not reach the facts.
            case "$_t" in
                */../* | */.. | */./* | */.)
                    INCLOG="${INCLOG}refused $_i (from $_from): \"..\" or \".\" in the path
"
                    continue ;;
                "$ASTDIR"/*) ;;
                *)
                    INCLOG="${INCLOG}refused $_i (from $_from): outside $ASTDIR
"
                    continue ;;
            esac
            set +f
            for _g in $_t; do astfile "$_g" "$_from"; done
            set -f
        done
    done
    set +f
done
frame asterisk-includes "$CAP" printf '%s' "$INCLOG"
sec asterisk-logs sh -c 'ls -ln --time-style=+%s /var/log/asterisk/ /var/log/auth.log /var/log/secure /var/log/asterisk/messages /var/log/asterisk/messages.log /var/log/asterisk/security /var/log/asterisk/security.log 2>&1; true'
# Last call of each endpoint in the last 5000 lines of cdr_csv's Master.csv: its channel or answered
# destination channel (e.g. PJSIP/1001-0000002a) and the call's start; "first": the oldest start read.
# Summed up on the PBX: the numbers dialled and the callers' names never leave it. rc=3: the folder
# exists but holds no Master.csv (no call was ever recorded); rc=4: no folder; rc=77: not readable.
cdr_last_seen() {
    [ -d /var/log/asterisk/cdr-csv ] || { echo "no /var/log/asterisk/cdr-csv"; return 4; }
    [ -e /var/log/asterisk/cdr-csv/Master.csv ] || { echo "no /var/log/asterisk/cdr-csv/Master.csv"; return 3; }
    [ -r /var/log/asterisk/cdr-csv/Master.csv ] || { echo "needs root: Master.csv is not readable by uid $(id -u)"; return 77; }
    tail -n 5000 /var/log/asterisk/cdr-csv/Master.csv | awk -F'","' '$10 ~ /^[0-9][0-9][0-9][0-9]-/ { for (i = 6; i <= 7; i++) { if ($i == "" || (i == 7 && $0 !~ /"ANSWERED"/)) continue; n = split($i, c, "-"); x = c[1]; for (j = 2; j < n; j++) x = x "-" c[j]; sub(/^[A-Za-z0-9]*\//, "", x); if (x != "" && $10 > last[x]) last[x] = $10 } if (first == "" || $10 < first) first = $10 } END { print "first " first; for (e in last) print e " " last[e] }'
}
funcsec() { _t=$TMO; TMO=""; sec "$@"; TMO=$_t; }
funcsec cdr-last-seen cdr_last_seen

sec web sh -c 'for d in /etc/nginx /etc/apache2 /etc/httpd /etc/lighttpd; do [ -d "$d" ] && { echo "### $d"; grep -rhsE "^[[:space:]]*(listen|Listen|SSLEngine|ssl_certificate|server\.port|ssl\.engine|\\\$SERVER)" "$d" | head -n 100; }; done; true'
sec flavor sh -c 'for f in /etc/freepbx.conf /usr/sbin/fwconsole /var/lib/asterisk/bin/fwconsole /etc/issabelpbx.conf /usr/sbin/issabel-helper /etc/vitalpbx /usr/share/vitalpbx /etc/schmooze /etc/sangoma /etc/completepbx /etc/xorcom; do [ -e "$f" ] && echo "$f"; done; true'
sec backups sh -c 'for d in /var/spool/asterisk/backup /var/lib/asterisk/backups /backup /backups /var/backups/asterisk /var/www/backup; do [ -d "$d" ] && find "$d" -maxdepth 3 -type f -printf "%T@ %s %p\n" 2>/dev/null | head -n 500; done; true'
if [ "$ROOT" = 1 ]; then
    fsec /etc/crontab /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*
else
    fsec /etc/crontab /etc/cron.d/*
    rootsec user-crontabs true
fi
sec cron-dirs sh -c 'ls -1 /etc/cron.daily /etc/cron.weekly /etc/cron.monthly 2>/dev/null; ls -1 /etc/systemd/system/*.timer 2>/dev/null; true'
# The PBX's country, for its numbering plan (00 vs 011; NANP 900 premium-rate; UK 01 national):
# indications.conf's country and chan_dahdi.conf's zones, one "file:key=value" line each.
country_facts() {
    for _f in /etc/asterisk/indications.conf /etc/asterisk/chan_dahdi.conf; do
        [ -r "$_f" ] || continue
        sed -nE 's/^[[:space:]]*(country|defaultzone|loadzone|tonezone)[[:space:]]*=>?[[:space:]]*([A-Za-z]+).*/\1=\2/p' "$_f" |
            head -n 4 | sed "s|^|${_f##*/}:|"
    done
    return 0
}
funcsec country country_facts
# Last logins on releases that ship util-linux's lastlog2 instead of lastlog (Debian 13).
lastlog2_facts() { if have lastlog2; then lastlog2; else echo "lastlog2: not installed"; return 127; fi; }
funcsec lastlog2 lastlog2_facts
# The host's own addresses (JSON), so a listener on every address of a host with private addresses
# only is not called Internet-facing.
tool ip-addr ip -j addr show
exit 0
