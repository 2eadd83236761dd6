#!/usr/bin/env bash
# 170,000 pending assignments at a reminder stage: one sweep schedules every reminder, then two dispatchers send
# for a minute against an SMS provider stand-in; prints key=value figures including duplicates=N (must be 0) and,
# last, rate_ratio = SMS rate reached / configured provider limit. Needs Java 17 and Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench/notification -am
exec java ${BENCH_JAVA_OPTS:-} -Xmx3g -Duser.timezone=Asia/Ho_Chi_Minh \
  -cp "bench/notification/target/classes:$(cat bench/notification/target/classpath.txt)" vn.tusoi.bench.RemindersBench
