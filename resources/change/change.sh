# PBX Warden change engine, PBX side (POSIX sh, run as root over one SSH exec).
#
# Started by a fixed bootstrap line that copies this script to a private temp dir and runs
#   sh change.sh TMPDIR            (action and data on standard input)
#   sh change.sh - ACTION ID       (only the dead-man timer, on the PBX itself)
# Standard input: one line "ACTION ID", then for "apply" the plan payload written by the console
# (ChangeProtocol.cpp): a text header up to the line "end", then the blobs it points into.
# Every file, path and command comes in a blob; nothing from the plan is ever pasted into code here.
# Commands are lines the console built through ShellQuote; they run with "sh FILE".
#
# Output on stdout, for the console: lines "PBXW <word> ...", and blobs "PBXW blob KIND INDEX LENGTH"
# followed by exactly LENGTH bytes and a newline. Everything else goes to stderr.
#
# The journal of change ID is /var/lib/pbxwarden/changes/ID (0700, root only):
#   state            one word, replaced atomically (write + rename)
#   plan             the payload as received;  change.sh  this script (for the dead-man)
#   files/N.path     target path; N.new new content; N.old backup (or N.absent); N.meta "mode uid:gid"
#   cmd/validate.N, cmd/check.N, cmd/reload.N   commands;  deadman, deadman.pid   the armed timer
# States: received backed-up validated armed installing installed reloaded (not final: the console
# still has to verify and commit) committed refused invalid rolled-back undone (final).

umask 077
LC_ALL=C
export LC_ALL
PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH
export PATH
# The console may go away mid-change: never die on a closed pipe, finish the step and keep the journal.
trap '' PIPE HUP

ROOT=/var/lib/pbxwarden/changes
TMP=$1
if [ "$TMP" = - ]; then
    ACTION=$2
    ID=$3
else
    IFS=' ' read -r ACTION ID || exit 125
fi

# Never fail: the console may be gone (closed pipe), and a step's status must not depend on it.
say() {
    printf 'PBXW %s\n' "$*" 2>/dev/null
    return 0
}
# sh has no local variables: helpers use names of their own (_x) so they never clobber a caller's loop.
blob() { # KIND INDEX FILE
    _bn=$(wc -c < "$3" | tr -d ' ')
    printf 'PBXW blob %s %s %s\n' "$1" "$2" "$_bn" 2>/dev/null
    cat -- "$3" 2>/dev/null
    printf '\n' 2>/dev/null
    return 0
}
finish() { say "done $1"; exit "${2:-0}"; }
fail() { say "error $*"; finish failed 1; }

case $ID in
'' | *[!A-Za-z0-9._-]* | .*) [ "$ACTION" = list ] || fail bad-id ;;
esac
J=$ROOT/$ID

sha() { # FILE -> hex digest
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum < "$1" | cut -c1-64
    else
        openssl dgst -sha256 -r < "$1" | cut -c1-64
    fi
}
cursha() { # PATH -> digest or "absent"
    if [ -e "$1" ] || [ -L "$1" ]; then sha "$1"; else echo absent; fi
}
setstate() {
    printf '%s\n' "$1" > "$J/state.tmp" && mv -f "$J/state.tmp" "$J/state"
    say "state $1"
}
state() { cat "$J/state" 2>/dev/null || echo none; }
stopat() { # test-only: stop dead after STEP, as if the connection had been cut there
    if [ -f "$J/stop-after" ] && [ "$(cat "$J/stop-after")" = "$1" ]; then
        say "stopped $1"
        exit 99
    fi
}

lock() {
    tries=0
    until mkdir "$J/lock" 2>/dev/null; do
        holder=$(cat "$J/lock/pid" 2>/dev/null)
        # A holder that died (connection cut, stop-after) leaves its lock behind: take it over.
        if [ -n "$holder" ] && ! kill -0 "$holder" 2>/dev/null; then
            rm -rf "$J/lock"
            continue
        fi
        tries=$((tries + 1))
        [ $tries -gt 120 ] && return 1
        sleep 1
    done
    echo $$ > "$J/lock/pid"
    LOCKED=1
}
cleanup() {
    [ -n "$LOCKED" ] && rm -rf "$J/lock"
    [ -n "$TMP" ] && [ "$TMP" != - ] && rm -rf "$TMP"
}
trap cleanup EXIT

count() { cat "$J/files/count" 2>/dev/null || echo 0; }

