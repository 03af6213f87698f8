package dev.parallax.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.claims.AttributionExtractor;
import dev.parallax.claims.ClaimAligner;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.ClaimGold;
import dev.parallax.claims.DenialCues;
import dev.parallax.claims.DenialLinker;
import dev.parallax.claims.RebuttalFeatures;
import dev.parallax.claims.RebuttalModel;
import dev.parallax.claims.RebuttalTraining;
import dev.parallax.config.ConfigException;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.FieldValue;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.RawRecord;
import dev.parallax.model.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jobs/evaluate.sh rebuttal-train --gold GOLD.json --input ARTICLES.jsonl --out FILE}:
 * learns the rebuttal model from a reader's gold of claims and denials (claims-dev's layout) and
 * prints the denial scores with the cues alone, cross-validated by event, and in-sample. Plain
 * Java, no Spark: the articles go through the ingest rules and the claims analysis as in the job,
 * grouped by the gold's events.
 */
public final class RebuttalEvaluation {
  private RebuttalEvaluation() {}

  static List<String> train(Map<String, String> options) {
    String gold = options.get("--gold");
    String input = options.get("--input");
    String out = options.get("--out");
    if (gold == null || input == null || out == null) {
      throw new ConfigException("rebuttal-train needs --gold, --input and --out");
    }
    ParallaxConfig config =
        ParallaxConfig.of(
            Map.of(
                "conf.dir",
                options.getOrDefault("--conf-dir", "conf"),
                ConfigKeys.DENIALS_REBUTTAL_MODEL.name(),
                ""));
    long start = System.nanoTime();
    RebuttalTraining.Outcome outcome = outcome(Path.of(gold), Path.of(input), config);
    List<String> lines = new ArrayList<>(outcome.report());
    String comment =
        "Rebuttal model (a sentence without a denial cue disputes the claim it is linked to),\n"
            + "written by jobs/evaluate.sh rebuttal-train from "
            + Path.of(gold).getFileName()
            + " and "
            + Path.of(input).getFileName()
            + "\n"
            + String.join("\n", outcome.report())
            + "\nEach feature line: weight on the standardised feature, its mean, its scale.";
    try {
      Files.writeString(Path.of(out), outcome.model().format(comment), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot write " + out + ": " + e.getMessage());
    }
    lines.add(
        String.format(
            java.util.Locale.ROOT,
            "trained in %.1f s; wrote %s",
            (System.nanoTime() - start) / 1e9,
            out));
    return lines;
  }

  /**
   * The trained model and its report, for a configuration whose own rebuttal model is off (the
   * candidates and features come from {@code denials.rebuttal-signals}).
   */
  public static RebuttalTraining.Outcome outcome(Path gold, Path input, ParallaxConfig config) {
    return RebuttalTraining.train(events(gold, input, config), RebuttalFeatures.from(config));
  }

  /** The gold's events through the claims analysis: candidates, features, labels. */
  public static List<RebuttalTraining.EventData> events(
      Path gold, Path input, ParallaxConfig config) {
    IngestRules rules = IngestRules.from(config);
    DenialCues cues = DenialCues.from(config);
    RebuttalFeatures features = RebuttalFeatures.from(config);
    ClaimExtractor extractor =
        new ClaimExtractor(AttributionExtractor.from(config), cues, features);
    ClaimAligner aligner = new ClaimAligner(config.getDouble(ConfigKeys.CLAIMS_ALIGN_THRESHOLD));
    DenialLinker linker =
        new DenialLinker(
            config.getDouble(ConfigKeys.DENIALS_LINK_THRESHOLD),
            cues,
            RebuttalModel.untrained(features));
    return RebuttalTraining.analyse(
        ClaimGold.read(gold), articles(input, rules), extractor, aligner, linker);
  }

  /** The accepted articles of a JSON Lines file by id, through the job's ingest rules. */
  static Map<String, Article> articles(Path input, IngestRules rules) {
    ArticleNormalizer normalizer = new ArticleNormalizer(rules);
    Map<String, Article> articles = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        Map<String, FieldValue> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          if (field.getValue().isTextual()) {
            fields.put(field.getKey(), FieldValue.string(field.getValue().asText()));
          }
        }
        IngestOutcome outcome =
            normalizer.normalise(
                new RawRecord(input.toString(), number, fields, "articles", false, line));
        if (outcome instanceof IngestOutcome.Accepted accepted) {
          articles.put(accepted.article().id(), accepted.article());
        }
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + input + ": " + e.getMessage());
    }
    return articles;
  }
}
