package dev.parallax.claims;

import dev.parallax.claims.ClaimGold.GoldDenial;
import dev.parallax.claims.ClaimGold.GoldEvent;
import dev.parallax.claims.ClaimGold.Mention;
import dev.parallax.model.AnalysedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.DenialMention;
import dev.parallax.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Learns the rebuttal model from a reader's gold of events, claims and denials (claims-dev's
 * layout): every event's articles go through the claims analysis as in the job (extraction with
 * rebuttal candidates, alignment, the linker's candidates and features); a candidate is a rebuttal
 * when its sentence is one of the gold denial or retraction sentences of its article. Reports the
 * denials the job would report (cue sentences plus kept candidates) against the gold, scored like
 * {@code jobs/evaluate.sh claims}: with the cues alone, cross-validated by event (each event's
 * candidates kept by weights and threshold learnt on the other events only), and in-sample.
 */
public final class RebuttalTraining {
  static final double PENALTY = 1.0;

  private RebuttalTraining() {}

  /** One event: its cue sentences, its candidates and their labels, and its gold sentences. */
  public record EventData(
      String eventId,
      List<DenialMention> cued,
      List<DenialLinker.Candidate> candidates,
      boolean[] labels,
      List<Set<String>> goldDenials,
      List<Set<String>> goldAnyKind) {}

  /** Reported denial sentences against the gold, pooled over events. */
  public record Score(long recalled, long goldDenials, long precise, long reported) {
    public double recall() {
      return goldDenials == 0 ? 0 : (double) recalled / goldDenials;
    }

    public double precision() {
      return reported == 0 ? 0 : (double) precise / reported;
    }

    Score plus(Score other) {
      return new Score(
          recalled + other.recalled,
          goldDenials + other.goldDenials,
          precise + other.precise,
          reported + other.reported);
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%s denial_recall=%.4f (%d/%d) denial_precision=%.4f (%d/%d)",
          name,
          recall(),
          recalled,
          goldDenials,
          precision(),
          precise,
          reported);
    }
  }

  /** The trained model and the report lines. */
  public record Outcome(
      RebuttalModel model,
      Score cuesOnly,
      Score crossValidated,
      Score inSample,
      List<String> report) {}

  /** The events' analysis: what the model learns from and is scored on. */
  public static List<EventData> analyse(
      List<GoldEvent> gold,
      Map<String, Article> articles,
      ClaimExtractor extractor,
      ClaimAligner aligner,
      DenialLinker linker) {
    List<EventData> events = new ArrayList<>();
    for (GoldEvent event : gold) {
      List<ClaimMention> mentions = new ArrayList<>();
      List<DenialMention> denials = new ArrayList<>();
      Set<String> outlets = new TreeSet<>();
      for (String id : event.articleIds()) {
        Article article = articles.get(id);
        if (article == null) {
          throw new IllegalArgumentException(
              "event " + event.eventId() + ": article " + id + " is not in the input");
        }
        outlets.add(article.outlet());
        AnalysedArticle analysed = TextAnalyzer.analyse(article);
        ArticleClaims found = extractor.analyse(analysed);
        mentions.addAll(found.claims());
        denials.addAll(found.denials());
      }
      List<Claim> claims = aligner.align(event.eventId(), mentions, outlets);
      List<DenialLinker.Candidate> candidates = linker.candidates(denials, claims);
      Map<String, List<Set<String>>> disputingByArticle = new LinkedHashMap<>();
      List<Set<String>> goldDenials = new ArrayList<>();
      List<Set<String>> anyKind = new ArrayList<>();
      for (GoldDenial denial : event.denials()) {
        for (Mention mention : denial.mentions()) {
          Set<String> words = SentenceMatch.words(mention.sentence());
          anyKind.add(words);
          if (denial.kind().equals("denial")) {
            goldDenials.add(words);
          }
          if (!denial.kind().equals("refusal_to_comment")) {
            disputingByArticle
                .computeIfAbsent(mention.articleId(), k -> new ArrayList<>())
                .add(words);
          }
        }
      }
      boolean[] labels = new boolean[candidates.size()];
      for (int i = 0; i < labels.length; i++) {
        DenialMention mention = candidates.get(i).mention();
        Set<String> words = SentenceMatch.words(mention.sentenceText());
        labels[i] =
            disputingByArticle.getOrDefault(mention.articleId(), List.of()).stream()
                .anyMatch(other -> SentenceMatch.matches(words, other));
      }
      List<DenialMention> cued = denials.stream().filter(DenialMention::cued).toList();
      events.add(new EventData(event.eventId(), cued, candidates, labels, goldDenials, anyKind));
    }
    return events;
  }

  /** Trains on all events and reports the cue-only, cross-validated and in-sample scores. */
  public static Outcome train(List<EventData> events, RebuttalFeatures features) {
    Score cuesOnly = new Score(0, 0, 0, 0);
    Score crossValidated = new Score(0, 0, 0, 0);
    for (EventData held : events) {
      List<EventData> others = events.stream().filter(event -> event != held).toList();
      RebuttalModel model = fit(others, features);
      cuesOnly = cuesOnly.plus(score(held, null));
      crossValidated = crossValidated.plus(score(held, model));
    }
    RebuttalModel model = fit(events, features);
    Score inSample = new Score(0, 0, 0, 0);
    long candidates = 0;
    long positives = 0;
    for (EventData event : events) {
      inSample = inSample.plus(score(event, model));
      candidates += event.candidates().size();
      for (boolean label : event.labels()) {
        positives += label ? 1 : 0;
      }
    }
    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "events=%d candidates=%d rebuttals_among_them=%d",
            events.size(),
            candidates,
            positives));
    report.add(cuesOnly.line("cues_only"));
    report.add(crossValidated.line("cross_validated_by_event"));
    report.add(inSample.line("in_sample"));
    return new Outcome(model, cuesOnly, crossValidated, inSample, report);
  }

  /** A logistic regression on the events' candidates; the threshold with the best F1 on them. */
  static RebuttalModel fit(List<EventData> events, RebuttalFeatures features) {
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (EventData event : events) {
      for (int i = 0; i < event.candidates().size(); i++) {
        x.add(event.candidates().get(i).features());
        y.add(event.labels()[i]);
      }
    }
    double[][] rows = x.toArray(new double[0][]);
    boolean[] labels = new boolean[y.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = y.get(i);
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(rows, labels, PENALTY);
    double[] scores = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      scores[i] = fit.probability(rows[i]);
    }
    return new RebuttalModel(
        features,
        new LogisticRegression.Thresholded(fit, StanceModel.bestThreshold(scores, labels)));
  }

  /**
   * The event's reported denial sentences — every cue sentence, and the candidates the model keeps
   * (linked to a claim) — against its gold: recall of the denial sentences, precision against the
   * sentences of every kind (as {@code jobs/evaluate.sh claims} scores {@code denials.csv}).
   */
  static Score score(EventData event, RebuttalModel model) {
    List<String> reported = new ArrayList<>();
    for (DenialMention mention : event.cued()) {
      reported.add(mention.sentenceText());
    }
    if (model != null) {
      for (DenialLinker.Candidate candidate : event.candidates()) {
        if (!candidate.claimId().isEmpty() && model.rebuts(candidate.features())) {
          reported.add(candidate.mention().sentenceText());
        }
      }
    }
    long[] counts = MatrixScores.denialCounts(reported, event.goldDenials(), event.goldAnyKind());
    return new Score(counts[0], event.goldDenials().size(), counts[1], counts[2]);
  }
}
