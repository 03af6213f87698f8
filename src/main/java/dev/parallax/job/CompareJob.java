package dev.parallax.job;

import dev.parallax.config.ConfigException;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.JobArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.io.ClaimDetail;
import dev.parallax.io.EventStateStore;
import dev.parallax.io.InputFile;
import dev.parallax.io.InputFiles;
import dev.parallax.io.ReportOutput;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.report.ReportedClaims;
import dev.parallax.wording.OutletSides;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compare job: reads the articles, cleans them, finds copies, groups them into events, and
 * writes the reports of one run date. {@link #main} maps failures to exit codes: 2 for bad
 * arguments or configuration, 1 for a failed run.
 */
public final class CompareJob {
  private static final Logger LOG = LoggerFactory.getLogger(CompareJob.class);

  private CompareJob() {}

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns the exit code (0, 1 or 2) instead of exiting. */
  static int execute(String[] args) {
    int status;
    try {
      status = runFromCommandLine(args);
    } catch (ConfigException e) {
      System.err.println("parallax: " + e.getMessage());
      status = 2;
    } catch (RuntimeException e) {
      LOG.error("run failed", e);
      System.err.println("parallax: run failed: " + e.getMessage());
      status = 1;
    }
    return status;
  }

  static int runFromCommandLine(String[] args) {
    JobArguments arguments = JobArguments.parse(args);
    if (arguments.help()) {
      System.out.println(JobArguments.USAGE);
      return 0;
    }
    String confDir = arguments.parallaxOverrides().getOrDefault(ConfigKeys.CONF_DIR.name(), "conf");
    ParallaxConfig config =
        ParallaxConfig.load(Path.of(confDir, "parallax.properties"), arguments.parallaxOverrides());
    Analyses analyses = Analyses.load(config, IngestRules.from(config));
    arguments.format().ifPresent(InputFormat::fromName);
    SparkSession spark = Sessions.create(arguments.sparkOverrides());
    try {
      RunSummary summary = run(spark, arguments, config, analyses);
      System.out.println("reports: " + summary.folder());
      System.out.println("summary: " + summary.folder() + "/report.html");
      System.out.println(summary.countsLine());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Runs every stage with the analyses the configuration names. */
  public static RunSummary run(
      SparkSession spark, JobArguments arguments, ParallaxConfig config, IngestRules rules) {
    return run(spark, arguments, config, Analyses.load(config, rules));
  }

  /** Runs every stage and commits the reports; the stages read top to bottom. */
  public static RunSummary run(
      SparkSession spark, JobArguments arguments, ParallaxConfig config, Analyses analyses) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    RunRecord record = new RunRecord();
    List<InputFile> files =
        InputFiles.list(
            arguments.inputs(),
            arguments.format().map(InputFormat::fromName),
            context.hadoopConfiguration());

    ReadArticles.Result read =
        record.run("read articles", stage -> ReadArticles.apply(spark, files, analyses, stage));
    RemoveRepeatedParagraphs.Result cleaned =
        record.run(
            "remove boilerplate",
            stage -> RemoveRepeatedParagraphs.apply(context, read, config, analyses, stage));
    DetectSyndication.Result syndication =
        record.run(
            "detect syndication",
            stage -> DetectSyndication.apply(context, cleaned, config, stage));
    JavaRDD<AnalysedArticle> analysed =
        record.run("analyse text", stage -> AnalyseText.apply(cleaned.articles(), stage));
    FindEvents.Outcome events =
        record.run(
            "cluster events",
            stage ->
                FindEvents.apply(
                    context,
                    analysed,
                    syndication.copies(),
                    analyses.events(),
                    analyses.corrections(),
                    analyses.meaning(),
                    arguments.state().map(folder -> new EventStateStore(spark, folder)),
                    arguments.runDate().toString(),
                    stage));
    ExtractClaims.Result claims =
        record.run(
            "extract claims",
            stage -> ExtractClaims.apply(context, events, config, analyses, stage));
    CompareWording.Comparison byOutlet =
        record.run(
            "compare wording",
            stage ->
                CompareWording.compare(
                    spark, events, syndication, config, analyses, OutletSides.outlets(), stage));
    CompareWording.Comparison byGroup =
        record.run(
            "compare wording by outlet group",
            stage -> CompareWording.byGroup(spark, events, syndication, config, analyses, stage));

    ReportOutput output =
        new ReportOutput(
            arguments.output(),
            arguments.runDate().toString(),
            context.hadoopConfiguration(),
            config.getBoolean(ConfigKeys.REPORT_BOM),
            config.get(ConfigKeys.REPORT_EVIDENCE).equals("sentences"));
    ReportedClaims.Limits claimLimits = ReportedClaims.Limits.of(config);
    try (RunRecord.Stage stage = record.stage("write reports")) {
      WriteIngestReports.apply(context, output, analysed, cleaned.rejects(), syndication.copies());
      WriteEventReports.apply(
          output,
          events.events(),
          analyses.rules().outlets(),
          config.getDouble(ConfigKeys.EVENTS_BLINDSPOT_SHARE));
      WriteClaimReports.apply(
          output, claims.events(), claims.cueCounts(), claimLimits, claims.claimsFound());
      if (config.getBoolean(ConfigKeys.REPORT_PARQUET)) {
        ClaimDetail.write(
            spark,
            claims.events(),
            claimLimits,
            output.quotesText(),
            output.temporaryFile("parquet/claim_mentions"));
      }
      WriteWordingReports.apply(output, byOutlet.rows(), byGroup.rows(), byGroup.attribute());
      WriteWordingReports.labels(output, byOutlet.labels(), byGroup.labels(), byGroup.attribute());
      RunManifest manifest =
          RunManifest.build(
              arguments, config, files, cleaned.counts(), cleaned.rejects(), syndication, record);
      WriteSummaries.apply(spark, output, manifest, byOutlet.sideTerms(), config);
      output.writeJson("manifest.json", manifest.document());
      events.writeState().ifPresent(Runnable::run);
      output.rowsWritten().forEach(stage::count);
      output.commit();
      return new RunSummary(output.target(), manifest);
    } catch (RuntimeException e) {
      output.abort();
      throw e;
    }
  }
}
