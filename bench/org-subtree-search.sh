#!/usr/bin/env bash
# Member search over a province-sized tree (6,000 units, 160,000 members) on an embedded MariaDB, with
# org-service's schema and search code; prints key=value figures, the last one a ratio to a plain count(*)
# of the member table measured in the same run. Needs Java 17 and Maven Central; takes about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B install -DskipTests -pl bench -am
exec java -Xmx1g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" vn.tusoi.org.member.SubtreeSearchBench
