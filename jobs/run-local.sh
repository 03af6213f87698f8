#!/usr/bin/env bash
# Runs the Parallax compare job in Spark local[*] (no Spark installation needed: Spark comes
# from Maven). Builds first when the sources changed. Options: see --help.
# Exit codes: 0 success, 2 bad arguments or configuration, 1 failed run.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
parallax_build_if_needed || { echo "parallax: build failed" >&2; exit 1; }
cd "$PARALLAX_HOME"
# shellcheck disable=SC2046
exec java $(parallax_jvm_options) ${PARALLAX_JAVA_OPTS:-} \
  -Dlog4j2.configurationFile="$PARALLAX_HOME/conf/log4j2.properties" \
  -cp "$(parallax_classpath)" dev.parallax.job.CompareJob "$@"
