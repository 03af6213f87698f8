package dev.parallax.job;

import dev.parallax.config.ConfigException;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.ingest.ArticleNormalizer;
import dev.parallax.ingest.IngestOutcome;
import dev.parallax.ingest.IngestRules;
import dev.parallax.ingest.InputFormat;
import dev.parallax.ingest.RawRecord;
import dev.parallax.ingest.RecordParser;
import dev.parallax.ingest.RecordSink;
import dev.parallax.model.Article;
import dev.parallax.model.Reject;
import dev.parallax.text.SentenceModel;
import dev.parallax.text.TableDistiller;
import dev.parallax.text.VectorTable;
import dev.parallax.text.WordPiece;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code jobs/evaluate.sh distil-vectors --corpus DIR --out FILE [--dimensions 128]}: distils the
 * static sentence-vector table from the sentence model in its Maven jar ({@link TableDistiller}),
 * the piece frequencies counted on the articles under {@code --corpus} (any Parallax input; files
 * in sorted order), and writes it. The same jar and corpus give the same file.
 */
final class DistilVectors {
  private DistilVectors() {}

  static List<String> run(Map<String, String> options) {
    String out = options.get("--out");
    String corpus = options.get("--corpus");
    if (out == null || corpus == null) {
      throw new ConfigException("distil-vectors needs --corpus DIR and --out FILE");
    }
    int dimensions = Integer.parseInt(options.getOrDefault("--dimensions", "128"));
    if (dimensions < 8 || dimensions > SentenceModel.DIMENSIONS) {
      throw new ConfigException(
          "--dimensions is "
              + dimensions
              + " but must be in [8, "
              + SentenceModel.DIMENSIONS
              + "]");
    }
    long start = System.nanoTime();
    SentenceModel model = SentenceModel.shared();
    WordPiece pieces = model.pieces();
    List<String> pieceOfId = new ArrayList<>();
    for (int id = 0; id < pieces.size(); id++) {
      pieceOfId.add(pieces.piece(id));
    }
    long[] counts = new long[pieces.size()];
    int[] articles = {0};
    forEachArticle(
        Path.of(corpus),
        article -> {
          articles[0]++;
          for (int id : pieces.ids(article.title() + "\n" + article.text())) {
            counts[id]++;
          }
        });
    List<Integer> kept = TableDistiller.kept(pieceOfId);
    float[][] rows =
        TableDistiller.rows(
            pieces.size(), kept, TableDistiller.encode(model, kept), counts, dimensions);
    byte[] file = VectorTable.of(pieces, rows).toBytes(pieceOfId);
    try {
      Files.write(Path.of(out), file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "wrote %s: %d pieces, %d dimensions, frequencies of %d articles, %d bytes in %.1f s",
            out,
            kept.size(),
            dimensions,
            articles[0],
            file.length,
            (System.nanoTime() - start) / 1e9));
  }

  /** Every accepted article of the input files under {@code folder}, files in sorted order. */
  static void forEachArticle(Path folder, Consumer<Article> action) {
    ArticleNormalizer normalizer =
        new ArticleNormalizer(IngestRules.from(ParallaxConfig.defaults()));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    for (Path file : files) {
      InputFormat format = InputFormat.fromFileName(file.toString()).orElse(null);
      if (format == null || format == InputFormat.PARQUET) {
        continue;
      }
      try (InputStream input = Files.newInputStream(file)) {
        RecordParser.forFormat(format, 2_000_000)
            .parse(
                file.toString(),
                input,
                new RecordSink() {
                  @Override
                  public void record(RawRecord record) {
                    if (normalizer.normalise(record) instanceof IngestOutcome.Accepted accepted) {
                      action.accept(accepted.article());
                    }
                  }

                  @Override
                  public void reject(Reject reject) {}
                });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }
}
