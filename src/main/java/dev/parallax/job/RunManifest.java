package dev.parallax.job;

import dev.parallax.config.JobArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.io.InputFile;
import dev.parallax.io.RejectRow;
import dev.parallax.model.Syndication;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;

/**
 * The run's {@code manifest.json}: inputs with per-file counts, effective configuration, version,
 * per-stage counts and timings. Read = accepted + rejected holds per file and in total.
 */
public final class RunManifest {
  private final Map<String, Object> document;
  private final long read;
  private final long accepted;
  private final long rejected;
  private final long copies;

  private RunManifest(
      Map<String, Object> document, long read, long accepted, long rejected, long copies) {
    this.document = document;
    this.read = read;
    this.accepted = accepted;
    this.rejected = rejected;
    this.copies = copies;
  }

  static RunManifest build(
      JobArguments arguments,
      ParallaxConfig config,
      List<InputFile> files,
      AcceptedCounts articles,
      JavaRDD<RejectRow> rejects,
      DetectSyndication.Result syndication,
      RunRecord record) {
    Map<String, Long> acceptedByFile = articles.byFile();
    Map<String, Long> rejectedByFile = rejects.map(RejectRow::getSourceFile).countByValue();
    Map<String, Long> rejectedByReason =
        new TreeMap<>(rejects.map(RejectRow::getReason).countByValue());
    Map<String, Long> languages = new TreeMap<>(articles.byLanguage());
    long repaired = articles.repairedUtf8();
    List<Map<String, Object>> perFile =
        files.stream()
            .map(
                file -> {
                  long fileAccepted = acceptedByFile.getOrDefault(file.path(), 0L);
                  long fileRejected = rejectedByFile.getOrDefault(file.path(), 0L);
                  Map<String, Object> entry = new LinkedHashMap<>();
                  entry.put("file", file.path());
                  entry.put(
                      "format", file.format() == null ? "" : file.format().name().toLowerCase());
                  entry.put("read", fileAccepted + fileRejected);
                  entry.put("accepted", fileAccepted);
                  entry.put("rejected", fileRejected);
                  return entry;
                })
            .toList();
    long accepted = acceptedByFile.values().stream().mapToLong(Long::longValue).sum();
    long rejected = rejectedByFile.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> copiesByMethod = new TreeMap<>();
    for (Syndication copy : syndication.copies()) {
      copiesByMethod.merge(copy.method().reportValue(), 1L, Long::sum);
    }
    List<String> analysisLanguages =
        config.getList(dev.parallax.config.ConfigKeys.INGEST_ANALYSIS_LANGUAGES);
    long otherLanguages =
        languages.entrySet().stream()
            .filter(entry -> !analysisLanguages.contains(entry.getKey()))
            .mapToLong(Map.Entry::getValue)
            .sum();

    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("read", accepted + rejected);
    counts.put("accepted", accepted);
    counts.put("rejected", rejected);
    counts.put("rejected_by_reason", rejectedByReason);
    counts.put("utf8_repaired", repaired);
    counts.put("languages", languages);
    counts.put("skipped_other_language", otherLanguages);
    counts.put("copies", (long) syndication.copies().size());
    counts.put("copies_by_method", copiesByMethod);

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("parallax_version", version());
    document.put("run_date", arguments.runDate().toString());
    document.put("written_at", Instant.now().toString());
    document.put("inputs", arguments.inputs());
    document.put("no_input", files.isEmpty());
    document.put("counts", counts);
    document.put("files", perFile);
    document.put("stages", record.stages());
    document.put("seconds", Math.round(record.seconds() * 1000) / 1000.0);
    document.put("config", config.asMap());
    return new RunManifest(
        document, accepted + rejected, accepted, rejected, syndication.copies().size());
  }

  private static String version() {
    String version = RunManifest.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  public Map<String, Object> document() {
    return document;
  }

  public long read() {
    return read;
  }

  public long accepted() {
    return accepted;
  }

  public long rejected() {
    return rejected;
  }

  public long copies() {
    return copies;
  }
}
