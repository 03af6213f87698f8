#!/usr/bin/env bash
# The nightly run: yesterday (in job.timezone) by default, one --run-date, or a --from/--to
# backfill in date order. Reads nightly.input-template for each date, updates the event state and
# commits OUTPUT/run_date=D/ atomically. Runs in Spark local[*]; with --master it goes through
# jobs/submit.sh (standalone, YARN, Kubernetes), which takes the same options. See --help.
# Exit codes: 0 success, 1 failed run, 2 bad arguments or configuration, 3 another run holds
# the lock of that date or state, 4 too many rejects (nightly.max-reject-share; reports written).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
for arg in "$@"; do
  if [[ "$arg" == "--master" ]]; then
    exec "$PARALLAX_HOME/jobs/submit.sh" --job nightly "$@"
  fi
done
parallax_build_if_needed || { echo "parallax: build failed" >&2; exit 1; }
cd "$PARALLAX_HOME"
# shellcheck disable=SC2046
exec java $(parallax_jvm_options) ${PARALLAX_JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="$PARALLAX_HOME/conf/log4j2.properties" \
  -cp "$(parallax_classpath)" dev.parallax.job.NightlyJob "$@"
