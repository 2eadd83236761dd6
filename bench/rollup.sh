#!/usr/bin/env bash
# The province root's roll-up while submissions and decisions are going on, beside the naive aggregate over the
# same reports in the same run: a province campaign (~167,000 assignments) on an embedded MariaDB and Kafka, then
# five times the data (~835,000). Prints key=value figures, the last one p95_ms= of the roll-up at the province
# size. Needs Java 17 and Maven Central; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench/review -am
exec java -Xmx4g -Duser.timezone=Asia/Ho_Chi_Minh \
  -cp "bench/review/target/classes:$(cat bench/review/target/classpath.txt)" vn.tusoi.bench.RollupBench
