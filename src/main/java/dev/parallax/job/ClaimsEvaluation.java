package dev.parallax.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.claims.ClaimGold;
import dev.parallax.claims.MatrixScores;
import dev.parallax.config.ConfigException;
import dev.parallax.report.Cells;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code jobs/evaluate.sh claims --gold GOLD.json --input ARTICLES.jsonl --pred REPORT_DIR}: reads
 * the CSV reports an analyst reads ({@code event_articles.csv}, {@code claims.csv}, {@code
 * claim_coverage.csv}, {@code denials.csv}, {@code one_sided.csv}) and scores them with {@link
 * MatrixScores}, one line per measure.
 */
public final class ClaimsEvaluation {
  private ClaimsEvaluation() {}

  static List<String> run(Map<String, String> options) {
    String gold = options.get("--gold");
    String input = options.get("--input");
    String predicted = options.get("--pred");
    if (gold == null || input == null || predicted == null) {
      throw new ConfigException("claims needs --gold, --input and --pred");
    }
    List<MatrixScores.Measure> measures =
        MatrixScores.score(
            ClaimGold.read(Path.of(gold)), outlets(Path.of(input)), reported(Path.of(predicted)));
    return measures.stream().map(MatrixScores.Measure::line).toList();
  }

  /** The outlet of each article of a JSON Lines input ({@code id}, {@code outlet}). */
  static Map<String, String> outlets(Path input) {
    Map<String, String> outlets = new HashMap<>();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode record = json.readTree(line);
        if (!record.hasNonNull("id") || !record.hasNonNull("outlet")) {
          throw new ConfigException(input + ":" + number + ": no 'id' or 'outlet'");
        }
        outlets.put(record.get("id").asText(), record.get("outlet").asText());
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + input + ": " + e.getMessage());
    }
    return outlets;
  }

  /** The claim rows, denials and one-sided rows of a run's report folder. */
  static MatrixScores.Reported reported(Path folder) {
    Map<String, String> eventOf = new HashMap<>();
    Map<String, String> outletOf = new HashMap<>();
    each(
        folder.resolve("event_articles.csv"),
        List.of("event_id", "article_id", "outlet"),
        record -> {
          eventOf.put(record.get("article_id"), record.get("event_id"));
          outletOf.put(record.get("article_id"), record.get("outlet"));
        });
    Map<String, RowBuilder> rows = new LinkedHashMap<>();
    int[] order = {0};
    Path claims = folder.resolve("claims.csv");
    each(
        claims,
        List.of("claim_id", "event_id", "evidence_article_id", "evidence_sentence"),
        record -> {
          int rank =
              record.isMapped("rank") && !record.get("rank").isEmpty()
                  ? Integer.parseInt(record.get("rank"))
                  : order[0];
          order[0]++;
          RowBuilder row = new RowBuilder(record.get("event_id"), record.get("claim_id"), rank);
          row.add(
              outletOf.getOrDefault(record.get("evidence_article_id"), ""),
              record.get("evidence_sentence"));
          rows.put(row.claimId, row);
        });
    each(
        folder.resolve("claim_coverage.csv"),
        List.of("claim_id", "outlet", "present", "sentence"),
        record -> {
          RowBuilder row = rows.get(record.get("claim_id"));
          if (row != null && record.get("present").equals("true")) {
            row.add(record.get("outlet"), record.get("sentence"));
          }
        });
    List<MatrixScores.DenialRow> denials = new ArrayList<>();
    each(
        folder.resolve("denials.csv"),
        List.of("event_id", "sentences"),
        record ->
            denials.add(
                new MatrixScores.DenialRow(
                    record.get("event_id"),
                    Arrays.asList(record.get("sentences").split(" \\| ")))));
    List<MatrixScores.OneSidedRow> oneSided = new ArrayList<>();
    each(
        folder.resolve("one_sided.csv"),
        List.of("event_id", "claim_id", "outlet", "carries_claim", "carries_denial"),
        record ->
            oneSided.add(
                new MatrixScores.OneSidedRow(
                    record.get("event_id"),
                    record.get("claim_id"),
                    record.get("outlet"),
                    record.get("carries_claim").equals(Cells.bool(true)),
                    record.get("carries_denial").equals(Cells.bool(true)))));
    return new MatrixScores.Reported(
        eventOf, rows.values().stream().map(RowBuilder::build).toList(), denials, oneSided);
  }

  private static final class RowBuilder {
    final String eventId;
    final String claimId;
    final int rank;
    final Map<String, List<String>> evidence = new HashMap<>();

    RowBuilder(String eventId, String claimId, int rank) {
      this.eventId = eventId;
      this.claimId = claimId;
      this.rank = rank;
    }

    void add(String outlet, String sentence) {
      if (!outlet.isEmpty() && !sentence.isEmpty()) {
        evidence.computeIfAbsent(outlet, key -> new ArrayList<>()).add(sentence);
      }
    }

    MatrixScores.Row build() {
      return new MatrixScores.Row(eventId, claimId, rank, evidence);
    }
  }

  /** Calls {@code action} for each record of a CSV report, checking its header first. */
  private static void each(Path file, List<String> columns, Consumer<CSVRecord> action) {
    Evaluate.each(file, columns, (record, line) -> action.accept(record));
  }
}