runcmds() { # KIND STEPNAME -> 0 when every command of KIND succeeded
    k=0
    while [ -f "$J/cmd/$1.$k" ]; do
        sh "$J/cmd/$1.$k" > "$J/out.$1.$k" 2>&1 < /dev/null
        rc=$?
        blob "out-$1" $k "$J/out.$1.$k"
        if [ $rc -ne 0 ]; then
            say "step $2 failed $k $rc"
            return 1
        fi
        k=$((k + 1))
    done
    say "step $2 ok"
    return 0
}

put() { # SRC TARGET MODE OWNER INDEX: temp file beside the target, then one rename
    dir=$(dirname -- "$2")
    tmp="$dir/.pbxwarden-$ID-$5.tmp"
    rm -f -- "$tmp"
    cat -- "$1" > "$tmp" || { rm -f -- "$tmp"; return 1; }
    chown -- "$4" "$tmp" && chmod -- "$3" "$tmp" || { rm -f -- "$tmp"; return 1; }
    # The SELinux label of the file it replaces, where SELinux is on (RHEL-like hosts).
    if [ -e "$2" ] && command -v chcon >/dev/null 2>&1 && command -v selinuxenabled >/dev/null 2>&1 \
        && selinuxenabled; then
        chcon --reference="$2" -- "$tmp" || { rm -f -- "$tmp"; return 1; }
    fi
    # On disk before the rename, so a crash leaves the old or the new file, never an empty one.
    sync -- "$tmp" 2>/dev/null || sync
    mv -f -- "$tmp" "$2" || { rm -f -- "$tmp"; return 1; }
    sync -- "$dir" 2>/dev/null || sync
    return 0
}

restore_files() { # puts every backup back; a file that did not exist is removed
    i=0
    n=$(count)
    bad=0
    while [ $i -lt "$n" ]; do
        p=$(cat "$J/files/$i.path")
        if [ -f "$J/files/$i.absent" ]; then
            rm -f -- "$p" || bad=1
        elif [ -f "$J/files/$i.old" ]; then
            read -r mode owner < "$J/files/$i.meta"
            if [ "$(cursha "$p")" != "$(sha "$J/files/$i.old")" ]; then
                put "$J/files/$i.old" "$p" "$mode" "$owner" "$i" || bad=1
            fi
        fi
        want=absent
        [ -f "$J/files/$i.old" ] && want=$(sha "$J/files/$i.old")
        [ -f "$J/files/$i.absent" ] && want=absent
        c=$(cursha "$p")
        say "sha $i $c"
        # The old state is back only when every file has its old hash again.
        [ "$c" = "$want" ] || { say "restore-differs $i $c $want"; bad=1; }
        i=$((i + 1))
    done
    return $bad
}

rollback() { # restore, then reload what the change reloaded
    setstate rolling-back
    if restore_files; then say "step restore ok"; else say "step restore failed"; fi
    runcmds reload reload-old
    setstate "${1:-rolled-back}"
}

cancel_deadman() {
    case $(cat "$J/deadman" 2>/dev/null) in
    systemd)
        systemctl stop "pbxwarden-deadman-$ID.timer" "pbxwarden-deadman-$ID.service" > /dev/null 2>&1
        ;;
    sleeper)
        pid=$(cat "$J/deadman.pid" 2>/dev/null)
        # Only our own sleeper: a pid can be reused once the sleeper is gone.
        if [ -n "$pid" ] && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "pbxwarden-deadman $J "; then
            # The whole group (setsid made it one): the sleep too. dash's kill takes no "--".
            kill -TERM "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
        fi
        ;;
    esac
    rm -f "$J/deadman" "$J/deadman.pid"
    say "step deadman-cancel ok"
}

arm_deadman() {
    secs=$(cat "$J/deadman-seconds" 2>/dev/null || echo 0)
    [ "$secs" -gt 0 ] 2>/dev/null || return 0
    if [ -d /run/systemd/system ] && command -v systemd-run >/dev/null 2>&1; then
        if systemd-run --quiet --unit="pbxwarden-deadman-$ID" --on-active="$secs" \
            /bin/sh "$J/change.sh" - deadman "$ID" > /dev/null 2>&1; then
            echo systemd > "$J/deadman"
            say "step deadman-arm ok systemd $secs"
            return 0
        fi
    fi
    command -v setsid >/dev/null 2>&1 || { say "step deadman-arm failed no-setsid"; return 1; }
    rm -f "$J/deadman.pid"
    # Its own session, no tie to this SSH channel: it outlives the console's connection.
    setsid sh -c 'echo $$ > "$1/deadman.pid"; sleep "$2"; exec sh "$1/change.sh" - deadman "$3"' \
        pbxwarden-deadman "$J" "$secs" "$ID" < /dev/null > /dev/null 2>&1 &
    tries=0
    while [ ! -s "$J/deadman.pid" ]; do
        tries=$((tries + 1))
        [ $tries -gt 50 ] && { say "step deadman-arm failed no-pid"; return 1; }
        sleep 0.1 2>/dev/null || sleep 1
    done
    echo sleeper > "$J/deadman"
    say "step deadman-arm ok sleeper $secs"
    return 0
}

