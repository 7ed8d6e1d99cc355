# Sourced by the benchmark scripts that run a benchmark main of a module's test sources (the ones that run the myelin
# command need none of this: the command finds its JDK itself). bench_java MODULE prints the java command line that
# runs a main of that module's test sources, with the reactor's own modules taken from this checkout (not from ~/.m2).
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

bench_java() {
  local module="$1" heap="${2:--Xmx2g}"
  ./mvnw -B -q -pl "$module" -am test-compile >&2
  ./mvnw -B -q -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$PWD/$module/target/bench.classpath" >&2
  local cp="$module/target/classes:$module/target/test-classes"
  local dir
  for dir in sql vocab mappings etl cohort-engine; do
    [ "$dir" = "$module" ] || cp="$cp:$dir/target/classes:$dir/target/test-classes"
  done
  cp="$cp:$(tr ':' '\n' < "$module/target/bench.classpath" | grep -v '/org/myelin/' | paste -sd:)"
  echo "$JAVA_HOME/bin/java $heap -Djava.util.logging.config.file=/dev/null -cp $cp"
}
