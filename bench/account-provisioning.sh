#!/usr/bin/env bash
# Provisions Keycloak accounts for N imported members (default 20,000; pass another N as the first argument)
# through org-service's provisioner against a real Keycloak 26 (development mode), beside the same number of users
# sent straight to Keycloak's partial import; prints key=value figures, the last one the ratio of the two rates.
# Needs Java 17 and Maven Central (the Keycloak zip comes through Maven once); takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench -am
exec java -Xmx2g -Duser.timezone=Asia/Ho_Chi_Minh -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  vn.tusoi.local.AccountProvisioningBench "$@"
