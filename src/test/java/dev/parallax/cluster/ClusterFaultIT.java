package dev.parallax.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.ChildProcesses;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.StandaloneCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job in real processes (run by Failsafe after {@code package}): the assembly jar
 * submitted with {@code jobs/submit.sh} to a standalone cluster of a master and two workers on
 * 127.0.0.1, a worker killed during a stage, 1, 4 and 16 partitions, and {@code kill -9} of a
 * nightly run. Every comparison is against the report files of a local run of the same jar:
 * byte-identical, apart from {@code manifest.json} (timings).
 */
class ClusterFaultIT {
  private static final String RUN_DATE = "2026-03-31";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
  @TempDir static Path work;
  static ChildProcesses processes;
  static StandaloneCluster cluster;
  static Map<String, byte[]> reference;

  @BeforeAll
  static void startClusterAndRunLocally() throws IOException {
    Path classpath = ProjectPaths.root().resolve("target/spark-classpath.txt");
    assertThat(classpath).as("written by mvn package").exists();
    List<Path> jars =
        Arrays.stream(Files.readString(classpath).trim().split(":")).map(Path::of).toList();
    processes = new ChildProcesses();
    cluster = StandaloneCluster.start(processes, work.resolve("cluster"), jars, 2, "2g");
    reference = reportFiles(submit("reference", "local[2]", List.of()));
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** Runs jobs/submit.sh to completion and returns the report folder. */
  private static Path submit(String name, String master, List<String> extra) throws IOException {
    Process process = startSubmit(name, master, "compare", extra);
    Path log = work.resolve("logs/" + name + ".log");
    assertThat(ChildProcesses.waitFor(process, RUN_TIMEOUT, log))
        .as("exit code of %s; log:\n%s", name, ChildProcesses.tail(log))
        .isZero();
    return work.resolve(name + "/run_date=" + RUN_DATE);
  }

  private static Process startSubmit(String name, String master, String job, List<String> extra)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(ProjectPaths.root().resolve("jobs/submit.sh").toString());
    command.addAll(
        List.of(
            "--master",
            master,
            "--job",
            job,
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--conf",
            "spark.ui.enabled=false",
            "--conf",
            "spark.executor.memory=1g",
            "--input",
            ProjectPaths.sample().toString(),
            "--output",
            work.resolve(name).toString()));
    if (job.equals("compare")) {
      command.addAll(List.of("--run-date", RUN_DATE));
    }
    command.addAll(extra);
    return processes.start(
        command, ProjectPaths.root(), Map.of(), work.resolve("logs/" + name + ".log"));
  }

