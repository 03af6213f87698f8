package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.claims.Attribution;
import dev.parallax.claims.AttributionExtractor;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * BASIL dev (Fan et al. 2019): the share of informational-bias spans marked {@code quote: yes} (the
 * facts and quotes an outlet chose to carry, in someone's words) that the extractor finds as an
 * attributed statement: an attribution whose content overlaps the span (a quotation running over
 * several sentences is one attribution covering them). Span ids {@code pN} are 0-based sentence
 * indexes of the flattened body; offsets are characters in that sentence.
 */
class BasilQuotesTest {

  @Test
  void quotedInformationalSpansAreFoundAsAttributions() throws IOException {
    Path basil = SharedFolder.require("datasets/basil-dev");
    AttributionExtractor extractor = AttributionExtractor.from(TestRules.config(Map.of()));
    ObjectMapper json = new ObjectMapper();
    int spans = 0;
    int found = 0;
    List<Path> annotations;
    try (Stream<Path> files = Files.walk(basil.resolve("annotations"))) {
      annotations = files.filter(p -> p.toString().endsWith("_ann.json")).sorted().toList();
    }
    for (Path annotation : annotations) {
      Path article =
          annotation.resolveSibling(annotation.getFileName().toString().replace("_ann", ""));
      article = basil.resolve("articles").resolve(basil.resolve("annotations").relativize(article));
      if (!Files.exists(article)) {
        continue;
      }
      // The body as one text, sentence by sentence, remembering where each sentence starts.
      StringBuilder body = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      for (JsonNode paragraph : json.readTree(article.toFile()).path("body-paragraphs")) {
        for (JsonNode sentence : paragraph) {
          starts.add(body.length());
          body.append(sentence.asText()).append(' ');
        }
        body.setCharAt(body.length() - 1, '\n');
        body.append('\n');
      }
      List<Attribution> attributions = extractor.extractAll(body.toString());
      for (JsonNode span : json.readTree(annotation.toFile()).path("phrase-level-annotations")) {
        String id = span.path("id").asText();
        if (!"inf".equals(span.path("bias").asText())
            || !"yes".equals(span.path("quote").asText())
            || !id.matches("p\\d+")) {
          continue;
        }
        int sentence = Integer.parseInt(id.substring(1));
        if (sentence >= starts.size()) {
          continue;
        }
        spans++;
        int start = starts.get(sentence) + span.path("start").asInt();
        int end = starts.get(sentence) + span.path("end").asInt();
        for (Attribution attribution : attributions) {
          boolean overlaps =
              attribution.content().start() < end && start < attribution.content().end();
          if (overlaps) {
            found++;
            break;
          }
        }
      }
    }
    double share = (double) found / spans;
    System.out.printf(
        "basil-dev quoted informational spans found as attributions: %.4f (%d/%d)%n",
        share, found, spans);
    assertThat(spans).isGreaterThan(100);
    assertThat(share).isGreaterThanOrEqualTo(0.75);
  }
}
