package dev.parallax.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a run did, for the log and the manifest: each stage's start, end, seconds and counts. Stages
 * log "start" and "end" lines at INFO so long runs show progress.
 */
public final class RunRecord {
  private static final Logger LOG = LoggerFactory.getLogger("dev.parallax.stage");
  private final List<Map<String, Object>> stages = new ArrayList<>();
  private final long startNanos = System.nanoTime();

  /** Runs one stage: logs its start, gives it its record for counts, logs its end. */
  public <T> T run(String name, java.util.function.Function<Stage, T> body) {
    try (Stage stage = stage(name)) {
      return body.apply(stage);
    }
  }

  /** Starts a stage; close it to log its end. */
  public Stage stage(String name) {
    return new Stage(name);
  }

  public List<Map<String, Object>> stages() {
    return List.copyOf(stages);
  }

  public double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** One running stage. */
  public final class Stage implements AutoCloseable {
    private final String name;
    private final long started = System.nanoTime();
    private final Map<String, Object> counts = new LinkedHashMap<>();

    private Stage(String name) {
      this.name = name;
      LOG.info("stage {}: start", name);
    }

    public void count(String key, long value) {
      counts.put(key, value);
    }

    @Override
    public void close() {
      double seconds = (System.nanoTime() - started) / 1e9;
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("stage", name);
      entry.put("seconds", Math.round(seconds * 1000) / 1000.0);
      entry.put("counts", new LinkedHashMap<>(counts));
      stages.add(entry);
      LOG.info("stage {}: end in {} s {}", name, String.format("%.2f", seconds), counts);
    }
  }
}
