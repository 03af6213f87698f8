package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.config.JobArguments;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.SparkTestSession;
import dev.parallax.testing.TestRules;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The claim × outlet matrix against a careful reader's gold (claims-dev: 16 BASIL events), through
 * the whole job and {@code jobs/evaluate.sh claims}. The floors are the scores reached (docs/
 * claims.md); the targets (distinct_top10 0.95, found 0.85 on the trimmed CSVs) wait for
 * claim alignment by meaning.
 */
class ClaimsQualityTest {
  @TempDir Path work;

  private Map<String, Double> score(String name, Map<String, String> overrides) {
    Path dataset = SharedFolder.require("datasets/claims-dev");
    Path input = dataset.resolve("articles.jsonl");
    RunSummary summary =
        CompareJob.run(
            SparkTestSession.get(),
            JobArguments.parse(
                "--input", input.toString(),
                "--output", work.resolve(name).toString(),
                "--run-date", "2026-01-01"),
            TestRules.config(overrides),
            TestRules.rules(overrides));
    assertThat(summary.manifest().accepted()).isEqualTo(48);
    List<String> lines =
        ClaimsEvaluation.run(
            Map.of(
                "--gold", dataset.resolve("claims.json").toString(),
                "--input", input.toString(),
                "--pred", summary.folder()));
    Map<String, Double> values = new HashMap<>();
    for (String line : lines) {
      System.out.println("claims-dev " + name + ": " + line);
      String[] parts = line.split(" ");
      values.put(parts[0], Double.parseDouble(parts[1].substring("value=".length())));
    }
    return values;
  }

  @Test
  void theTrimmedReportsAgainstReaderGold() {
    Map<String, Double> trimmed = score("trimmed", Map.of());
    // 0.8875 (142 of 160) with parts of speech in context, 0.8750 (140) with the part-of-speech
    // lexicon (docs/claims.md)
    assertThat(trimmed.get("distinct_top10")).isGreaterThanOrEqualTo(0.86);
    // 0.5655 with the first 12 by rank only, 0.5799 with each outlet's first 5 kept too
    assertThat(trimmed.get("found")).isGreaterThanOrEqualTo(0.57);
    assertThat(trimmed.get("aligned")).isGreaterThanOrEqualTo(0.52);
    assertThat(trimmed.get("purity")).isGreaterThanOrEqualTo(0.90);
    // Rebuttals without a denial verb ("inaccurate", "pushed back against", "did not come to my
    // attention"): 0.11 at 0.62 with denial verbs and evaluations only.
    assertThat(trimmed.get("denial_recall")).isGreaterThanOrEqualTo(0.35);
    assertThat(trimmed.get("denial_precision")).isGreaterThanOrEqualTo(0.70);
  }

  @Test
  void everyClaimAgainstReaderGold() {
    Map<String, Double> all = score("untrimmed", Map.of("report.claims-per-event", "1000000"));
    assertThat(all.get("found")).isGreaterThanOrEqualTo(0.90);
    assertThat(all.get("aligned")).isGreaterThanOrEqualTo(0.58);
    // 0.8875 in context, 0.8750 with the lexicon: two claims of 160.
    assertThat(all.get("distinct_top10")).isGreaterThanOrEqualTo(0.87);
  }

  /**
   * The rebuttal model switched on: it was learnt on claims-dev itself, so these are in-sample
   * figures — what the test holds is that the job reads, ships and applies the model end to end;
   * the honest, cross-validated figures are RebuttalQualityTest's.
   */
  @Test
  void theRebuttalModelWhenSwitchedOn() {
    Map<String, Double> on =
        score("rebuttals", Map.of("denials.rebuttal-model", "rebuttal-model.properties"));
    assertThat(on.get("denial_recall")).isGreaterThanOrEqualTo(0.60);
    assertThat(on.get("denial_precision")).isGreaterThanOrEqualTo(0.58);
    assertThat(on.get("one_sided_recall")).isGreaterThanOrEqualTo(0.33);
  }
}
