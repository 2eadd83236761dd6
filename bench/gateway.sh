#!/usr/bin/env bash
# One DB-backed API call (GET /api/org/units: the first page of the units the caller may see, about 10 KB of JSON)
# at 50 concurrent clients for a while, three ways, all as the same user (demo-superior): through the gateway with a
# browser session (the cookies the web application holds: the session's and the CSRF token's), through the gateway
# with that user's bearer token, and straight to org-service with it (the baseline, measured in the same run). Prints
# throughput and p95 of each and the ratios to direct.
# Uses a running local stack (TUSOI_URL, default http://localhost:8080, the service on TUSOI_SERVICE_URL, default
# org-service's http://localhost:8081), or starts one with the services compiled as in production (both JIT
# compilers; the local stack's default is the quick one only) and stops it afterwards; `jit=` says which ran.
# API_PATH and TUSOI_SERVICE_URL choose another call (e.g. /api/org/unit-types, the same for every caller).
# The three are measured in ROUNDS (default 5) of DURATION seconds each (default 10), one path after the other in
# every round, and the median of the rounds is printed: the machine's other work drifts during a run, and
# interleaving gives each path the same share of it. Needs wrk (apt-get install wrk). WARMUP (seconds per path,
# default 10) and CONNECTIONS (default 50) may be set.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${TUSOI_URL:-http://localhost:8080}
service=${TUSOI_SERVICE_URL:-http://localhost:8081}
issuer=${TUSOI_ISSUER:-http://localhost:8180/realms/tusoi}
duration=${DURATION:-10}
rounds=${ROUNDS:-5}
warmup=${WARMUP:-10}
connections=${CONNECTIONS:-50}
path=${API_PATH:-/api/org/units}
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
started=""
if ! curl -sf -o /dev/null "$url/readyz"; then
  TUSOI_SERVICE_JVM_OPTIONS=${TUSOI_SERVICE_JVM_OPTIONS:-"-Xms64m -Xmx384m -XX:+UseSerialGC"} \
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
# the same user's access token, as the gateway holds it: the authorization code flow of the gateway's client, on the
# Keycloak session just opened (no form this time), with PKCE as the realm requires
client=${TUSOI_GATEWAY_CLIENT_ID:-tusoi-gateway}
secret=${TUSOI_GATEWAY_CLIENT_SECRET:-tusoi-gateway-local-secret}
callback="$url/login/oauth2/code/keycloak"
verifier=$(openssl rand -hex 32)
challenge=$(printf '%s' "$verifier" | openssl dgst -sha256 -binary | openssl base64 -A | tr '+/' '-_' | tr -d '=')
redirect=$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' -G "$issuer/protocol/openid-connect/auth" \
  --data-urlencode client_id="$client" -d response_type=code -d scope=openid -d state=bench \
  --data-urlencode redirect_uri="$callback" -d code_challenge="$challenge" -d code_challenge_method=S256)
code=$(printf '%s' "$redirect" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
[ -n "$code" ] || { echo "Keycloak gave no authorization code: $redirect" >&2; exit 1; }
token=$(curl -sf -d grant_type=authorization_code --data-urlencode client_id="$client" \
  --data-urlencode client_secret="$secret" -d code="$code" -d code_verifier="$verifier" \
  --data-urlencode redirect_uri="$callback" "$issuer/protocol/openid-connect/token" \
  | sed -e 's/.*"access_token":"\([^"]*\)".*/\1/')

cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("throughput=%.1f\np95_ms=%.2f\nerrors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA

check() { # name, url, header
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$3" "$2")
  [ "$status" = 200 ] || { echo "$1: GET $2 answered $status" >&2; exit 1; }
  wrk -t2 -c"$connections" -d"${warmup}s" -H "$3" "$2" > /dev/null # warm-up (the JIT compilers)
}
measure() { # name, url, header: one round, appended to $work/<name>
  wrk -t2 -c"$connections" -d"${duration}s" -H "$3" -s "$work/report.lua" "$2" | grep '=' >> "$work/$1"
}
gateway_pid=$(pgrep -f 'gateway-.*-exec\.jar' | head -1 || true)
if [ -n "$gateway_pid" ] && tr '\0' ' ' < "/proc/$gateway_pid/cmdline" | grep -q 'TieredStopAtLevel=1'; then
  echo "jit=quick-only"
else
  echo "jit=tiered"
fi
session_cookies="Cookie: TUSOI_SESSION=$session; XSRF-TOKEN=$xsrf"
check direct "$service$path" "Authorization: Bearer $token"
check session "$url$path" "$session_cookies"
check bearer "$url$path" "Authorization: Bearer $token"
for _ in $(seq 1 "$rounds"); do
  measure direct "$service$path" "Authorization: Bearer $token"
  measure session "$url$path" "$session_cookies"
  measure bearer "$url$path" "Authorization: Bearer $token"
done

median() { # key, file
  grep "^$1=" "$work/$2" | cut -d= -f2 | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "rounds=$rounds"
for name in direct session bearer; do
  echo "${name}_throughput=$(median throughput "$name")"
  echo "${name}_p95_ms=$(median p95_ms "$name")"
  echo "${name}_errors=$(grep '^errors=' "$work/$name" | cut -d= -f2 | awk '{ s += $1 } END { print s + 0 }')"
done
dt=$(median throughput direct); dp=$(median p95_ms direct)
echo "session_throughput_ratio=$(ratio "$(median throughput session)" "$dt")"
echo "session_p95_ratio=$(ratio "$(median p95_ms session)" "$dp")"
echo "bearer_throughput_ratio=$(ratio "$(median throughput bearer)" "$dt")"
echo "bearer_p95_ratio=$(ratio "$(median p95_ms bearer)" "$dp")"
