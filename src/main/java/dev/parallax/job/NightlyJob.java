package dev.parallax.job;

import dev.parallax.config.ConfigException;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.JobArguments;
import dev.parallax.config.NightlyArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.io.EventStateStore;
import dev.parallax.io.ReportOutput;
import dev.parallax.io.RunLock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job: for each run date (yesterday in {@code job.timezone} by default, or a backfill
 * range in order) it reads that day's input, adds it to the event state and commits the day's
 * reports to {@code OUTPUT/run_date=D/}. Each date runs under two locks (the date's report folder
 * and the state folder), so a second run of the same date or state exits with code 3. Spark event
 * logs are on by default. See {@link NightlyArguments#USAGE} for the exit codes.
 */
public final class NightlyJob {
  private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
  static final int EXIT_LOCKED = 3;
  static final int EXIT_TOO_MANY_REJECTS = 4;

  private NightlyJob() {}

  public static void main(String[] args) {
    System.exit(execute(args, Clock.systemUTC()));
  }

  static int execute(String[] args, Clock clock) {
    try {
      NightlyArguments arguments = NightlyArguments.parse(args);
      if (arguments.help()) {
        System.out.println(NightlyArguments.USAGE);
        return 0;
      }
      Plan plan = Plan.of(arguments, clock);
      // Every registry, lexicon and model is read and checked before Spark starts.
      Analyses analyses = Analyses.load(plan.config(), IngestRules.from(plan.config()));
      Map<String, String> sparkOverrides = withEventLog(plan, arguments.sparkOverrides());
      SparkSession spark = Sessions.create(sparkOverrides);
      try {
        return run(spark, plan, analyses);
      } finally {
        spark.stop();
      }
    } catch (ConfigException e) {
      System.err.println("parallax: " + e.getMessage());
      return 2;
    } catch (RuntimeException e) {
      LOG.error("nightly run failed", e);
      System.err.println("parallax: nightly run failed: " + e.getMessage());
      return 1;
    }
  }

  /** Everything a nightly run needs, resolved from the arguments and the configuration. */
  record Plan(
      List<LocalDate> dates,
      String inputTemplate,
      String output,
      String state,
      Optional<String> format,
      ParallaxConfig config,
      Map<String, String> parallaxOverrides,
      Map<String, String> sparkOverrides) {

    static Plan of(NightlyArguments arguments, Clock clock) {
      String confDir =
          arguments.parallaxOverrides().getOrDefault(ConfigKeys.CONF_DIR.name(), "conf");
      ParallaxConfig config =
          ParallaxConfig.load(
              Path.of(confDir, "parallax.properties"), arguments.parallaxOverrides());
      arguments.format().ifPresent(InputFormat::fromName);
      ZoneId zone;
      try {
        zone = ZoneId.of(config.get(ConfigKeys.JOB_TIMEZONE));
      } catch (DateTimeException e) {
        throw new ConfigException(
            "job.timezone is '" + config.get(ConfigKeys.JOB_TIMEZONE) + "': " + e.getMessage());
      }
      String output = arguments.output().orElse(config.get(ConfigKeys.NIGHTLY_OUTPUT_DIR));
      return new Plan(
          arguments.dates(zone, clock),
          arguments.inputTemplate().orElse(config.get(ConfigKeys.NIGHTLY_INPUT_TEMPLATE)),
          output,
          arguments.state().orElse(config.get(ConfigKeys.NIGHTLY_STATE_DIR)),
          arguments.format(),
          config,
          arguments.parallaxOverrides(),
          arguments.sparkOverrides());
    }
  }

  /**
   * Turns Spark event logs on (unless configured off or set by the caller) into a folder created
   * first, so each run can be inspected in the history server.
   */
  static Map<String, String> withEventLog(Plan plan, Map<String, String> sparkOverrides) {
    String setting = plan.config().get(ConfigKeys.NIGHTLY_EVENT_LOG_DIR).strip();
    SparkConf submitted = new SparkConf();
    if (setting.equals("off")
        || sparkOverrides.containsKey("spark.eventLog.enabled")
        || submitted.contains("spark.eventLog.enabled")) {
      return sparkOverrides;
    }
    org.apache.hadoop.fs.Path folder =
        new org.apache.hadoop.fs.Path(
            setting.isEmpty() ? plan.output() + "/_spark-events" : setting);
    try {
      FileSystem fileSystem = folder.getFileSystem(new Configuration());
      fileSystem.mkdirs(folder);
      URI uri = fileSystem.makeQualified(folder).toUri();
      Map<String, String> result = new LinkedHashMap<>(sparkOverrides);
      result.put("spark.eventLog.enabled", "true");
      result.put("spark.eventLog.dir", uri.toString());
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the event log folder " + folder, e);
    }
  }

  /** Runs the plan's dates in order with the analyses its configuration names. */
  static int run(SparkSession spark, Plan plan) {
    return run(spark, plan, Analyses.load(plan.config(), IngestRules.from(plan.config())));
  }

  /** Runs the plan's dates in order; stops at the first failure or lock, returns the exit code. */
  static int run(SparkSession spark, Plan plan, Analyses analyses) {
    int status = 0;
    for (LocalDate date : plan.dates()) {
      int dateStatus = runDate(spark, plan, analyses, date);
      if (dateStatus == EXIT_TOO_MANY_REJECTS) {
        status = EXIT_TOO_MANY_REJECTS;
      } else if (dateStatus != 0) {
        return dateStatus;
      }
    }
    return status;
  }

  private static int runDate(SparkSession spark, Plan plan, Analyses analyses, LocalDate date) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Optional<RunLock> dateLock =
        lockFor(plan.output(), ".lock-run_date=" + date, "the report folder of " + date);
    if (dateLock.isEmpty()) {
      return EXIT_LOCKED;
    }
    try (RunLock heldDate = dateLock.get()) {
      Optional<RunLock> stateLock = lockFor(plan.state(), ".lock", "the state folder");
      if (stateLock.isEmpty()) {
        return EXIT_LOCKED;
      }
      try (RunLock heldState = stateLock.get()) {
        int leftovers = ReportOutput.removeLeftovers(plan.output(), date.toString(), hadoop);
        if (leftovers > 0) {
          LOG.info(
              "removed {} temporary report folder(s) of an interrupted run of {}", leftovers, date);
        }
        String input = NightlyArguments.inputFor(plan.inputTemplate(), date);
        List<String> inputs = hasFiles(input, hadoop) ? List.of(input) : List.of();
        if (inputs.isEmpty()) {
          LOG.info("run date {}: no input at {}; writing empty reports", date, input);
        }
        JobArguments arguments =
            new JobArguments(
                inputs,
                plan.format(),
                plan.output(),
                date,
                Optional.of(plan.state()),
                plan.parallaxOverrides(),
                plan.sparkOverrides(),
                false);
        RunSummary summary = CompareJob.run(spark, arguments, plan.config(), analyses);
        System.out.println("reports: " + summary.folder());
        System.out.println("summary: " + summary.folder() + "/report.html");
        System.out.println(summary.countsLine());
        List<String> pruned =
            new EventStateStore(spark, plan.state())
                .prune(date, plan.config().getInt(ConfigKeys.NIGHTLY_STATE_RETENTION_DAYS));
        if (!pruned.isEmpty()) {
          LOG.info("pruned state: {}", pruned);
        }
        double maxShare = plan.config().getDouble(ConfigKeys.NIGHTLY_MAX_REJECT_SHARE);
        long read = summary.manifest().read();
        double share = read == 0 ? 0.0 : summary.manifest().rejected() / (double) read;
        if (share > maxShare) {
          System.err.printf(
              "parallax: run date %s rejected %d of %d records (%.4f > nightly.max-reject-share"
                  + " %.4f); see rejects.csv%n",
              date, summary.manifest().rejected(), read, share, maxShare);
          return EXIT_TOO_MANY_REJECTS;
        }
        return 0;
      }
    }
  }

  /**
   * The lock of a local folder; folders on other file systems (HDFS, S3) are not locked here: the
   * scheduler must not start two runs of one date there.
   */
  private static Optional<RunLock> lockFor(String folder, String name, String what) {
    URI uri = new org.apache.hadoop.fs.Path(folder).toUri();
    if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
      LOG.warn("{} is on {}: not locked", what, uri.getScheme());
      return Optional.of(RunLock.none());
    }
    Path file = Path.of(uri.getPath()).resolve(name);
    Optional<RunLock> lock = RunLock.tryAcquire(file);
    if (lock.isEmpty()) {
      System.err.println(
          "parallax: another run holds the lock of " + what + " (" + file + "); exiting");
    }
    return lock;
  }

  private static boolean hasFiles(String input, Configuration hadoop) {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
    try {
      FileSystem fileSystem = path.getFileSystem(hadoop);
      if (!fileSystem.exists(path)) {
        return false;
      }
      FileStatus status = fileSystem.getFileStatus(path);
      return status.isFile() || fileSystem.listStatus(path).length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read input " + input, e);
    }
  }
}
