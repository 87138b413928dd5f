#!/usr/bin/env bash
# The embedded default: builds what is needed, then starts PostgreSQL, Kafka, every service and the
# gateway on http://localhost:8080 — no Docker. Ctrl-C stops everything.
#   ./run.sh                      start (data survives restarts, in .data/)
#   ./run.sh --fresh              start from empty databases and topics
#   ./run.sh --launcher.ports.gateway=9000   any launcher.* setting (see launcher/…/LauncherProperties.java)
# Needs only a JDK 17+; the Maven wrapper fetches Maven on first use.
set -euo pipefail
cd "$(dirname "$0")"

LAUNCHER=launcher/target/launcher-exec.jar
SERVICES=(member-service local-branch-service national-forum-service gateway)
# the launcher JVM also hosts the Kafka broker
LAUNCHER_JAVA_OPTS=${LAUNCHER_JAVA_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -Xms32m -Xmx256m -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10"}

if ! command -v java >/dev/null 2>&1; then
  echo "run.sh: no 'java' on the PATH; install a JDK 17 or newer." >&2
  exit 1
fi

needs_build() {
  [[ -f $LAUNCHER ]] || return 0
  local service
  for service in "${SERVICES[@]}"; do
    [[ -f $service/target/$service.jar ]] || return 0
  done
  # any pom.xml or source file changed since the launcher was built
  [[ -n $(find . \( -path ./.data -o -path ./.git -o -name target -o -name node_modules \) -prune \
      -o \( -name pom.xml -o -path '*/src/*' \) -type f -newer "$LAUNCHER" -print -quit) ]]
}

if needs_build; then
  echo "Building (./mvnw -DskipTests install; the first time this downloads Maven and the dependencies) …"
  # formatting is checked by the test command, not by the run command
  ./mvnw -B -ntp -q -DskipTests -Dspotless.check.skip=true install
  touch "$LAUNCHER" # the build is now newer than every source, even where Maven had nothing to redo
fi

# shellcheck disable=SC2086
exec java $LAUNCHER_JAVA_OPTS -jar "$LAUNCHER" "$@"
