#!/usr/bin/env bash
# Benchmark: the full compare job (all analyses, all reports) on the 37,554 real articles of the
# Article Bias Prediction corpus and on 2x and 4x that corpus (copies that form new events), next
# to the floor (a bare Spark read + tokenisation of the same JSON) and the peer (scikit-learn
# TF-IDF + average-link clustering, quadratic) on 5k/10k/20k subsets. Prints one table.
# Needs the shared datasets folder (PARALLAX_SHARED or --shared), ~4 GB of free disk in TMPDIR
# for 1x+2x+4x, and /usr/bin/python3 with scikit-learn (installed with apt when missing).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<'USAGE'
Usage: bench.sh [--shared DIR] [--scales 1,2,4] [--peer-sizes 5000,10000,20000] [--heap 4g] [--no-one-file]
  --shared DIR       the shared folder (default: $PARALLAX_SHARED, else ../shared)
  --scales LIST      corpus multiples for the full pipeline and the floor (default 1,2,4)
  --peer-sizes LIST  subset sizes for the peer and Parallax side by side (default 5000,10000,20000;
                     'none' skips the peer)
  --heap SIZE        -Xmx of the Parallax JVM (local mode: driver and executors; default 4g)
  --no-one-file      skip the one-file run (the first scale's articles as one JSON Lines file,
                     floor and Parallax, after the first scale)
PARALLAX_JAVA_OPTS adds JVM options to the Parallax runs (e.g. a JFR recording:
  -XX:StartFlightRecording=filename=/tmp/parallax.jfr,settings=profile).
USAGE
}
bench_args=("$@")
shared="${PARALLAX_SHARED:-$PARALLAX_HOME/../shared}" scales="1,2,4" peer_sizes="5000,10000,20000" heap="4g" one_file=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) shared="$2"; shift 2 ;;
    --scales) scales="$2"; shift 2 ;;
    --peer-sizes) peer_sizes="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --no-one-file) one_file=0; shift ;;
    --help|-h) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
tarball="$shared/datasets/article-bias-prediction/Article-Bias-Prediction_data.tar.gz"
[[ -f "$tarball" ]] || { echo "bench.sh: $tarball not found (set --shared or PARALLAX_SHARED)" >&2; exit 2; }

# Tools: GNU time for peak RSS, scikit-learn for the peer (Debian packages).
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ "$peer_sizes" != none ]] && ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then missing+=(python3-sklearn); fi
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "bench: installing ${missing[*]} (apt-get)" >&2
  sudo_cmd=(); [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >&2 || { "${sudo_cmd[@]}" apt-get update -q >&2 && "${sudo_cmd[@]}" apt-get install -y -q "${missing[@]}" >&2; }
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/parallax-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
need_kb=$(( 600 * 1024 * (1 + one_file + $(tr ',' '+' <<<"$scales")) ))
avail_kb=$(df -Pk "$work" | awk 'NR==2 {print $4}')
if (( avail_kb < need_kb )); then
  echo "bench.sh: $(( avail_kb / 1024 )) MB free in $work, need about $(( need_kb / 1024 )) MB" >&2; exit 2
fi

parallax_build_if_needed || { echo "bench: build failed" >&2; exit 1; }
echo "bench: unpacking $(basename "$tarball") into $work" >&2
tar -xzf "$tarball" -C "$work"
jsons="$(dirname "$(find "$work" -name '*.json' -print -quit)")"
results="$work/results.tsv"
: > "$results"

# timed NAME CMD...: runs CMD under GNU time; appends name, wall seconds, peak RSS (MB), log path.
timed() {
  local name="$1"; shift
  local log="$work/$name.log"
  mkdir -p "$PARALLAX_HOME/target/bench-logs"
  if ! /usr/bin/time -v "$@" > "$log" 2>&1; then
    cp "$log" "$PARALLAX_HOME/target/bench-logs/"
    echo "bench: $name failed (log: target/bench-logs/$name.log); last lines before the timing:" >&2
    grep -v -E '^\s' "$log" | tail -30 >&2
    exit 1
  fi
  cp "$log" "$PARALLAX_HOME/target/bench-logs/"
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2/1024}' "$log")
  printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$rss" "$log" >> "$results"
  echo "bench: $name ${wall}s ${rss} MB" >&2
}

