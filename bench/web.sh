#!/usr/bin/env bash
# The first screen of the web application ("Việc của tôi") after login, in headless Chromium on a throttled phone
# profile: JavaScript transferred for it (goal ≤ 250 KB gzip) and the time until the list is rendered, beside the
# bare HTML shell fetched on the same profile. Uses a running local stack (TUSOI_URL, default
# http://localhost:8080) or starts one (./local/run.sh) and stops it afterwards. Needs /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${TUSOI_URL:-http://localhost:8080}
started=""
if ! curl -sf -o /dev/null "$url/readyz"; then
  ./local/run.sh > .local-bench-web.log 2>&1 &
  started=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "$url/readyz" && break; sleep 2; done
fi
trap '[ -n "$started" ] && ./local/run.sh stop > /dev/null' EXIT
[ -d web/node_modules ] || (cd web && npm ci --prefer-offline --no-audit --no-fund > /dev/null)
(cd web && GATEWAY_URL="$url" node bench/first-screen.mjs)
