#!/usr/bin/env bash
# Starts the whole tusoi system locally (embedded MariaDB, Kafka, Keycloak, the four services, demo data).
#   ./local/run.sh          build what changed, then start; Ctrl-C stops everything
#   ./local/run.sh stop     stop a stack started from another terminal
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

pidfile=.local/run/launcher.pid
running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }
if [ "${1:-start}" = "stop" ]; then
  if running; then
    kill "$(cat "$pidfile")"
    while kill -0 "$(cat "$pidfile")" 2>/dev/null; do sleep 1; done
    echo "tusoi stopped"
  else
    echo "tusoi is not running"
  fi
  exit 0
fi

if running; then
  echo "tusoi đang chạy / is already running (pid $(cat "$pidfile")): ./local/run.sh stop" >&2
  exit 1
fi

# Rebuild only when a source changed since the last build (the second start skips Maven entirely).
stamp=local/target/classpath.txt
if [ ! -f "$stamp" ] || [ -n "$(find . \( -path ./.local -o -path ./web/node_modules -o -path '*/target' \) -prune -o \
     \( -name '*.java' -o -name '*.yml' -o -name '*.sql' -o -name '*.properties' -o -name 'pom.xml' -o -name '*.json' \
     -o -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' \) -newer "$stamp" -print -quit)" ]; then
  echo "Building tusoi (tests skipped)..."
  ./mvnw -q -B install -DskipTests
  touch "$stamp"
fi

exec java -Xms32m -Xmx256m -XX:+UseSerialGC -Dtusoi.root="$root" \
  -cp "local/target/classes:$(cat local/target/classpath.txt)" vn.tusoi.local.LocalStack
