#!/usr/bin/env bash
# Imports a province-sized organization (6,001 units, 160,000 members) through org-service's import path on an
# embedded MariaDB and an embedded Kafka broker, then inserts the same member rows with a plain JDBC batch into a
# copy of the member table in the same database; prints key=value figures, the last one the ratio of the
# import's rate to the raw rate. Needs Java 17 and Maven Central; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench -am
exec java -Xmx3g -Duser.timezone=Asia/Ho_Chi_Minh -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  vn.tusoi.bench.OrgImportBench
