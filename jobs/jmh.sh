#!/usr/bin/env bash
# JMH micro-benchmarks of the hot core code (src/test/java/dev/parallax/bench/CoreBenchmarks):
# sentence splitting, term counting, claim and denial extraction, wording scoring, on the sample.
# Arguments go to JMH (e.g. a benchmark name pattern, -f 1 -wi 2 -i 3); see -h.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$PARALLAX_HOME"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt >&2
# shellcheck disable=SC2046
exec java $(parallax_jvm_options) -Dlog4j2.configurationFile="$PARALLAX_HOME/conf/log4j2.properties" \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.openjdk.jmh.Main "${@:-CoreBenchmarks}"