  /** The report files of a folder by name, without the manifest (it holds timings). */
  private static Map<String, byte[]> reportFiles(Path folder) throws IOException {
    assertThat(folder.resolve("_SUCCESS")).exists();
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> listing = Files.list(folder)) {
      for (Path file : listing.toList()) {
        String name = file.getFileName().toString();
        if (!name.equals("manifest.json")) {
          files.put(name, Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private static void assertSameReports(Path folder) throws IOException {
    Map<String, byte[]> files = reportFiles(folder);
    assertThat(files.keySet()).isEqualTo(reference.keySet());
    assertThat(reference).containsKeys("events.csv", "claims.csv", "wording.csv", "_SUCCESS");
    for (String name : reference.keySet()) {
      assertThat(new String(files.get(name), java.nio.charset.StandardCharsets.UTF_8))
          .as(name + " in " + folder)
          .isEqualTo(new String(reference.get(name), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void theAssemblyJarOnAStandaloneClusterWritesTheLocalReports() throws IOException {
    assertSameReports(submit("cluster", cluster.masterUrl(), List.of()));
  }

  @Test
  void aWorkerKilledDuringAStageDoesNotChangeTheReports() throws IOException {
    Path events = Files.createDirectories(work.resolve("event-log"));
    Process process =
        startSubmit(
            "worker-killed",
            cluster.masterUrl(),
            "compare",
            List.of(
                "--conf", "spark.eventLog.enabled=true",
                "--conf", "spark.eventLog.dir=file:" + events,
                "--conf", "spark.eventLog.rolling.enabled=false",
                "--conf", "spark.eventLog.compress=false"));
    Path log = work.resolve("logs/worker-killed.log");
    ChildProcesses.await(
        "an executor on worker 1", Duration.ofMinutes(2), () -> cluster.workerHasExecutor(1));
    ChildProcesses.await(
        "the syndication stage",
        Duration.ofMinutes(2),
        () -> logContains(log, "stage detect syndication: start"));
    assertThat(process.isAlive()).as("the job still runs when the worker is killed").isTrue();
    cluster.killWorker(1);

    assertThat(ChildProcesses.waitFor(process, RUN_TIMEOUT, log))
        .as("exit code; log:\n%s", ChildProcesses.tail(log))
        .isZero();
    assertSameReports(work.resolve("worker-killed/run_date=" + RUN_DATE));
    String eventLog;
    try (Stream<Path> files = Files.list(events)) {
      eventLog = Files.readString(files.findFirst().orElseThrow());
    }
    assertThat(eventLog).as("Spark saw the executor go").contains("SparkListenerExecutorRemoved");
  }

  @Test
  void oneFourAndSixteenPartitionsWriteTheSameReports() throws IOException {
    for (int partitions : new int[] {1, 4, 16}) {
      assertSameReports(
          submit(
              "partitions-" + partitions,
              "local[2]",
              List.of(
                  "--conf", "spark.default.parallelism=" + partitions,
                  "--conf", "spark.sql.shuffle.partitions=" + partitions)));
    }
  }

  @Test
  void aNightlyRunKilledWhileWritingLeavesNoHalfFolderAndItsRerunMatches() throws IOException {
    List<String> nightly =
        List.of("--run-date", RUN_DATE, "--state", work.resolve("nightly-state").toString());
    Path output = work.resolve("nightly");
    Process killed = startSubmit("nightly", "local[2]", "nightly", nightly);
    ChildProcesses.await(
        "a report being written",
        RUN_TIMEOUT,
        () -> temporaryFolders(output).stream().anyMatch(ClusterFaultIT::hasFiles));
    assertThat(killed.isAlive()).isTrue();
    ChildProcesses.kill(killed);
    assertThat(killed.exitValue()).isEqualTo(137);

    Path folder = output.resolve("run_date=" + RUN_DATE);
    assertThat(folder).as("no report folder before its commit").doesNotExist();
    assertThat(temporaryFolders(output))
        .as("only hidden temporary folders are left")
        .isNotEmpty()
        .allMatch(path -> path.getFileName().toString().startsWith("."));

    Process rerun = startSubmit("nightly", "local[2]", "nightly", nightly);
    Path log = work.resolve("logs/nightly.log");
    assertThat(ChildProcesses.waitFor(rerun, RUN_TIMEOUT, log))
        .as("exit code; log:\n%s", ChildProcesses.tail(log))
        .isZero();
    assertThat(temporaryFolders(output)).as("the rerun cleans up").isEmpty();
    assertSameReports(folder);
    assertThat(output.resolve("_spark-events")).isDirectoryContaining(path -> true);

    // A rerun killed while writing leaves the committed folder as it was.
    Process again = startSubmit("nightly", "local[2]", "nightly", nightly);
    ChildProcesses.await(
        "a report being rewritten",
        RUN_TIMEOUT,
        () -> temporaryFolders(output).stream().anyMatch(ClusterFaultIT::hasFiles));
    ChildProcesses.kill(again);
    assertSameReports(folder);
  }

  private static boolean logContains(Path log, String text) {
    try {
      return Files.exists(log) && Files.readString(log).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Path> temporaryFolders(Path output) {
    if (!Files.isDirectory(output)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(output)) {
      return listing.filter(path -> path.getFileName().toString().startsWith(".tmp-")).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean hasFiles(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.findAny().isPresent();
    } catch (IOException e) {
      return false;
    }
  }
}
