package dev.parallax.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Spark standalone cluster on 127.0.0.1 (a master and workers) started from Spark's classes
 * in the local Maven repository: a Spark home whose {@code jars/} links every jar of {@code
 * target/spark-classpath.txt}, which the build writes. Processes are stopped by PID.
 */
public final class StandaloneCluster implements AutoCloseable {
  private final ChildProcesses processes;
  private final Path work;
  private final List<Process> workers = new ArrayList<>();
  private final List<Integer> workerUiPorts = new ArrayList<>();
  private final int masterPort;
  private final int masterUiPort;
  private final Map<String, String> environment;
  private final HttpClient http = HttpClient.newHttpClient();

  private StandaloneCluster(ChildProcesses processes, Path work, Path sparkHome)
      throws IOException {
    this.processes = processes;
    this.work = work;
    this.masterPort = ChildProcesses.freePort();
    this.masterUiPort = ChildProcesses.freePort();
    this.environment = Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13");
  }

  /** Starts a master and {@code workerCount} workers (one core each) and waits until all live. */
  public static StandaloneCluster start(
      ChildProcesses processes, Path work, List<Path> sparkJars, int workerCount, String memory)
      throws IOException {
    Path sparkHome = Files.createDirectories(work.resolve("spark-home/jars"));
    for (Path jar : sparkJars) {
      Files.createSymbolicLink(sparkHome.resolve(jar.getFileName()), jar);
    }
    StandaloneCluster cluster = new StandaloneCluster(processes, work, sparkHome.getParent());
    cluster.startMaster();
    for (int i = 0; i < workerCount; i++) {
      cluster.startWorker(i, memory);
    }
    ChildProcesses.await(
        workerCount + " live workers",
        Duration.ofSeconds(90),
        () -> cluster.masterState().split("\"state\" : \"ALIVE\"", -1).length - 1 == workerCount);
    return cluster;
  }

  public String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  private List<String> java(String mainClass) {
    List<String> command = new ArrayList<>(JavaCommand.withOptions());
    command.add("-cp");
    command.add(environment.get("SPARK_HOME") + "/jars/*");
    command.add(mainClass);
    return command;
  }

  private void startMaster() throws IOException {
    List<String> command = java("org.apache.spark.deploy.master.Master");
    command.addAll(
        List.of(
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(masterPort),
            "--webui-port",
            Integer.toString(masterUiPort)));
    processes.start(command, work, environment, work.resolve("logs/master.log"));
  }

  private void startWorker(int index, String memory) throws IOException {
    int uiPort = ChildProcesses.freePort();
    Path workDir = Files.createDirectories(work.resolve("worker-" + index));
    List<String> command = java("org.apache.spark.deploy.worker.Worker");
    command.addAll(
        List.of(
            "--host",
            "127.0.0.1",
            "--webui-port",
            Integer.toString(uiPort),
            "--cores",
            "1",
            "--memory",
            memory,
            "--work-dir",
            workDir.toString(),
            masterUrl()));
    workers.add(
        processes.start(command, work, environment, work.resolve("logs/worker-" + index + ".log")));
    workerUiPorts.add(uiPort);
  }

  /** The master's JSON status page, or empty text while it is not up. */
  public String masterState() {
    return get(masterUiPort);
  }

  /** Whether worker {@code index} runs an executor now. */
  public boolean workerHasExecutor(int index) {
    String state = get(workerUiPorts.get(index));
    int executors = state.indexOf("\"executors\"");
    return executors >= 0 && state.indexOf("\"appid\"", executors) >= 0;
  }

  private String get(int port) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.body();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** SIGKILL to worker {@code index} and its executor. */
  public void killWorker(int index) {
    ChildProcesses.kill(workers.get(index));
  }

  @Override
  public void close() {
    processes.close();
  }
}
