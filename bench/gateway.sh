#!/usr/bin/env bash
# One DB-backed API call (GET /api/org/unit-types: two queries, the same answer for every caller) at 50 concurrent
# clients for a while, three ways: through the gateway with a browser session (the cookies the web application holds:
# the session's and the CSRF token's), through the gateway with a
# bearer token, and straight to org-service with that token (the baseline, measured in the same run). Prints
# throughput and p95 of each and the ratios to direct. Uses a running local stack (TUSOI_URL, default
# http://localhost:8080, the service on TUSOI_SERVICE_URL, default org-service's http://localhost:8081) or starts one
# and stops it afterwards; API_PATH and TUSOI_SERVICE_URL choose another call. Needs wrk (apt-get install wrk). DURATION (seconds, default 20) and CONNECTIONS (default 50) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${TUSOI_URL:-http://localhost:8080}
service=${TUSOI_SERVICE_URL:-http://localhost:8081}
issuer=${TUSOI_ISSUER:-http://localhost:8180/realms/tusoi}
duration=${DURATION:-20}
connections=${CONNECTIONS:-50}
path=${API_PATH:-/api/org/unit-types}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
started=""
if ! curl -sf -o /dev/null "$url/readyz"; then
  ./local/run.sh > .local-bench-gateway.log 2>&1 &
  started=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$url/readyz" && break; sleep 2; done
fi
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "$started" ] && ./local/run.sh stop > /dev/null' EXIT

# a browser session: the authorization code flow through Keycloak's login form, as a browser does it
jar=$work/cookies
form=$(curl -sf -c "$jar" -b "$jar" -L "$url/oauth2/authorization/keycloak")
action=$(printf '%s' "$form" | grep -o 'action="[^"]*"' | head -1 | sed -e 's/^action="//' -e 's/"$//' -e 's/&amp;/\&/g')
# Keycloak marks its cookies Secure, which a browser honours on http://localhost but curl does not
sed -i -E 's/^(#HttpOnly_)?(localhost\t[A-Z]+\t[^\t]*\t)TRUE/\1\2FALSE/' "$jar"
curl -sf -c "$jar" -b "$jar" -L -o /dev/null --data-urlencode username=demo-superior --data-urlencode password=demo "$action"
session=$(awk '$6 == "TUSOI_SESSION" { print $7 }' "$jar" | tail -1)
[ -n "$session" ] || { echo "could not log in through Keycloak" >&2; exit 1; }
# the CSRF cookie the web application holds from its first call; without it every answer would carry a new one
curl -sf -c "$jar" -b "$jar" -o /dev/null "$url$path"
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)
token=$(curl -sf -d grant_type=client_credentials -d client_id=tusoi-integration \
  -d client_secret=tusoi-integration-local-secret "$issuer/protocol/openid-connect/token" \
  | sed -e 's/.*"access_token":"\([^"]*\)".*/\1/')

cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("throughput=%.1f\np95_ms=%.2f\nerrors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

run() { # name, url, header
  local check
  check=$(curl -s -o /dev/null -w '%{http_code}' -H "$3" "$2")
  [ "$check" = 200 ] || { echo "$1: GET $2 answered $check" >&2; exit 1; }
  wrk -t2 -c"$connections" -d3s -H "$3" "$2" > /dev/null # warm-up
  wrk -t2 -c"$connections" -d"${duration}s" -H "$3" -s "$work/report.lua" "$2" | grep '=' | sed "s/^/$1_/"
}
run direct "$service$path" "Authorization: Bearer $token" | tee "$work/direct"
run session "$url$path" "Cookie: TUSOI_SESSION=$session; XSRF-TOKEN=$xsrf" | tee "$work/session"
run bearer "$url$path" "Authorization: Bearer $token" | tee "$work/bearer"

value() { grep "^$1=" "$work/$2" | cut -d= -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
dt=$(value direct_throughput direct); dp=$(value direct_p95_ms direct)
echo "session_throughput_ratio=$(ratio "$(value session_throughput session)" "$dt")"
echo "session_p95_ratio=$(ratio "$(value session_p95_ms session)" "$dp")"
echo "bearer_throughput_ratio=$(ratio "$(value bearer_throughput bearer)" "$dt")"
echo "bearer_p95_ratio=$(ratio "$(value bearer_p95_ms bearer)" "$dp")"
