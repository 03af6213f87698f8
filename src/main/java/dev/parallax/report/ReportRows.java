package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Claim;
import dev.parallax.model.ClaimMention;
import dev.parallax.model.Denial;
import dev.parallax.model.DenialMention;
import dev.parallax.model.Event;
import dev.parallax.model.GroupCoverage;
import dev.parallax.model.OneSided;
import dev.parallax.model.ReferentLabel;
import dev.parallax.model.Reject;
import dev.parallax.model.Syndication;
import dev.parallax.model.TermScore;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of each CSV report's rows, built from the run's records in the order of {@link
 * ReportColumns}: the one place that says which field lands in which column and how it is written
 * ({@link Cells}).
 */
public final class ReportRows {
  private ReportRows() {}

  /** {@code articles.csv}; {@code syndicatedFrom} is the original's id (or outlet), or null. */
  public static List<String> article(Article article, String syndicatedFrom) {
    return List.of(
        article.id(),
        article.outlet(),
        Cells.text(article.url()),
        Cells.text(article.title()),
        Cells.instant(article.published()),
        article.dateSource().reportValue(),
        article.language(),
        Cells.integer(article.words()),
        Cells.text(syndicatedFrom));
  }

  public static List<String> syndication(Syndication copy) {
    return List.of(
        copy.articleId(),
        copy.outlet(),
        Cells.text(copy.originalId()),
        copy.originalOutlet(),
        copy.method().reportValue(),
        Cells.decimal(copy.similarity()));
  }

  public static List<String> reject(Reject reject) {
    return List.of(
        reject.sourceFile(),
        Cells.integer(reject.record()),
        Cells.text(reject.id()),
        Cells.text(reject.field()),
        reject.reason().reportValue(),
        Cells.text(reject.detail()),
        Cells.text(reject.excerpt()));
  }

  public static List<String> event(Event event) {
    return List.of(
        event.eventId(),
        event.label(),
        Cells.list(event.sharedNames()),
        Cells.decimal(event.meaningSimilarity()),
        Cells.instant(event.firstSeen()),
        Cells.instant(event.lastSeen()),
        Cells.integer(event.articles()),
        Cells.integer(event.outlets().size()),
        Cells.integer(event.independentArticles()),
        Cells.list(event.outlets()));
  }

  /** {@code event_articles.csv}: one row per member of the event. */
  public static List<List<String>> eventArticles(Event event) {
    List<List<String>> rows = new ArrayList<>(event.members().size());
    for (Event.Member member : event.members()) {
      rows.add(
          List.of(
              event.eventId(),
              member.articleId(),
              member.outlet(),
              Cells.instant(member.published()),
              Cells.decimal(member.similarity()),
              Cells.bool(member.copy())));
    }
    return rows;
  }

  public static List<String> eventGroup(GroupCoverage row) {
    return List.of(
        row.eventId(),
        row.attribute(),
        row.group(),
        Cells.integer(row.independentArticles()),
        Cells.decimal(row.share()),
        Cells.bool(row.blindspot()));
  }

  public static List<String> claim(Claim claim) {
    ClaimMention canonical = claim.canonical();
    return List.of(
        claim.claimId(),
        claim.eventId(),
        Cells.integer(claim.rank()),
        canonical.content(),
        claim.source(),
        canonical.cue(),
        canonical.kind(),
        Cells.list(claim.outletsPresent()),
        Cells.list(claim.outletsAbsent()),
        claim.firstSeenOutlet(),
        Cells.integer(claim.members().size()),
        canonical.articleId(),
        Cells.text(canonical.url()),
        canonical.sentenceText());
  }

  /** {@code claim_coverage.csv}: one cell of the matrix per outlet covering the event, sorted. */
  public static List<List<String>> coverage(Claim claim) {
    List<String> outlets = new ArrayList<>(claim.outletsPresent());
    outlets.addAll(claim.outletsAbsent());
    outlets.sort(null);
    List<List<String>> rows = new ArrayList<>();
    for (String outlet : outlets) {
      ClaimMention best = claim.bestOf(outlet);
      rows.add(
          best == null
              ? List.of(claim.eventId(), claim.claimId(), outlet, "false", "", "", "", "", "")
              : List.of(
                  claim.eventId(),
                  claim.claimId(),
                  outlet,
                  "true",
                  best.articleId(),
                  Cells.text(best.url()),
                  best.placement(),
                  Cells.integer(best.paragraph()),
                  best.sentenceText()));
    }
    return rows;
  }

  /** {@code attribution_verbs.csv}: an outlet's use of one cue, against all its attributions. */
  public static List<String> attributionVerb(
      String outlet, String cue, String stance, long count, long outletAttributions) {
    return List.of(
        outlet,
        cue,
        stance,
        Cells.integer(count),
        Cells.decimal((double) count / outletAttributions));
  }

  public static List<String> denial(Denial denial) {
    return List.of(
        denial.denialId(),
        denial.eventId(),
        denial.denier(),
        denial.deniedText(),
        denial.linkedClaimId(),
        denial.kind(),
        Cells.list(denial.outlets()),
        Cells.list(denial.mentions().stream().map(DenialMention::articleId).distinct().toList()),
        Cells.list(denial.mentions().stream().map(DenialMention::sentenceText).toList()));
  }

  public static List<String> oneSided(OneSided row) {
    return List.of(
        row.eventId(),
        row.claimId(),
        row.outlet(),
        Cells.bool(row.carriesClaim()),
        Cells.bool(row.carriesDenial()),
        row.denialPosition(),
        row.articleId());
  }

  /**
   * {@code wording.csv} (no attribute: the side is an outlet) or {@code wording_groups.csv} (the
   * attribute, then the side's group).
   */
  public static List<String> term(TermScore row, String attribute) {
    List<String> cells = new ArrayList<>(11);
    cells.add(row.eventId());
    addSide(cells, row.outlet(), attribute);
    cells.add(row.term());
    cells.add(Cells.integer(row.count()));
    cells.add(Cells.integer(row.otherCount()));
    cells.add(Cells.decimal(row.logOdds()));
    cells.add(Cells.decimal(row.z()));
    cells.add(Cells.decimal(row.loaded()));
    cells.add(row.exampleSentence());
    cells.add(row.articleId());
    return cells;
  }

  /** {@code labels.csv} or, with an attribute, {@code labels_groups.csv}. */
  public static List<String> label(String eventId, ReferentLabel label, String attribute) {
    List<String> cells = new ArrayList<>(10);
    cells.add(eventId);
    cells.add(label.referent());
    addSide(cells, label.outlet(), attribute);
    cells.add(label.kind());
    cells.add(label.label());
    cells.add(Cells.integer(label.count()));
    cells.add(label.sentence());
    cells.add(label.articleId());
    return cells;
  }

  private static void addSide(List<String> cells, String side, String attribute) {
    if (attribute != null) {
      cells.add(attribute);
    }
    cells.add(side);
  }

  public static List<String> outletPair(OutletPairs.Pair pair) {
    return List.of(
        pair.outletA(),
        pair.outletB(),
        Cells.integer(pair.sharedEvents()),
        Cells.decimal(pair.claimOverlap()),
        Cells.decimal(pair.denialAgreement()),
        Cells.decimal(pair.wordingDivergence()));
  }
}
