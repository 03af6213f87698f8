# Shared by the jobs/ scripts: repository root, JVM options, and building the classpath.
# shellcheck shell=bash
PARALLAX_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"

# The JVM options every Parallax JVM uses: one file, also read by the Maven build.
parallax_jvm_options() {
  sed -n 's/^parallax\.jvm\.options=//p' "$PARALLAX_HOME/conf/jvm.properties"
}

# Compiles when sources are newer than the last build and writes the runtime classpath
# (compile + provided scope: Spark's jars come from the local Maven repository).
parallax_build_if_needed() {
  local stamp="$PARALLAX_HOME/target/classpath.txt"
  if [[ ! -f "$stamp" || -n "$(find "$PARALLAX_HOME/src/main" "$PARALLAX_HOME/pom.xml" "$PARALLAX_HOME/conf" -newer "$stamp" -print -quit)" ]]; then
    echo "parallax: building (mvn compile) ..." >&2
    (cd "$PARALLAX_HOME" && mvn -q -B compile dependency:build-classpath \
        -DincludeScope=compile -Dmdep.outputFile=target/classpath.txt) >&2 || return 1
    touch "$stamp"
  fi
}

parallax_classpath() {
  echo "$PARALLAX_HOME/target/classes:$(cat "$PARALLAX_HOME/target/classpath.txt")"
}

# Spark's own runtime classpath from the local Maven repository, without the libraries the
# assembly jar carries (what a Spark distribution's jars/ folder holds): target/spark-classpath.txt.
parallax_spark_classpath_if_needed() {
  local file="$PARALLAX_HOME/target/spark-classpath.txt"
  if [[ ! -f "$file" || "$PARALLAX_HOME/pom.xml" -nt "$file" ]]; then
    (cd "$PARALLAX_HOME" && mvn -q -B dependency:build-classpath@spark-classpath) >&2 || return 1
  fi
}