java_cmd() {
  # shellcheck disable=SC2046
  echo java $(parallax_jvm_options) "-Xmx$heap" ${PARALLAX_JAVA_OPTS:-} "-Dlog4j2.configurationFile=$PARALLAX_HOME/conf/log4j2.properties" -cp "$(parallax_classpath)"
}

corpus() {  # corpus MULTIPLE [LIMIT] -> folder
  local folder="$work/corpus-$1x${2:+-$2}"
  [[ -d "$folder" ]] || /usr/bin/python3 "$PARALLAX_HOME/jobs/bench/scale_corpus.py" "$jsons" "$folder" "$1" ${2:+"$2"} >&2
  echo "$folder"
}

run_scale() {
  local k="$1" input
  input="$(corpus "$k")"
  # shellcheck disable=SC2046
  timed "floor-${k}x" $(java_cmd) dev.parallax.job.Floor "$input"
  # shellcheck disable=SC2046
  timed "parallax-${k}x" $(java_cmd) dev.parallax.job.CompareJob --input "$input" \
    --output "$work/reports-${k}x" --run-date 2026-01-01
}
IFS=',' read -r -a scale_list <<<"$scales"
# The first scale, then the peer comparison, then the larger scales (the longest runs last).
run_scale "${scale_list[0]}"
if (( one_file )); then
  # The same articles as one JSON Lines export: it must read like the folder of files.
  one="$work/one-file-${scale_list[0]}x.jsonl"
  /usr/bin/python3 "$PARALLAX_HOME/jobs/bench/one_file.py" "$(corpus "${scale_list[0]}")" "$one" >&2
  # shellcheck disable=SC2046
  timed "floor-onefile" $(java_cmd) dev.parallax.job.Floor "$one"
  # shellcheck disable=SC2046
  timed "parallax-onefile" $(java_cmd) dev.parallax.job.CompareJob --input "$one" \
    --output "$work/reports-onefile" --run-date 2026-01-01
fi
if [[ "$peer_sizes" != none ]]; then
  IFS=',' read -r -a peer_list <<<"$peer_sizes"
  for n in "${peer_list[@]}"; do
    input="$(corpus 1 "$n")"
    timed "peer-$n" /usr/bin/python3 "$PARALLAX_HOME/jobs/bench/peer.py" "$jsons" "$n"
    # shellcheck disable=SC2046
    timed "parallax-$n" $(java_cmd) dev.parallax.job.CompareJob --input "$input" \
      --output "$work/reports-$n" --run-date 2026-01-01
  done
fi
for k in "${scale_list[@]:1}"; do
  run_scale "$k"
done

/usr/bin/python3 "$PARALLAX_HOME/jobs/bench/table.py" "$results" "$work" "$(nproc)" "$(free -g | awk '/Mem:/ {print $2}')" \
  | tee "$PARALLAX_HOME/target/bench-logs/table.md"
# The latest table in docs/ too, with what produced it (docs/performance.md keeps the history).
{
  echo "<!-- written by jobs/bench.sh; docs/performance.md explains the runs and keeps earlier tables -->"
  echo "# Latest benchmark"
  echo
  echo "Commit $(git -C "$PARALLAX_HOME" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$PARALLAX_HOME" diff --quiet HEAD -- src conf jobs pom.xml 2>/dev/null || echo ' (with uncommitted changes to the code)'), $(date -u +%Y-%m-%d), \`jobs/bench.sh ${bench_args[*]}\`, \`-Xmx$heap\`."
  echo
  sed '1s/^# //' "$PARALLAX_HOME/target/bench-logs/table.md"
} > "$PARALLAX_HOME/docs/bench.md"
echo "bench: table written to target/bench-logs/table.md and docs/bench.md" >&2
