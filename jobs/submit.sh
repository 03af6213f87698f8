#!/usr/bin/env bash
# Submits a Parallax job to a Spark cluster with spark-submit: standalone (spark://), YARN
# (client or cluster deploy mode), Kubernetes (k8s://) or local. Uses $SPARK_HOME/bin/spark-submit
# when SPARK_HOME is set; without it, Spark's SparkSubmit class from the Maven classpath (enough for
# standalone and local masters). --dry-run prints the command instead of running it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

usage() {
  cat <<'USAGE'
Usage: submit.sh --master URL [options] [job arguments]
  --master URL            spark://HOST:PORT, yarn, k8s://https://HOST:PORT or local[N]
  --deploy-mode MODE      client (default) or cluster (the driver runs on the cluster)
  --job NAME              compare (default: one run over --input) or nightly (jobs/nightly.sh's job)
  --jar PATH              the assembly jar; default target/parallax-<version>-assembly.jar
                          (built with mvn package when missing)
  --queue NAME            YARN queue
  --k8s-image IMAGE       Kubernetes: container image holding Spark and the jar (required)
  --k8s-namespace NS      Kubernetes: namespace (default: default)
  --k8s-jar URI           Kubernetes: the jar inside the image
                          (default: local:///opt/parallax/parallax-assembly.jar)
  --properties-file FILE  Spark properties (default: conf/spark-defaults.conf when present)
  --conf spark.KEY=VALUE  a Spark setting, passed to spark-submit; repeatable
  --conf KEY=VALUE        any other key is a Parallax setting, passed to the job; repeatable
  --dry-run               print the spark-submit command line and exit
  --help                  this text
Every other argument goes to the job (--input, --output, --run-date, --state, ...).
Exit codes: the job's (0 success, 1 failed run, 2 bad arguments; nightly also 3 and 4).
USAGE
}

master="" deploy_mode="client" job="compare" jar="" queue="" image="" namespace="default"
k8s_jar="local:///opt/parallax/parallax-assembly.jar" properties="" dry_run=false
spark_confs=() job_args=()
need() { [[ $# -ge 2 && "$2" != --* ]] || { echo "submit.sh: $1 needs a value" >&2; exit 2; }; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --master) need "$@"; master="$2"; shift 2 ;;
    --deploy-mode) need "$@"; deploy_mode="$2"; shift 2 ;;
    --job) need "$@"; job="$2"; shift 2 ;;
    --jar) need "$@"; jar="$2"; shift 2 ;;
    --queue) need "$@"; queue="$2"; shift 2 ;;
    --k8s-image) need "$@"; image="$2"; shift 2 ;;
    --k8s-namespace) need "$@"; namespace="$2"; shift 2 ;;
    --k8s-jar) need "$@"; k8s_jar="$2"; shift 2 ;;
    --properties-file) need "$@"; properties="$2"; shift 2 ;;
    --conf)
      need "$@"
      if [[ "$2" == spark.* ]]; then spark_confs+=(--conf "$2"); else job_args+=(--conf "$2"); fi
      shift 2 ;;
    --dry-run) dry_run=true; shift ;;
    --help|-h) usage; exit 0 ;;
    *) job_args+=("$1"); shift ;;
  esac
done

[[ -n "$master" ]] || { echo "submit.sh: --master is required" >&2; usage >&2; exit 2; }
case "$deploy_mode" in client|cluster) ;; *) echo "submit.sh: --deploy-mode is '$deploy_mode' but must be client or cluster" >&2; exit 2 ;; esac
case "$job" in
  compare) main_class="dev.parallax.job.CompareJob" ;;
  nightly) main_class="dev.parallax.job.NightlyJob" ;;
  *) echo "submit.sh: --job is '$job' but must be compare or nightly" >&2; exit 2 ;;
esac
if [[ -z "$properties" && -f "$PARALLAX_HOME/conf/spark-defaults.conf" ]]; then
  properties="$PARALLAX_HOME/conf/spark-defaults.conf"
fi

cmd_args=(--master "$master" --deploy-mode "$deploy_mode" --class "$main_class" --name "parallax-$job")
[[ -n "$properties" ]] && cmd_args+=(--properties-file "$properties")
case "$master" in
  k8s://*)
    [[ -n "$image" ]] || { echo "submit.sh: --k8s-image is required for a k8s:// master" >&2; exit 2; }
    [[ "$deploy_mode" == cluster ]] || echo "submit.sh: note: k8s client mode needs the driver to be reachable from the pods" >&2
    cmd_args+=(--conf "spark.kubernetes.container.image=$image"
               --conf "spark.kubernetes.namespace=$namespace")
    jar="${jar:-$k8s_jar}" ;;
  yarn)
    [[ -n "$queue" ]] && cmd_args+=(--queue "$queue") ;;
  spark://*|local*) ;;
  *) echo "submit.sh: --master '$master' is not spark://, yarn, k8s:// or local" >&2; exit 2 ;;
esac
if [[ "$deploy_mode" == client ]]; then
  # The driver runs here: Parallax's JVM options and quiet Spark logs.
  cmd_args+=(--driver-java-options "$(parallax_jvm_options) -Dlog4j2.configurationFile=file:$PARALLAX_HOME/conf/log4j2.properties")
fi
cmd_args+=("${spark_confs[@]}")

if [[ -z "$jar" ]]; then
  jar="$(ls "$PARALLAX_HOME"/target/parallax-*-assembly.jar 2>/dev/null | head -n 1 || true)"
  if [[ -z "$jar" ]]; then
    if $dry_run; then
      jar="$PARALLAX_HOME/target/parallax-VERSION-assembly.jar"
    else
      echo "parallax: building the assembly jar (mvn package) ..." >&2
      (cd "$PARALLAX_HOME" && mvn -q -B package -DskipTests) >&2 || { echo "parallax: build failed" >&2; exit 1; }
      jar="$(ls "$PARALLAX_HOME"/target/parallax-*-assembly.jar | head -n 1)"
    fi
  fi
fi

if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  submit=("$SPARK_HOME/bin/spark-submit")
else
  # No Spark installation: Spark's own SparkSubmit class from the Maven classpath.
  case "$master" in spark://*|local*) ;; *)
    echo "submit.sh: set SPARK_HOME to a Spark installation configured for '$master'" >&2
    $dry_run || exit 2 ;;
  esac
  if ! $dry_run || [[ -f "$PARALLAX_HOME/target/spark-classpath.txt" ]]; then
    parallax_spark_classpath_if_needed || { echo "parallax: build failed" >&2; exit 1; }
    spark_cp="$(cat "$PARALLAX_HOME/target/spark-classpath.txt")"
  else
    spark_cp='$(cat target/spark-classpath.txt)'
  fi
  # shellcheck disable=SC2207
  submit=(java $(parallax_jvm_options) ${PARALLAX_JAVA_OPTS:-}
          "-Dlog4j2.configurationFile=file:$PARALLAX_HOME/conf/log4j2.properties"
          -cp "$spark_cp" org.apache.spark.deploy.SparkSubmit)
fi

command=("${submit[@]}" "${cmd_args[@]}" "$jar" "${job_args[@]}")
if $dry_run; then
  printf '%q ' "${command[@]}"
  echo
  exit 0
fi
cd "$PARALLAX_HOME"
exec "${command[@]}"
