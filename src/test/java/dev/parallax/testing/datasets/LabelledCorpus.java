package dev.parallax.testing.datasets;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.model.Article;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Articles of a public corpus with their gold event labels. */
public record LabelledCorpus(List<Article> articles, Map<String, String> goldEvents) {

  /** Writes Parallax JSON Lines input and a gold CSV ({@code article_id,event_id}). */
  public void write(Path input, Path gold) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Files.createDirectories(input.getParent());
    try (Writer writer = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
      for (Article article : articles) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", article.id());
        record.put("outlet", article.outlet());
        if (article.url() != null) {
          record.put("url", article.url());
        }
        record.put("title", article.title());
        if (article.published() != null) {
          record.put("published", article.published().toString());
        }
        record.put("text", article.text());
        record.put("language", article.language());
        writer.write(json.writeValueAsString(record));
        writer.write('\n');
      }
    }
    try (Writer writer = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      writer.write("article_id,event_id\n");
      for (Map.Entry<String, String> entry : goldEvents.entrySet()) {
        writer.write(entry.getKey() + "," + entry.getValue() + "\n");
      }
    }
  }
}