blobget() { # OFFSET LENGTH DEST: a slice of the payload's blob section
    tail -c +$((HB + $1 + 1)) "$J/plan" | head -c "$2" > "$3"
    [ "$(wc -c < "$3" | tr -d ' ')" = "$2" ]
}

install_all() {
    n=$(count)
    setstate installing
    i=0
    while [ $i -lt "$n" ]; do
        p=$(cat "$J/files/$i.path")
        read -r mode owner < "$J/files/$i.meta"
        put "$J/files/$i.new" "$p" "$mode" "$owner" "$i" || { say "step install failed $i"; return 1; }
        say "sha $i $(cursha "$p")"
        i=$((i + 1))
        stopat "install-$i"
    done
    setstate installed
    say "step install ok"
}

# Files are old or new: refuses when one is neither (changed by someone else meanwhile).
check_old_or_new() {
    n=$(count)
    i=0
    while [ $i -lt "$n" ]; do
        p=$(cat "$J/files/$i.path")
        c=$(cursha "$p")
        old=absent
        [ -f "$J/files/$i.old" ] && old=$(sha "$J/files/$i.old")
        if [ "$c" != "$old" ] && [ "$c" != "$(sha "$J/files/$i.new")" ]; then
            say "mismatch $i $c"
            blob current $i "$p"
            return 1
        fi
        i=$((i + 1))
    done
}

install_check_reload() { # steps 4 and 5, with rollback on failure
    install_all || { rollback; finish rolled-back 1; }
    stopat installed
    runcmds check check || { rollback; finish rolled-back 1; }
    runcmds reload reload || { rollback; finish rolled-back 1; }
    setstate reloaded
    stopat reloaded
    finish reloaded
}

do_apply() {
    [ -n "$TMP" ] && [ "$TMP" != - ] || fail no-tmp
    cat > "$TMP/plan"
    mkdir -p "$ROOT" && chmod 0700 /var/lib/pbxwarden "$ROOT" || fail journal-root
    mkdir "$J" 2>/dev/null || fail journal-exists
    mkdir "$J/files" "$J/cmd" || fail journal
    mv -f "$TMP/plan" "$J/plan" || fail journal
    cp -- "$TMP/change.sh" "$J/change.sh" || fail journal
    lock || fail locked
    # Only the header is read as lines: a blob's content is never parsed.
    sed -n '1,/^end$/p' "$J/plan" > "$J/header"
    HB=$(wc -c < "$J/header" | tr -d ' ')
    [ "$(sed -n 1p "$J/header")" = "PBXW-PLAN 1" ] || fail bad-payload
    want=$(sed -n 's/^total //p' "$J/header")
    have=$(($(wc -c < "$J/plan") - HB))
    [ "$want" = "$have" ] || fail "truncated-payload $have $want"
    n=0
    while IFS=' ' read -r kw a b c d e f g; do
        case $kw in
        file)
            [ "$a" = "$n" ] || fail bad-payload
            blobget "$b" "$c" "$J/files/$n.path" || fail bad-payload
            blobget "$d" "$e" "$J/files/$n.new" || fail bad-payload
            echo "$f" > "$J/files/$n.expect"
            echo "$g" > "$J/files/$n.newmeta"
            n=$((n + 1))
            ;;
        cmd)
            blobget "$c" "$d" "$J/cmd/$a.$b" || fail bad-payload
            ;;
        deadman) echo "$a" > "$J/deadman-seconds" ;;
        stop-after) [ "$a" = - ] || echo "$a" > "$J/stop-after" ;;
        esac
    done < "$J/header"
    echo $n > "$J/files/count"
    setstate received
    stopat received

    # 1. every target still is what the plan was made from
    i=0
    mism=0
    while [ $i -lt $n ]; do
        p=$(cat "$J/files/$i.path")
        want=$(cat "$J/files/$i.expect")
        if [ -L "$p" ] || { [ -e "$p" ] && [ ! -f "$p" ]; }; then
            say "notregular $i"
            mism=1
        else
            c=$(cursha "$p")
            say "sha $i $c"
            if [ "$c" != "$want" ]; then
                say "mismatch $i $c"
                [ -f "$p" ] && blob current $i "$p"
                mism=1
            fi
        fi
        [ -d "$(dirname -- "$p")" ] || { say "nodir $i"; mism=1; }
        i=$((i + 1))
    done
    if [ $mism -ne 0 ]; then
        say "step hashes failed"
        setstate refused
        finish refused 1
    fi
    say "step hashes ok"

    # 2. backups, kept in the journal and sent to the console
    i=0
    while [ $i -lt $n ]; do
        p=$(cat "$J/files/$i.path")
        if [ -f "$p" ]; then
            cp -p -- "$p" "$J/files/$i.old" || fail backup
            echo "$(stat -c %a -- "$p") $(stat -c %u:%g -- "$p")" > "$J/files/$i.meta"
            blob backup $i "$J/files/$i.old"
        else
            : > "$J/files/$i.absent"
            cp "$J/files/$i.newmeta" "$J/files/$i.meta"
            say "absent $i"
        fi
        i=$((i + 1))
    done
    setstate backed-up
    say "step backup ok"
    stopat backed-up

    # 3. validators, on the new content staged in the journal
    runcmds validate validate || { setstate invalid; finish invalid 1; }
    setstate validated
    stopat validated

    arm_deadman || { setstate invalid; finish invalid 1; }
    [ -f "$J/deadman" ] && setstate armed
    stopat armed
    install_check_reload
}

