#!/usr/bin/env bash
# Foundation figures of the embedded default (never part of the test command):
#   - time from ./run.sh to its READY line: warm (everything built, data kept) and, with --cold, from a
#     copy of the working tree with an empty Maven repository (downloads everything: takes minutes);
#   - idle memory of every process of the federation, IDLE seconds after READY;
#   - with --test, the duration of the test command (./mvnw -B -ntp verify).
# Usage: bench/foundation-figures.sh [--cold] [--test] [--idle SECONDS] [-- run.sh arguments]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
COLD=false
TEST=false
IDLE=30
RUN_ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --cold) COLD=true ;;
    --test) TEST=true ;;
    --idle) IDLE=$2; shift ;;
    --) shift; RUN_ARGS=("$@"); break ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
kib() { awk -v k="$1" 'BEGIN { printf "%6.0f MiB", k / 1024 }'; }
rss() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }
pss() { awk '/^Pss:/ { print $2 }' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

LAUNCHER_PID=
STARTED_IN=
# start_federation DIR LOG [env...]: starts DIR/run.sh, waits for READY; sets LAUNCHER_PID and STARTED_IN
start_federation() {
  local dir=$1 log=$2 started
  shift 2
  started=$(now)
  (cd "$dir" && exec env "$@" ./run.sh "${RUN_ARGS[@]}" >"$log" 2>&1) &
  LAUNCHER_PID=$!
  while ! grep -q '^READY in' "$log" 2>/dev/null; do
    if ! kill -0 "$LAUNCHER_PID" 2>/dev/null; then
      echo "run.sh ended without READY; last lines of $log:" >&2
      tail -20 "$log" >&2
      exit 1
    fi
    sleep 0.2
  done
  STARTED_IN=$(seconds "$started" "$(now)")
}

# stop_federation DIR: Ctrl-C to the launcher, then checks that nothing is left behind
stop_federation() {
  local dir=$1 started left
  started=$(now)
  kill -INT "$LAUNCHER_PID"
  wait "$LAUNCHER_PID" || true
  left=$(pgrep -f "$dir/[a-z-]*/target/[a-z-]*\.jar" || true)
  if [[ -f $dir/.data/postgres/postmaster.pid ]] && kill -0 "$(head -1 "$dir/.data/postgres/postmaster.pid")" 2>/dev/null; then
    left="$left postgres"
  fi
  echo "stopped in $(seconds "$started" "$(now)") s; left running: ${left:-nothing}"
}

memory_report() {
  local dir=$1 pid name total=0 pg_rss=0 pg_pss=0 postmaster
  printf '%-34s %12s\n' "process (idle ${IDLE} s after READY)" "RSS"
  printf '%-34s %12s\n' "launcher (+ Kafka broker)" "$(kib "$(rss "$LAUNCHER_PID")")"
  total=$(rss "$LAUNCHER_PID")
  for pid in $(pgrep -P "$LAUNCHER_PID" java || true); do
    name=$(tr '\0' ' ' <"/proc/$pid/cmdline" | sed -E 's#.*/target/([a-z-]+)\.jar.*#\1#')
    if grep -q -- '--community.branch.id=' "/proc/$pid/cmdline"; then
      name="$name $(tr '\0' '\n' <"/proc/$pid/cmdline" | sed -n 's/^--community.branch.id=//p')"
    fi
    printf '%-34s %12s\n' "$name" "$(kib "$(rss "$pid")")"
    total=$((total + $(rss "$pid")))
  done
  postmaster=$(head -1 "$dir/.data/postgres/postmaster.pid")
  for pid in "$postmaster" $(pgrep -P "$postmaster" || true); do
    pg_rss=$((pg_rss + $(rss "$pid")))
    pg_pss=$((pg_pss + $(pss "$pid")))
  done
  printf '%-34s %12s  (PSS %s: shared memory counted once)\n' "postgres ($(( $(pgrep -P "$postmaster" | wc -l) + 1 )) processes, summed)" \
    "$(kib "$pg_rss")" "$(kib "$pg_pss" | tr -s ' ')"
  printf '%-34s %12s  (with PostgreSQL as PSS: %s)\n' "total" "$(kib $((total + pg_rss)))" \
    "$(kib $((total + pg_pss)) | tr -s ' ')"
}

cd "$ROOT"
echo "== foundation figures ($(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1))"

if $COLD; then
  COLD_DIR=$(mktemp -d /tmp/starters-cold.XXXXXX)
  tar -C "$ROOT" --exclude=./.git --exclude=./.data --exclude='*/target' --exclude=./target -cf - . | tar -C "$COLD_DIR" -xf -
  echo "cold: a copy of the working tree in $COLD_DIR with an empty Maven repository (downloads everything) …"
  start_federation "$COLD_DIR" "$COLD_DIR/run.log" "MAVEN_OPTS=-Dmaven.repo.local=$COLD_DIR/.m2-repository"
  echo "cold start (build included) to READY: $STARTED_IN s"
  stop_federation "$COLD_DIR"
  rm -rf "$COLD_DIR"
fi

# make sure the warm run measures start-up only, not a build
LAUNCHER=launcher/target/launcher-exec.jar
if [[ ! -f $LAUNCHER ]] || [[ -n $(find . \( -path ./.data -o -path ./.git -o -name target \) -prune \
    -o \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$LAUNCHER" -print -quit) ]]; then
  echo "building first (not measured) …"
  ./mvnw -B -ntp -q -DskipTests -Dspotless.check.skip=true install
  touch "$LAUNCHER"
fi
LOG=$(mktemp /tmp/starters-warm.XXXXXX.log)
start_federation "$ROOT" "$LOG"
echo "warm start to READY: $STARTED_IN s (launcher says: $(grep -o '^READY in [0-9.]* s' "$LOG"))"
sleep "$IDLE"
memory_report "$ROOT"
stop_federation "$ROOT"
rm -f "$LOG"

if $TEST; then
  started=$(now)
  if ./mvnw -B -ntp verify >/tmp/starters-verify.log 2>&1; then result=passed; else result=FAILED; fi
  echo "test command ./mvnw -B -ntp verify: $(seconds "$started" "$(now)") s ($result; log /tmp/starters-verify.log)"
fi
