package dev.parallax.job;

import dev.parallax.claims.StanceFeatures;
import dev.parallax.claims.StanceModel;
import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * FNC-1-layout stance files ({@code Headline,Body ID,Stance} and {@code Body ID,articleBody}) as
 * labelled examples of "does the body dispute the headline's claim" ({@code disagree} against every
 * other stance), each body analysed once; grouped by body so that cross-validation folds, like
 * FNC-1's own split, never share a body.
 */
public final class StanceEvaluation {
  private StanceEvaluation() {}

  /** A headline-body pair and its gold stance. */
  public record Pair(String headline, String bodyId, boolean disagrees) {}

  public static List<Pair> readPairs(Path stances, Map<String, String> bodies) {
    List<Pair> pairs = new ArrayList<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(stances, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (String column : List.of("Headline", "Body ID", "Stance")) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ConfigException(stances + ": no column '" + column + "' in the header");
        }
      }
      for (CSVRecord record : parser) {
        String bodyId = record.get("Body ID");
        if (!bodies.containsKey(bodyId)) {
          throw new ConfigException(
              stances
                  + ":"
                  + parser.getCurrentLineNumber()
                  + ": Body ID "
                  + bodyId
                  + " is not in the bodies file");
        }
        pairs.add(
            new Pair(record.get("Headline"), bodyId, record.get("Stance").equals("disagree")));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ConfigException("cannot read " + stances + ": " + e.getMessage());
    }
    return pairs;
  }

  /** Examples with features; every body is analysed once, on all cores. */
  public static List<StanceModel.Example> examples(
      StanceFeatures features, List<Pair> pairs, Map<String, String> bodies) {
    Map<String, StanceFeatures.Text> analysed =
        bodies.entrySet().parallelStream()
            .collect(
                java.util.stream.Collectors.toConcurrentMap(
                    Map.Entry::getKey, body -> features.analyse(body.getValue())));
    return pairs.parallelStream()
        .map(
            pair ->
                new StanceModel.Example(
                    pair.bodyId(),
                    features.of(pair.headline(), analysed.get(pair.bodyId())),
                    pair.disagrees()))
        .toList();
  }

  /** Counts of the disagree class for a rule that decides each headline-body pair alone. */
  public static StanceModel.Counts score(
      List<Pair> pairs,
      Map<String, String> bodies,
      java.util.function.BiPredicate<String, String> disagrees) {
    long hits = 0;
    long predicted = 0;
    long gold = 0;
    for (Pair pair : pairs) {
      boolean positive = disagrees.test(pair.headline(), bodies.get(pair.bodyId()));
      hits += positive && pair.disagrees() ? 1 : 0;
      predicted += positive ? 1 : 0;
      gold += pair.disagrees() ? 1 : 0;
    }
    return new StanceModel.Counts(hits, predicted, gold);
  }
}