[ "$ACTION" = list ] || [ -d "$J" ] || [ "$ACTION" = apply ] || fail no-journal

case $ACTION in
apply) do_apply ;;
list)
    for d in "$ROOT"/*/; do
        [ -f "$d/state" ] || continue
        id=$(basename -- "$d")
        armed=-
        [ -f "$d/deadman" ] && armed=$(cat "$d/deadman")
        say "journal $id $(cat "$d/state") $armed $(cat "$d/files/count" 2>/dev/null || echo 0)"
        i=0
        while [ -f "$d/files/$i.path" ]; do
            blob path $i "$d/files/$i.path"
            i=$((i + 1))
        done
    done
    finish listed
    ;;
commit)
    lock || fail locked
    case $(state) in
    reloaded) ;;
    *) say "state $(state)"; finish not-committed 1 ;;
    esac
    cancel_deadman
    setstate committed
    finish committed
    ;;
deadman)
    lock || exit 1
    case $(state) in
    committed | refused | invalid | rolled-back | undone) exit 0 ;;
    esac
    rm -f "$J/deadman" "$J/deadman.pid"
    case $(state) in
    received | backed-up | validated) setstate rolled-back ;;
    *) rollback ;;
    esac
    echo deadman > "$J/rolled-back-by"
    ;;
rollback)
    lock || fail locked
    case $(state) in
    committed | refused | invalid | rolled-back | undone) say "state $(state)"; finish not-pending 1 ;;
    esac
    cancel_deadman
    case $(state) in
    received | backed-up | validated)
        # Nothing was written yet: only report the hashes.
        i=0
        while [ $i -lt "$(count)" ]; do
            say "sha $i $(cursha "$(cat "$J/files/$i.path")")"
            i=$((i + 1))
        done
        say "step restore ok"
        setstate rolled-back
        ;;
    *) rollback ;;
    esac
    finish rolled-back
    ;;
resume)
    lock || fail locked
    rm -f "$J/stop-after" # the test-only stop applies to the first run only
    case $(state) in
    received | backed-up | validated | armed | installing | installed | reloaded) ;;
    *) say "state $(state)"; finish not-pending 1 ;;
    esac
    # Cut before the backups were taken: nothing was written, so there is nothing to finish.
    [ "$(state)" = received ] && { setstate rolled-back; finish not-backed-up 1; }
    check_old_or_new || { say "step hashes failed"; finish refused 1; }
    say "step hashes ok"
    case $(state) in
    received | backed-up | validated)
        runcmds validate validate || { setstate invalid; finish invalid 1; }
        ;;
    esac
    cancel_deadman > /dev/null
    arm_deadman || { rollback; finish rolled-back 1; }
    install_check_reload
    ;;
undo)
    lock || fail locked
    [ "$(state)" = committed ] || { say "state $(state)"; finish not-committed 1; }
    n=$(count)
    i=0
    mism=0
    while [ $i -lt "$n" ]; do
        p=$(cat "$J/files/$i.path")
        c=$(cursha "$p")
        say "sha $i $c"
        if [ "$c" != "$(sha "$J/files/$i.new")" ]; then
            say "mismatch $i $c"
            [ -f "$p" ] && blob current $i "$p"
            blob wrote $i "$J/files/$i.new"
            mism=1
        fi
        i=$((i + 1))
    done
    [ $mism -eq 0 ] || { say "step hashes failed"; finish refused 1; }
    say "step hashes ok"
    rollback undone
    finish undone
    ;;
*) fail bad-action ;;
esac
