package dev.parallax.events;

import dev.parallax.config.ConfigException;
import dev.parallax.text.LinkConstraints;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A researcher's corrections to event clustering ({@code conf/event-corrections.csv}: {@code
 * kind,article_id,other_article_id} with kind {@code must_link} or {@code cannot_link}).
 */
public final class EventCorrections {
  private EventCorrections() {}

  /** Parses the corrections file; a bad row is an error naming its line and field. */
  public static LinkConstraints parse(String csvText, String origin) {
    List<LinkConstraints.Pair> must = new ArrayList<>();
    List<LinkConstraints.Pair> cannot = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csvText), format)) {
      if (!parser.getHeaderNames().equals(List.of("kind", "article_id", "other_article_id"))) {
        throw new ConfigException(
            origin
                + ": header must be kind,article_id,other_article_id but is "
                + parser.getHeaderNames());
      }
      for (CSVRecord record : parser) {
        String where = origin + ":" + parser.getCurrentLineNumber();
        if (record.size() != 3 || record.get(1).isEmpty() || record.get(2).isEmpty()) {
          throw new ConfigException(where + ": a row needs kind, article_id and other_article_id");
        }
        LinkConstraints.Pair pair = new LinkConstraints.Pair(record.get(1), record.get(2));
        switch (record.get(0)) {
          case "must_link" -> must.add(pair);
          case "cannot_link" -> cannot.add(pair);
          default ->
              throw new ConfigException(
                  where
                      + ": field 'kind' is '"
                      + record.get(0)
                      + "' but must be must_link or cannot_link");
        }
      }
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new ConfigException("cannot read event corrections " + origin + ": " + e.getMessage());
    }
    return new LinkConstraints(must, cannot);
  }
}
