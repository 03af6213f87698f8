package dev.parallax.claims;

import dev.parallax.claims.ClaimGold.GoldClaim;
import dev.parallax.claims.ClaimGold.GoldDenial;
import dev.parallax.claims.ClaimGold.GoldEvent;
import dev.parallax.claims.ClaimGold.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a run's claim reports against a reader's gold ({@link ClaimGold}): each gold event in the
 * reported event that holds most of its articles, a gold sentence found when a reported evidence
 * sentence of the same outlet {@link SentenceMatch matches} it. The measures and their definitions
 * are in {@code docs/claims.md} ("Scoring against reader gold").
 */
public final class MatrixScores {
  /** Denial kinds that make a claim disputed (a refusal to comment does not). */
  private static final Set<String> DISPUTING = Set.of("denial", "retraction");

  /** One claim row as the reports show it: its rank in the event and its evidence per outlet. */
  public record Row(String eventId, String claimId, int rank, Map<String, List<String>> evidence) {
    public Row {
      Objects.requireNonNull(eventId, "eventId");
      Objects.requireNonNull(claimId, "claimId");
      evidence = Map.copyOf(evidence);
    }
  }

  public record DenialRow(String eventId, List<String> sentences) {
    public DenialRow {
      sentences = List.copyOf(sentences);
    }
  }

  public record OneSidedRow(
      String eventId, String claimId, String outlet, boolean carriesClaim, boolean carriesDenial) {}

