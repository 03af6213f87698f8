package dev.parallax.testing;

import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RawRecord;
import dev.parallax.ingest.RecordParser;
import dev.parallax.ingest.RecordSink;
import dev.parallax.model.Article;
import dev.parallax.model.Reject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus (the sample by default) parsed and normalised without Spark; every record must be
 * accepted.
 */
public final class SampleArticles {
  private SampleArticles() {}

  public static List<Article> read() throws IOException {
    return read(ProjectPaths.sample());
  }

  /** The articles of every file under {@code folder} (or of the one file it names). */
  public static List<Article> read(Path folder) throws IOException {

    ArticleNormalizer normalizer = new ArticleNormalizer(TestRules.rules());
    List<Article> articles = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      InputFormat format = InputFormat.fromFileName(file.toString()).orElseThrow();
      try (InputStream input = Files.newInputStream(file)) {
        RecordParser.forFormat(format, 1_000_000)
            .parse(
                file.toString(),
                input,
                new RecordSink() {
                  @Override
                  public void record(RawRecord record) {
                    IngestOutcome outcome = normalizer.normalise(record);
                    articles.add(((IngestOutcome.Accepted) outcome).article());
                  }

                  @Override
                  public void reject(Reject reject) {
                    throw new AssertionError(reject.toString());
                  }
                });
      }
    }
    return articles;
  }
}
