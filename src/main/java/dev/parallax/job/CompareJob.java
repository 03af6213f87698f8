package dev.parallax.job;

import dev.parallax.claims.AttributionExtractor;
import dev.parallax.claims.ClaimAligner;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.DenialCues;
import dev.parallax.claims.DenialLinker;
import dev.parallax.config.ConfFiles;
import dev.parallax.config.ConfigException;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.JobArguments;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.events.EventCorrections;
import dev.parallax.events.EventSettings;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RepeatedParagraphRule;
import dev.parallax.io.ArticleRow;
import dev.parallax.io.EventStateStore;
import dev.parallax.io.InputFile;
import dev.parallax.io.InputFiles;
import dev.parallax.io.RejectRow;
import dev.parallax.io.ReportOutput;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.TermScore;
import dev.parallax.wording.DistinctiveTerms;
import dev.parallax.wording.OutletSides;
import dev.parallax.wording.ReferentLabels;
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
    IngestRules rules = IngestRules.from(config);
    arguments.format().ifPresent(InputFormat::fromName);
    SparkSession spark = Sessions.create(arguments.sparkOverrides());
    try {
      RunSummary summary = run(spark, arguments, config, rules);
      System.out.println("reports: " + summary.folder());
      System.out.println("summary: " + summary.folder() + "/report.html");
      System.out.println(summary.countsLine());
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Runs every stage and commits the reports; the stages read top to bottom. */
  public static RunSummary run(
      SparkSession spark, JobArguments arguments, ParallaxConfig config, IngestRules rules) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    java.util.Optional<OutletSides> groupSides = groupSides(config, rules);
    RunRecord record = new RunRecord();
    List<InputFile> files =
        InputFiles.list(
            arguments.inputs(),
            arguments.format().map(InputFormat::fromName),
            context.hadoopConfiguration());

    JavaRDD<IngestOutcome> read;
    JavaRDD<ArticleRow> unique;
    try (RunRecord.Stage stage = record.stage("read articles")) {
      read = ReadArticles.apply(spark, files, rules).persist(Storage.CACHED);
      unique = MakeIdsUnique.apply(context, Outcomes.accepted(read));
      stage.count("files", files.size());
      stage.count("records", read.count());
    }

    RemoveRepeatedParagraphs.Result cleaned;
    JavaRDD<ArticleRow> articles;
    JavaRDD<RejectRow> rejects;
    try (RunRecord.Stage stage = record.stage("remove boilerplate")) {
      cleaned =
          RemoveRepeatedParagraphs.apply(
              context,
              unique,
              new RepeatedParagraphRule(
                  config.getInt(ConfigKeys.INGEST_BOILERPLATE_MIN_ARTICLES),
                  config.getDouble(ConfigKeys.INGEST_BOILERPLATE_MIN_SHARE)),
              rules.minWords());
      JavaRDD<IngestOutcome> outcomes = cleaned.outcomes().persist(Storage.CACHED);
      articles = Outcomes.accepted(outcomes).persist(Storage.CACHED);
      rejects = Outcomes.rejected(read).union(Outcomes.rejected(outcomes)).persist(Storage.CACHED);
      stage.count("accepted", articles.count());
      stage.count("rejected", rejects.count());
      stage.count("repeated_paragraph_kinds", cleaned.repeatedParagraphKinds());
      // Articles and rejects are cached and counted: the earlier copies can go.
      outcomes.unpersist();
      read.unpersist();
    }

    DetectSyndication.Result syndication;
    try (RunRecord.Stage stage = record.stage("detect syndication")) {
      syndication =
          DetectSyndication.apply(
              articles,
              cleaned.sameText(),
              config.getInt(ConfigKeys.SYNDICATION_SHINGLE_WORDS),
              config.getDouble(ConfigKeys.SYNDICATION_NEAR_THRESHOLD),
              config.getInt(ConfigKeys.SYNDICATION_MAX_BUCKET),
              context.sc().longAccumulator("skipped LSH buckets"));
      stage.count("copies", syndication.copies().size());
      stage.count("skipped_buckets", syndication.skippedBuckets());
    }

    JavaRDD<AnalysedArticle> analysed;
    try (RunRecord.Stage stage = record.stage("analyse text")) {
      analysed = AnalyseText.apply(articles);
      long[] counts = AnalyseText.sentencesAndTokens(analysed);
      stage.count("articles", analysed.count());
      stage.count("sentences", counts[0]);
      stage.count("tokens", counts[1]);
    }

    FindEvents.Outcome events;
    try (RunRecord.Stage stage = record.stage("cluster events")) {
      events =
          FindEvents.apply(
              context,
              analysed,
              syndication.copies(),
              EventSettings.from(config),
              EventCorrections.parse(
                  ConfFiles.read(config, ConfigKeys.EVENTS_CORRECTIONS),
                  config.confFile(ConfigKeys.EVENTS_CORRECTIONS).toString()),
              arguments.state().map(folder -> new EventStateStore(spark, folder)),
              arguments.runDate().toString(),
              stage);
      stage.count("events_reported", events.events().count());
      stage.count(
          "multi_outlet_events_reported",
          events.events().filter(event -> event.outlets().size() > 1).count());
    }

    ExtractClaims.Result claims;
    try (RunRecord.Stage stage = record.stage("extract claims")) {
      claims =
          ExtractClaims.apply(
              context,
              events.reportedArticles(),
              events.events(),
              new ClaimExtractor(AttributionExtractor.from(config), DenialCues.from(config)),
              new ClaimAligner(config.getDouble(ConfigKeys.CLAIMS_ALIGN_THRESHOLD)),
              new DenialLinker(
                  config.getDouble(ConfigKeys.DENIALS_LINK_THRESHOLD), DenialCues.from(config)),
              java.util.Set.of(config.get(ConfigKeys.INGEST_ANALYSIS_LANGUAGES).split(",")),
              config.getInt(ConfigKeys.CLAIMS_MIN_OUTLETS));
      stage.count("mentions", claims.mentions().count());
      stage.count(
          "claims", claims.events().map(event -> (long) event.claims().size()).fold(0L, Long::sum));
      stage.count(
          "denials",
          claims.events().map(event -> (long) event.denials().size()).fold(0L, Long::sum));
    }

    Wording byOutlet;
    try (RunRecord.Stage stage = record.stage("compare wording")) {
      byOutlet = compareWording(spark, context, config, events, syndication, OutletSides.outlets());
      stage.count("terms_reported", byOutlet.rows().count());
      stage.count("labels_reported", byOutlet.labels().count());
    }
    Wording byGroup;
    try (RunRecord.Stage stage = record.stage("compare wording by outlet group")) {
      byGroup = Wording.none(context);
      if (groupSides.isPresent()) {
        OutletSides groups = groupSides.get();
        java.util.Set<String> corpusGroups =
            groups.of(
                events.events().flatMap(event -> event.outlets().iterator()).distinct().collect());
        stage.count("groups", corpusGroups.size());
        if (corpusGroups.size() >= 2) {
          byGroup = compareWording(spark, context, config, events, syndication, groups);
          stage.count("terms_reported", byGroup.rows().count());
          stage.count("labels_reported", byGroup.labels().count());
        } else {
          LOG.info(
              "wording by {}: the corpus's outlets fall in fewer than two groups ({}), nothing to"
                  + " compare",
              groups.attribute(),
              corpusGroups);
        }
      }
    }

    ReportOutput output =
        new ReportOutput(
            arguments.output(),
            arguments.runDate().toString(),
            context.hadoopConfiguration(),
            config.getBoolean(ConfigKeys.REPORT_BOM),
            config.get(ConfigKeys.REPORT_EVIDENCE).equals("sentences"));
    try (RunRecord.Stage stage = record.stage("write reports")) {
      WriteIngestReports.apply(context, output, articles, rejects, syndication.copies());
      WriteEventReports.apply(
          output,
          events.events(),
          rules.outlets(),
          config.getDouble(ConfigKeys.EVENTS_BLINDSPOT_SHARE));
      WriteClaimReports.apply(output, claims.events(), claims.mentions());
      WriteWordingReports.apply(output, byOutlet.rows(), byGroup.rows(), byGroup.attribute());
      WriteWordingReports.labels(output, byOutlet.labels(), byGroup.labels(), byGroup.attribute());
      RunManifest manifest =
          RunManifest.build(arguments, config, files, articles, rejects, syndication, record);
      WriteSummaries.apply(spark, output, manifest, byOutlet.sideTerms(), config);
      output.writeJson("manifest.json", manifest.document());
      events.writeState().ifPresent(Runnable::run);
      output.commit();
      return new RunSummary(output.target(), manifest);
    } catch (RuntimeException e) {
      output.abort();
      throw e;
    }
  }

  /** The outlet groups of {@code wording.group-attribute}, checked against the registry. */
  static java.util.Optional<OutletSides> groupSides(ParallaxConfig config, IngestRules rules) {
    String attribute = config.get(ConfigKeys.WORDING_GROUP_ATTRIBUTE).strip();
    if (attribute.isEmpty()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(OutletSides.groups(rules.outlets(), attribute));
    } catch (IllegalArgumentException e) {
      throw new dev.parallax.config.ConfigException(
          ConfigKeys.WORDING_GROUP_ATTRIBUTE.name() + ": " + e.getMessage());
    }
  }

  /** Distinctive terms and referent labels of one comparison (by outlet or by outlet group). */
  record Wording(
      JavaRDD<TermScore> rows,
      JavaRDD<CompareLabels.Row> labels,
      java.util.Map<String, java.util.Map<String, Long>> sideTerms,
      String attribute) {
    static Wording none(JavaSparkContext context) {
      return new Wording(context.emptyRDD(), context.emptyRDD(), java.util.Map.of(), "");
    }
  }

  /** Runs one wording comparison; its rows and labels come back cached. */
  private static Wording compareWording(
      SparkSession spark,
      JavaSparkContext context,
      ParallaxConfig config,
      FindEvents.Outcome events,
      DetectSyndication.Result syndication,
      OutletSides sides) {
    java.util.Set<String> copyIds = new java.util.HashSet<>();
    syndication.copies().forEach(copy -> copyIds.add(copy.articleId()));
    double priorTotal = config.getDouble(ConfigKeys.WORDING_PRIOR_SIZE);
    int topN = config.getInt(ConfigKeys.WORDING_TOP_N);
    CompareWording.Result compared =
        CompareWording.apply(
            spark,
            context,
            events.reportedArticles(),
            events.events(),
            copyIds,
            java.util.Set.of(config.get(ConfigKeys.INGEST_ANALYSIS_LANGUAGES).split(",")),
            sides,
            new DistinctiveTerms(priorTotal, topN, config.getInt(ConfigKeys.WORDING_MIN_COUNT)),
            priorTotal,
            topN,
            config.getInt(ConfigKeys.WORDING_MIN_COUNT_ALL));
    JavaRDD<TermScore> rows = compared.rows().persist(Storage.CACHED);
    rows.count();
    // The rows are cached and counted: the corpus-wide tallies can leave the cache.
    compared.releaseTallies().run();
    JavaRDD<CompareLabels.Row> labels =
        CompareLabels.apply(
                compared.comparedArticles(),
                ReferentLabels.of(
                    ConfFiles.contentLines(config, ConfigKeys.WORDING_REFERENT_HEADS),
                    ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_MODIFIERS)),
                sides)
            .persist(Storage.CACHED);
    return new Wording(
        rows, labels, compared.outletTerms(), sides.attribute() == null ? "" : sides.attribute());
  }
}
