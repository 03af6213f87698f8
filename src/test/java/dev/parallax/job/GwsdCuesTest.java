package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.claims.StanceFeatures;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * A second check of the doubt and denial cues on GWSD (Luo, Card & Jurafsky 2020): sentences about
 * global warming labelled by eight workers (majority vote; the held-out test sentences left out).
 * Sentences that disagree ("Global warming is a hoax") should carry the cues far more often than
 * sentences that agree; and the cues should cover GWSD's own doubt lexicon.
 */
class GwsdCuesTest {

  @Test
  void doubtAndDenialCuesMarkDisagreeingSentences() throws IOException {
    Path gwsd = SharedFolder.require("datasets/gwsd");
    StanceFeatures cues = StanceFeatures.from(TestRules.config(Map.of()));
    Map<String, int[]> byLabel = new HashMap<>();
    CSVFormat format =
        CSVFormat.TDF
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setQuote(null)
            .setAllowMissingColumnNames(true)
            .get();
    try (CSVParser parser =
        format.parse(new StringReader(Files.readString(gwsd.resolve("GWSD.tsv"))))) {
      for (CSVRecord record : parser) {
        if (record.get("in_held_out_test").equals("True")) {
          continue;
        }
        Map<String, Integer> votes = new HashMap<>();
        for (int worker = 0; worker < 8; worker++) {
          String vote = record.get("worker_" + worker);
          if (!vote.isBlank()) {
            votes.merge(vote, 1, Integer::sum);
          }
        }
        String label =
            votes.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse("");
        int[] counts = byLabel.computeIfAbsent(label, l -> new int[2]);
        counts[0]++;
        counts[1] += cues.doubts(record.get("sentence")) ? 1 : 0;
      }
    }
    double disagree = (double) byLabel.get("disagrees")[1] / byLabel.get("disagrees")[0];
    double agree = (double) byLabel.get("agrees")[1] / byLabel.get("agrees")[0];
    double neutral = (double) byLabel.get("neutral")[1] / byLabel.get("neutral")[0];
    List<String> doubtWords =
        Files.readAllLines(gwsd.resolve("lexicons/DOUBT_WORDS.txt")).stream()
            .map(String::strip)
            .filter(word -> !word.isEmpty())
            .toList();
    long covered = doubtWords.stream().filter(word -> cues.doubts("It is " + word + ".")).count();
    System.out.printf(
        "gwsd: sentences with a doubt or denial cue: disagree %.4f (%d), agree %.4f (%d), neutral"
            + " %.4f (%d); GWSD doubt words covered %d/%d%n",
        disagree,
        byLabel.get("disagrees")[0],
        agree,
        byLabel.get("agrees")[0],
        neutral,
        byLabel.get("neutral")[0],
        covered,
        doubtWords.size());
    // Reached when written: disagree 0.2125, agree 0.0140, neutral 0.0184; 11 of 179 doubt words.
    assertThat(disagree).isGreaterThanOrEqualTo(0.20);
    assertThat(disagree).isGreaterThan(10 * agree);
  }
}
