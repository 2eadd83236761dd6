#!/usr/bin/env bash
# The outbox after a Kafka outage: 100,000 member changes stored while Kafka was unreachable, then org-service
# restarted with Kafka back, in a JVM limited to 512 MiB that also hosts the embedded Kafka broker; prints the
# drain time and the most heap used meanwhile, the last line the peak heap as a share of the maximum. Needs Java 17 and Maven Central; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench -am
exec java -Xmx512m -Duser.timezone=Asia/Ho_Chi_Minh -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  vn.tusoi.bench.OutboxBacklogBench
