package dev.parallax.testing.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.DateParser;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.OutletRegistry;
import dev.parallax.text.TextCleaner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * ECB+ (Cybulska & Vossen 2014): event = folder ({@code 1ecb} and {@code 1ecbplus} are the two
 * look-alike events of topic 1). Documents with empty text are dropped from input and gold; the
 * {@code *ecb} ones have no date and no URL (outlet {@code unknown}); URLs written with spaces are
 * closed up.
 */
public final class EcbPlus {
  private EcbPlus() {}

  public static LabelledCorpus load(Path folder) throws IOException {
    ObjectMapper json = new ObjectMapper();
    DateParser dates = new DateParser(DateParser.Order.MDY, "UTC");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder.resolve("docs"))) {
      files = walk.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new TreeMap<>();
    for (Path file : files) {
      JsonNode node = json.readTree(file.toFile());
      String text = value(node, "text");
      if (text == null || text.isBlank()) {
        continue;
      }
      String event = file.getParent().getFileName().toString();
      String id = file.getFileName().toString().replace(".json", "");
      String url = value(node, "url");
      url = url == null ? null : url.replace(" ", "");
      String outlet = url == null ? null : OutletRegistry.hostOf(url);
      DateParser.Parsed date = dates.parse(value(node, "date_publish"));
      articles.add(
          new Article(
              id,
              outlet == null ? "unknown" : outlet,
              url,
              value(node, "title") == null ? "" : value(node, "title"),
              date == null ? null : date.instant(),
              date == null ? DateSource.NONE : date.source(),
              "en",
              TextCleaner.paragraphs(text),
              null,
              file.toString(),
              1));
      gold.put(id, event);
    }
    return new LabelledCorpus(articles, gold);
  }

  private static String value(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.equals("None") ? null : text;
  }
}
