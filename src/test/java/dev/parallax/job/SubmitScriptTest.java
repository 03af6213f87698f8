package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.ProjectPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command lines {@code jobs/submit.sh --dry-run} builds for YARN and Kubernetes (which cannot
 * run here; the standalone path runs for real in ClusterFaultIT), and its argument checks.
 */
class SubmitScriptTest {
  @TempDir Path work;

  record Result(int exit, String out, String err) {}

  private Result submit(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(ProjectPaths.root().resolve("jobs/submit.sh").toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
    builder.environment().remove("SPARK_HOME");
    builder.environment().putAll(environment);
    builder.redirectOutput(work.resolve("out.txt").toFile());
    builder.redirectError(work.resolve("err.txt").toFile());
    int exit = builder.start().waitFor();
    return new Result(
        exit,
        Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private Map<String, String> sparkHome() throws IOException {
    Path bin = Files.createDirectories(work.resolve("spark/bin"));
    Path script = bin.resolve("spark-submit");
    Files.writeString(script, "#!/bin/sh\necho should not run\nexit 9\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return Map.of("SPARK_HOME", work.resolve("spark").toString());
  }

  @Test
  void yarnClusterModeGoesThroughTheClustersSparkSubmit() throws Exception {
    Result result =
        submit(
            sparkHome(),
            "--dry-run",
            "--master",
            "yarn",
            "--deploy-mode",
            "cluster",
            "--queue",
            "research",
            "--jar",
            "/opt/parallax.jar",
            "--conf",
            "spark.executor.memory=4g",
            "--conf",
            "wording.top-n=5",
            "--input",
            "hdfs:///news/2026-03",
            "--output",
            "hdfs:///parallax/reports");
    assertThat(result.exit()).isZero();
    assertThat(result.out().strip())
        .isEqualTo(
            work.resolve("spark/bin/spark-submit")
                + " --master yarn --deploy-mode cluster --class dev.parallax.job.CompareJob"
                + " --name parallax-compare --queue research --conf spark.executor.memory=4g"
                + " /opt/parallax.jar --conf wording.top-n=5 --input hdfs:///news/2026-03"
                + " --output hdfs:///parallax/reports");
  }

  @Test
  void yarnClientModeRunsTheDriverHereWithParallaxsJvmOptions() throws Exception {
    Result result =
        submit(
            sparkHome(),
            "--dry-run",
            "--master",
            "yarn",
            "--job",
            "nightly",
            "--jar",
            "/opt/parallax.jar",
            "--run-date",
            "2026-03-02");
    assertThat(result.exit()).isZero();
    assertThat(result.out())
        .contains("--master yarn --deploy-mode client --class dev.parallax.job.NightlyJob")
        .contains("--driver-java-options")
        .contains("--add-opens=java.base/java.nio=ALL-UNNAMED")
        .contains("/opt/parallax.jar --run-date 2026-03-02");
  }

  @Test
  void kubernetesNeedsAnImageAndUsesTheJarInsideIt() throws Exception {
    Result missing = submit(sparkHome(), "--dry-run", "--master", "k8s://https://10.0.0.1:6443");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("--k8s-image is required");

    Result result =
        submit(
            sparkHome(),
            "--dry-run",
            "--master",
            "k8s://https://10.0.0.1:6443",
            "--deploy-mode",
            "cluster",
            "--k8s-image",
            "registry.example/parallax:0.1",
            "--k8s-namespace",
            "media-research",
            "--input",
            "s3a://news/2026-03-02");
    assertThat(result.exit()).isZero();
    assertThat(result.out().strip())
        .endsWith(
            "--master k8s://https://10.0.0.1:6443 --deploy-mode cluster"
                + " --class dev.parallax.job.CompareJob --name parallax-compare"
                + " --conf spark.kubernetes.container.image=registry.example/parallax:0.1"
                + " --conf spark.kubernetes.namespace=media-research"
                + " local:///opt/parallax/parallax-assembly.jar --input s3a://news/2026-03-02");
  }

  @Test
  void badOptionsExitWithTwo() throws Exception {
    assertThat(submit(Map.of(), "--dry-run").exit()).isEqualTo(2);
    Result mode = submit(Map.of(), "--dry-run", "--master", "yarn", "--deploy-mode", "both");
    assertThat(mode.exit()).isEqualTo(2);
    assertThat(mode.err()).contains("must be client or cluster");
    Result job = submit(Map.of(), "--dry-run", "--master", "local[2]", "--job", "other");
    assertThat(job.exit()).isEqualTo(2);
    assertThat(submit(Map.of(), "--master", "mesos://x:5050").exit()).isEqualTo(2);
  }
}
