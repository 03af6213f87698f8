package dev.parallax.testing.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * BASIL dev (Fan et al., EMNLP 2019): event = {@code triplet-uuid}; outlet = {@code source},
 * case-insensitive; body = {@code body-paragraphs}, each a list of sentences.
 */
public final class Basil {
  private Basil() {}

  public static LabelledCorpus load(Path folder, boolean sameDay) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder.resolve("articles"))) {
      files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new TreeMap<>();
    for (Path file : files) {
      JsonNode node = json.readTree(file.toFile());
      String id = file.getFileName().toString().replace(".json", "");
      List<String> paragraphs = new ArrayList<>();
      for (JsonNode paragraph : node.get("body-paragraphs")) {
        List<String> sentences = new ArrayList<>();
        paragraph.forEach(sentence -> sentences.add(sentence.asText()));
        paragraphs.add(String.join(" ", sentences));
      }
      Instant published =
          sameDay
              ? Instant.parse("2012-01-01T00:00:00Z")
              : LocalDate.parse(node.get("date").asText()).atStartOfDay(ZoneOffset.UTC).toInstant();
      articles.add(
          new Article(
              id,
              node.get("source").asText().toLowerCase(Locale.ROOT),
              node.path("url").asText(null),
              node.get("title").asText(),
              published,
              DateSource.GIVEN,
              "en",
              paragraphs,
              null,
              file.toString(),
              1));
      gold.put(id, node.get("triplet-uuid").asText());
    }
    return new LabelledCorpus(articles, gold);
  }
}
