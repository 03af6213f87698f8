package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.testing.SharedFolder;
import dev.parallax.testing.TestRules;
import dev.parallax.text.TextAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The seed article (a cross-post with site furniture) loses its furniture and keeps its body. */
class SeedBoilerplateTest {

  private static final List<String> BODY_OPENINGS =
      List.of(
          "After supplying equipment and emboldening a militarized Ukraine",
          "“You are creating an army, arming them",
          "London seemingly wants to use the situation in Ukraine",
          "Following Brexit, the UK did everything it could",
          "Union Force Bosnia and Herzegovina), the strengthening of the NATO contingent",
          "Such British (and NATO) militarization awakens anxieties",
          "This comes as Montenegro seems synchronised",
          "The Western arming of Kosovo, bolstering of BiH",
          "The fact that foreign instructors are arriving",
          "London is making such a decision to arm Kosovo",
          "In effect, the Anglo Alliance are further radicalising",
          "Lightweight anti-missile and Javelin anti-tank systems",
          "At the same time, the European Parliament's foreign affairs committee",
          "The draft resolution reminds Serbian authorities",
          "text is to be adopted by the European Parliament",
          "In effect, the EU and the Anglo Alliance are working in tandem");

  private static final List<String> FURNITURE =
      List.of(
          "can be read in 51 languages",
          "Daily Newsletter",
          "Visit and follow us",
          "Please click the share buttons",
          "The original source of this article",
          "Copyright",
          "Comment on Global Research Articles",
          "Become a Member",
          "Articles by:",
          "Disclaimer",
          "contains copyrighted material",
          "For media inquiries",
          "Region:",
          "Theme:",
          "In-depth Report:",
          "By Paul Antonopoulos");

  @Test
  void furnitureGoesBodyStaysAndTheOriginalIsNamed() throws IOException {
    Path seeds = SharedFolder.require("seeds");
    Path seed;
    try (Stream<Path> files = Files.list(seeds)) {
      seed =
          files
              .filter(path -> path.getFileName().toString().endsWith(".txt"))
              .sorted()
              .findFirst()
              .orElseThrow();
    }
    RawRecord raw;
    try (var input = Files.newInputStream(seed)) {
      java.util.List<RawRecord> records = new java.util.ArrayList<>();
      new FrontMatterTextParser(1_000_000)
          .parse(
              seed.toString(),
              input,
              new RecordSink() {
                @Override
                public void record(RawRecord record) {
                  records.add(record);
                }

                @Override
                public void reject(dev.parallax.model.Reject reject) {
                  throw new AssertionError("seed rejected: " + reject);
                }
              });
      raw = records.get(0);
    }
    ArticleNormalizer normalizer =
        new ArticleNormalizer(TestRules.rules(Map.of("ingest.default-outlet", "Global Research")));
    Article article = ((IngestOutcome.Accepted) normalizer.normalise(raw)).article();

    assertThat(article.outlet()).isEqualTo("Global Research");
    assertThat(article.title())
        .isEqualTo("NATO Seeks to Punish Belgrade's Ukraine War Policy by Arming Kosovo");
    assertThat(article.declaredSource()).isEqualTo("InfoBrics");
    for (String opening : BODY_OPENINGS) {
      assertThat(article.paragraphs())
          .as("body paragraph kept")
          .anyMatch(p -> p.startsWith(opening));
    }
    for (String furniture : FURNITURE) {
      assertThat(article.paragraphs())
          .as("furniture removed")
          .noneMatch(p -> p.contains(furniture));
    }
    assertThat(article.text()).doesNotContain("[").doesNotContain("](#)").doesNotContain("\\*");

    dev.parallax.config.ParallaxConfig config = TestRules.config(Map.of());
    dev.parallax.claims.ArticleClaims claims =
        new dev.parallax.claims.ClaimExtractor(
                dev.parallax.claims.AttributionExtractor.from(config),
                dev.parallax.claims.DenialCues.from(config))
            .analyse(TextAnalyzer.analyse(article));
    assertThat(claims.denials())
        .filteredOn(denial -> denial.kind().equals("denial"))
        .anySatisfy(
            denial -> {
              assertThat(denial.sentenceText()).contains("fabricated claims of arms exports");
              assertThat(denial.denier()).contains("British Embassy in Belgrade");
            })
        .anySatisfy(
            denial -> {
              assertThat(denial.sentenceText()).contains("denied by the UK");
              assertThat(denial.denier()).isEqualTo("the UK");
            });
    assertThat(claims.claims())
        .anySatisfy(
            claim -> {
              assertThat(claim.source()).contains("Vulin");
              assertThat(claim.cue()).isEqualTo("insists");
            });
  }
}
