package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateTest {
  @TempDir Path folder;

  @Test
  void printsOneLinePerMeasure() throws IOException {
    Path gold = folder.resolve("gold.csv");
    Path predicted = folder.resolve("event_articles.csv");
    Files.writeString(gold, "article_id,event_id\na,1\nb,1\nc,1\nd,2\n");
    Files.writeString(
        predicted,
        "event_id,article_id,outlet,published,similarity,is_copy\n"
            + "x,a,O,,1.0000,false\nx,b,O,,1.0000,false\ny,c,O,,1.0000,false\ny,d,O,,1.0000,false\n"
            + "z,extra,O,,1.0000,false\n");
    assertThat(Evaluate.run("events", "--gold", gold.toString(), "--pred", predicted.toString()))
        .containsExactly(
            "b3 precision=0.7500 recall=0.6667 f1=0.7059",
            "pairwise precision=0.5000 recall=0.3333 f1=0.4000",
            "ari value=0.0000");
  }

  @Test
  void badArgumentsAndFilesAreNamed() throws IOException {
    assertThatThrownBy(() -> Evaluate.run("events", "--gold", "x.csv"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--gold and --pred");
    Path noColumn = folder.resolve("bad.csv");
    Files.writeString(noColumn, "id,event\na,1\n");
    assertThatThrownBy(
            () ->
                Evaluate.run(
                    "events", "--gold", noColumn.toString(), "--pred", noColumn.toString()))
        .hasMessageContaining("no column 'article_id'");
  }
}