  /**
   * Reported denial sentences against an event's gold: {recalled gold denial sentences, reported
   * sentences that match a gold sentence of any kind, distinct reported sentences}. A sentence
   * reported twice counts once; matching is {@link SentenceMatch}'s.
   */
  public static long[] denialCounts(
      java.util.Collection<String> reportedSentences,
      List<Set<String>> goldDenials,
      List<Set<String>> goldAnyKind) {
    List<Set<String>> reported = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String sentence : reportedSentences) {
      if (seen.add(sentence)) {
        reported.add(SentenceMatch.words(sentence));
      }
    }
    long recalled =
        goldDenials.stream()
            .filter(gold -> reported.stream().anyMatch(one -> SentenceMatch.matches(one, gold)))
            .count();
    long precise =
        reported.stream()
            .filter(one -> goldAnyKind.stream().anyMatch(gold -> SentenceMatch.matches(one, gold)))
            .count();
    return new long[] {recalled, precise, reported.size()};
  }

  /** What a run reported: the event of each article, the claim rows, denials and one-sided rows. */
  public record Reported(
      Map<String, String> eventOfArticle,
      List<Row> rows,
      List<DenialRow> denials,
      List<OneSidedRow> oneSided) {
    public Reported {
      eventOfArticle = Map.copyOf(eventOfArticle);
      rows = List.copyOf(rows);
      denials = List.copyOf(denials);
      oneSided = List.copyOf(oneSided);
    }
  }

  /** One measure: {@code matched} of {@code total}. */
  public record Measure(String name, long matched, long total) {
    public double value() {
      return total == 0 ? Double.NaN : (double) matched / total;
    }

    public String line() {
      return String.format(
          Locale.ROOT,
          "%s value=%s (%d/%d)",
          name,
          total == 0 ? "n/a" : String.format(Locale.ROOT, "%.4f", value()),
          matched,
          total);
    }
  }

  public static final List<String> NAMES =
      List.of(
          "found",
          "aligned",
          "row_cells",
          "purity",
          "distinct_top10",
          "denial_recall",
          "denial_precision",
          "one_sided_recall",
          "one_sided_precision");

  private final Map<String, long[]> counts = new LinkedHashMap<>();

  private MatrixScores() {
    for (String name : NAMES) {
      counts.put(name, new long[2]);
    }
  }

  /** Scores every gold event; {@code outletOf} maps each input article id to its outlet. */
  public static List<Measure> score(
      List<GoldEvent> gold, Map<String, String> outletOf, Reported reported) {
    MatrixScores scores = new MatrixScores();
    Map<String, List<Row>> rowsByEvent = new HashMap<>();
    for (Row row : reported.rows()) {
      rowsByEvent.computeIfAbsent(row.eventId(), id -> new ArrayList<>()).add(row);
    }
    for (List<Row> rows : rowsByEvent.values()) {
      rows.sort(Comparator.comparingInt(Row::rank).thenComparing(Row::claimId));
    }
    for (GoldEvent event : gold) {
      String predicted = predictedEvent(event, reported.eventOfArticle());
      List<DenialRow> denials =
          reported.denials().stream().filter(row -> row.eventId().equals(predicted)).toList();
      List<OneSidedRow> oneSided =
          reported.oneSided().stream().filter(row -> row.eventId().equals(predicted)).toList();
      new EventScoring(event, outletOf, rowsByEvent.getOrDefault(predicted, List.of()))
          .scoreInto(scores, denials, oneSided);
    }
    List<Measure> measures = new ArrayList<>();
    scores.counts.forEach((name, pair) -> measures.add(new Measure(name, pair[0], pair[1])));
    return measures;
  }

  private void add(String name, long matched, long total) {
    long[] pair = counts.get(name);
    pair[0] += matched;
    pair[1] += total;
  }

  /** The reported event holding most of the gold event's articles (ties: the smallest id). */
  static String predictedEvent(GoldEvent event, Map<String, String> eventOfArticle) {
    Map<String, Integer> held = new HashMap<>();
    for (String article : event.articleIds()) {
      String predicted = eventOfArticle.get(article);
      if (predicted != null) {
        held.merge(predicted, 1, Integer::sum);
      }
    }
    return held.entrySet().stream()
        .min(
            Comparator.comparing((Map.Entry<String, Integer> entry) -> -entry.getValue())
                .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  /** One gold event against its reported event's rows, with word sets computed once. */
  private static final class EventScoring {
    private final GoldEvent event;
    private final List<Row> rows;
    private final Set<String> outlets = new LinkedHashSet<>();

    /** claim id -> outlet -> the word sets of its gold sentences there. */
    private final Map<String, Map<String, List<Set<String>>>> gold = new LinkedHashMap<>();

    /** row index -> outlet -> the word sets of its evidence there. */
    private final List<Map<String, List<Set<String>>>> evidence = new ArrayList<>();

    private final Map<String, String> outletOf;

    EventScoring(GoldEvent event, Map<String, String> outletOf, List<Row> rows) {
      this.event = event;
      this.rows = rows;
      this.outletOf = outletOf;
      for (String article : event.articleIds()) {
        outlets.add(outletOf.getOrDefault(article, article));
      }
      for (GoldClaim claim : event.claims()) {
        gold.put(claim.claimId(), bySentenceOutlet(claim.mentions()));
      }
      for (Row row : rows) {
        Map<String, List<Set<String>>> sets = new HashMap<>();
        row.evidence()
            .forEach(
                (outlet, sentences) ->
                    sets.put(outlet, sentences.stream().map(SentenceMatch::words).toList()));
        evidence.add(sets);
      }
    }

    private Map<String, List<Set<String>>> bySentenceOutlet(List<Mention> mentions) {
      Map<String, List<Set<String>>> sets = new LinkedHashMap<>();
      for (Mention mention : mentions) {
        sets.computeIfAbsent(
                outletOf.getOrDefault(mention.articleId(), mention.articleId()),
                outlet -> new ArrayList<>())
            .add(SentenceMatch.words(mention.sentence()));
      }
      return sets;
    }

    /** Whether row {@code index}'s evidence in {@code outlet} is one of the claim's sentences. */
    private boolean cellMatches(int index, String outlet, String claimId) {
      List<Set<String>> reported = evidence.get(index).getOrDefault(outlet, List.of());
      List<Set<String>> sentences = gold.get(claimId).getOrDefault(outlet, List.of());
      for (Set<String> one : reported) {
        for (Set<String> other : sentences) {
          if (SentenceMatch.matches(one, other)) {
            return true;
          }
        }
      }
      return false;
    }

    private Set<String> claimOutlets(String claimId) {
      return gold.get(claimId).keySet();
    }

    private boolean rowMatches(int index, String claimId) {
      for (String outlet : evidence.get(index).keySet()) {
        if (cellMatches(index, outlet, claimId)) {
          return true;
        }
      }
      return false;
    }

    /** The gold claim most of the row's cells match, or null when none matches. */
    private String majority(int index, long[] matchedCells) {
      Map<String, Integer> votes = new LinkedHashMap<>();
      long matched = 0;
      for (String outlet : evidence.get(index).keySet()) {
        boolean any = false;
        for (String claimId : gold.keySet()) {
          if (cellMatches(index, outlet, claimId)) {
            votes.merge(claimId, 1, Integer::sum);
            any = true;
          }
        }
        if (any) {
          matched++;
        }
      }
      matchedCells[0] = matched;
      String best = null;
      int bestVotes = 0;
      for (Map.Entry<String, Integer> vote : votes.entrySet()) {
        if (vote.getValue() > bestVotes) {
          best = vote.getKey();
          bestVotes = vote.getValue();
        }
      }
      matchedCells[1] = bestVotes;
      return best;
    }

    void scoreInto(MatrixScores scores, List<DenialRow> denials, List<OneSidedRow> oneSided) {
      for (String claimId : gold.keySet()) {
        Set<String> carrying = claimOutlets(claimId);
        int found = 0;
        for (String outlet : carrying) {
          for (int index = 0; index < rows.size(); index++) {
            if (cellMatches(index, outlet, claimId)) {
              found++;
              break;
            }
          }
        }
        scores.add("found", found, carrying.size());
        if (carrying.size() >= 2) {
          alignment(scores, claimId, carrying);
        }
      }
      long[] cells = new long[2];
      List<List<String>> topMatches = new ArrayList<>();
      for (int index = 0; index < rows.size(); index++) {
        String majority = majority(index, cells);
        if (majority != null) {
          scores.add("purity", cells[1], cells[0]);
        }
        if (index < 10) {
          List<String> matched = new ArrayList<>();
          for (String claimId : gold.keySet()) {
            if (rowMatches(index, claimId)) {
              matched.add(claimId);
            }
          }
          topMatches.add(matched);
        }
      }
      scores.add("distinct_top10", distinctClaims(topMatches), Math.min(10, gold.size()));
      denials(scores, denials);
      oneSided(scores, oneSided);
    }

    /**
     * Distinct gold claims the rows stand for, each row for at most one claim it matches: the size
     * of a maximum bipartite matching (augmenting paths; ten rows).
     */
    static int distinctClaims(List<List<String>> matchesOfRow) {
      Map<String, Integer> rowOfClaim = new HashMap<>();
      int matched = 0;
      for (int row = 0; row < matchesOfRow.size(); row++) {
        if (augment(row, matchesOfRow, rowOfClaim, new HashSet<>())) {
          matched++;
        }
      }
      return matched;
    }

    private static boolean augment(
        int row,
        List<List<String>> matchesOfRow,
        Map<String, Integer> rowOfClaim,
        Set<String> visited) {
      for (String claimId : matchesOfRow.get(row)) {
        if (visited.add(claimId)) {
          Integer holder = rowOfClaim.get(claimId);
          if (holder == null || augment(holder, matchesOfRow, rowOfClaim, visited)) {
            rowOfClaim.put(claimId, row);
            return true;
          }
        }
      }
      return false;
    }

    private void alignment(MatrixScores scores, String claimId, Set<String> carrying) {
      int best = 0;
      int bestIndex = -1;
      for (int index = 0; index < rows.size(); index++) {
        int covered = 0;
        for (String outlet : carrying) {
          if (cellMatches(index, outlet, claimId)) {
            covered++;
          }
        }
        if (covered > best) {
          best = covered;
          bestIndex = index;
        }
      }
      scores.add("aligned", best, carrying.size());
      int agree = 0;
      if (bestIndex >= 0) {
        for (String outlet : outlets) {
          boolean present = evidence.get(bestIndex).containsKey(outlet);
          if (present == carrying.contains(outlet)) {
            agree++;
          }
        }
      }
      scores.add("row_cells", agree, outlets.size());
    }

    private void denials(MatrixScores scores, List<DenialRow> denials) {
      List<String> reported = new ArrayList<>();
      for (DenialRow row : denials) {
        reported.addAll(row.sentences());
      }
      List<Set<String>> denialKind = new ArrayList<>();
      List<Set<String>> anyKind = new ArrayList<>();
      for (GoldDenial denial : event.denials()) {
        for (Mention mention : denial.mentions()) {
          Set<String> words = SentenceMatch.words(mention.sentence());
          anyKind.add(words);
          if (denial.kind().equals("denial")) {
            denialKind.add(words);
          }
        }
      }
      long[] counts = denialCounts(reported, denialKind, anyKind);
      scores.add("denial_recall", counts[0], denialKind.size());
      scores.add("denial_precision", counts[1], counts[2]);
    }

    /** Gold one-sided pairs "claim id \0 outlet": carries a disputed claim, not its dispute. */
    private Set<String> goldOneSided() {
      Map<String, Set<String>> disputingOutlets = new HashMap<>();
      for (GoldDenial denial : event.denials()) {
        if (DISPUTING.contains(denial.kind())) {
          Set<String> reporting =
              disputingOutlets.computeIfAbsent(denial.claimId(), id -> new HashSet<>());
          for (Mention mention : denial.mentions()) {
            reporting.add(outletOf.getOrDefault(mention.articleId(), mention.articleId()));
          }
        }
      }
      Set<String> pairs = new HashSet<>();
      disputingOutlets.forEach(
          (claimId, reporting) -> {
            for (String outlet : claimOutlets(claimId)) {
              if (!reporting.contains(outlet)) {
                pairs.add(claimId + "\u0000" + outlet);
              }
            }
          });
      return pairs;
    }

    private void oneSided(MatrixScores scores, List<OneSidedRow> oneSided) {
      Set<String> goldPairs = goldOneSided();
      Map<String, Integer> rowIndex = new HashMap<>();
      for (int index = 0; index < rows.size(); index++) {
        rowIndex.put(rows.get(index).claimId(), index);
      }
      Set<String> recalled = new HashSet<>();
      long precise = 0;
      long reported = 0;
      for (OneSidedRow row : oneSided) {
        if (!row.carriesClaim() || row.carriesDenial()) {
          continue;
        }
        reported++;
        Integer index = rowIndex.get(row.claimId());
        boolean agrees = false;
        if (index != null) {
          for (String claimId : gold.keySet()) {
            String pair = claimId + "\u0000" + row.outlet();
            if (goldPairs.contains(pair) && rowMatches(index, claimId)) {
              recalled.add(pair);
              agrees = true;
            }
          }
        }
        if (agrees) {
          precise++;
        }
      }
      scores.add("one_sided_recall", recalled.size(), goldPairs.size());
      scores.add("one_sided_precision", precise, reported);
    }
  }
}
