#!/usr/bin/env bash
# Launches a campaign over a province (6,001 units, 160,000 members, ~167,000 assignments) through
# review-service's launch path on an embedded MariaDB and an embedded Kafka broker, then inserts the same
# assignment rows with a plain JDBC batch into the same table; prints key=value figures, the last one the ratio
# of the launch's rate to the raw rate. Needs Java 17 and Maven Central; takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench/review -am
exec java -Xmx3g -Duser.timezone=Asia/Ho_Chi_Minh \
  -cp "bench/review/target/classes:$(cat bench/review/target/classpath.txt)" vn.tusoi.bench.CampaignLaunchBench
