package dev.parallax.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every configuration key Parallax knows, with its default. Unknown keys are rejected. */
public final class ConfigKeys {
  private ConfigKeys() {}

  public static final ConfigKey CONF_DIR =
      ConfigKey.string(
          "conf.dir", "conf", "Folder of the registry and lexicon files named by other keys.");
  public static final ConfigKey JOB_TIMEZONE =
      ConfigKey.string(
          "job.timezone", "UTC", "Time zone of run dates and day boundaries (an IANA zone id).");
  public static final ConfigKey INGEST_DEFAULT_OUTLET =
      ConfigKey.string(
          "ingest.default-outlet",
          "",
          "Outlet of .md/.txt articles without front matter; empty means the parent folder name.");
  public static final ConfigKey INGEST_MIN_WORDS =
      ConfigKey.integer(
          "ingest.min-words", 5, 0, 1_000_000, "Articles with fewer words are rejected.");
  public static final ConfigKey INGEST_MAX_RECORD_CHARS =
      ConfigKey.integer(
          "ingest.max-record-chars",
          2_000_000,
          1_000,
          Integer.MAX_VALUE,
          "Records (lines, objects, files) longer than this are rejected.");
  public static final ConfigKey INGEST_PART_BYTES =
      ConfigKey.integer(
          "ingest.part-bytes",
          8 << 20,
          256,
          1 << 30,
          "JSON Lines and CSV files larger than this are read in parts of this many bytes, in"
              + " parallel.");
  public static final ConfigKey INGEST_REQUIRE_DATE =
      ConfigKey.bool(
          "ingest.require-date", false, "Reject articles with no usable publication date.");
  public static final ConfigKey INGEST_DATE_ORDER =
      ConfigKey.oneOf(
          "ingest.date-order",
          "MDY",
          List.of("MDY", "DMY"),
          "How numeric dates like 9/6/17 are read: month first (MDY) or day first (DMY).");
  public static final ConfigKey INGEST_FIELDS =
      ConfigKey.string(
          "ingest.fields",
          "fields.properties",
          "Field-name aliases per canonical field, in conf.dir.");
  public static final ConfigKey INGEST_OUTLETS =
      ConfigKey.string(
          "ingest.outlets", "outlets.csv", "The outlet registry (name, domains, aliases, ...).");
  public static final ConfigKey INGEST_BOILERPLATE_PATTERNS =
      ConfigKey.string(
          "ingest.boilerplate-patterns",
          "boilerplate.txt",
          "Regular expressions; a paragraph matching one is boilerplate.");
  public static final ConfigKey INGEST_ATTRIBUTION_PATTERNS =
      ConfigKey.string(
          "ingest.attribution-patterns",
          "attribution-lines.txt",
          "Regular expressions with a named group 'source' for cross-post attribution lines.");
  public static final ConfigKey INGEST_BOILERPLATE_MIN_ARTICLES =
      ConfigKey.integer(
          "ingest.boilerplate-min-articles",
          3,
          2,
          1_000_000,
          "A paragraph repeated in at least this many articles of one outlet ...");
  public static final ConfigKey INGEST_BOILERPLATE_MIN_SHARE =
      ConfigKey.decimal(
          "ingest.boilerplate-min-share",
          0.2,
          0.0,
          1.0,
          "... and in at least this share of the outlet's articles is boilerplate.");
  public static final ConfigKey INGEST_ANALYSIS_LANGUAGES =
      ConfigKey.list(
          "ingest.analysis-languages",
          "en",
          "[a-z]{2}",
          "ISO 639-1 codes (two lower-case letters)",
          "Comma-separated ISO 639-1 codes the text analyses handle; others are skipped and"
              + " counted.");
  public static final ConfigKey SYNDICATION_NEAR_THRESHOLD =
      ConfigKey.decimal(
          "syndication.near-threshold",
          0.8,
          0.0,
          1.0,
          "Estimated Jaccard similarity of word shingles above which two articles of different"
              + " outlets are copies.");
  public static final ConfigKey SYNDICATION_SHINGLE_WORDS =
      ConfigKey.integer(
          "syndication.shingle-words", 5, 1, 20, "Words per shingle for near-duplicate search.");
  public static final ConfigKey SYNDICATION_MAX_BUCKET =
      ConfigKey.integer(
          "syndication.max-bucket",
          500,
          2,
          1_000_000,
          "LSH buckets with more articles than this are template text and are skipped (counted).");

  public static final ConfigKey EVENTS_THRESHOLD =
      ConfigKey.decimal(
          "events.threshold",
          0.15,
          0.01,
          1.0,
          "Average-link similarity at or above which two clusters of articles are one event.");
  public static final ConfigKey EVENTS_MENTION_WEIGHT =
      ConfigKey.decimal(
          "events.mention-weight",
          0.3,
          0.0,
          1.0,
          "Weight of names and numbers in article similarity; stemmed terms get the rest.");
  public static final ConfigKey EVENTS_WINDOW_DAYS =
      ConfigKey.integer(
          "events.window-days",
          7,
          0,
          3650,
          "Dated articles further apart than this many days count events.outside-window-weight of"
              + " their similarity.");
  public static final ConfigKey EVENTS_OUTSIDE_WINDOW_WEIGHT =
      ConfigKey.decimal(
          "events.outside-window-weight",
          0.7,
          0.0,
          1.0,
          "Share of their similarity two dated articles keep beyond the window (0: never linked).");
  public static final ConfigKey EVENTS_SPLIT_RATIO =
      ConfigKey.decimal(
          "events.split-ratio",
          0.63,
          0.0,
          1.0,
          "An event is cut in two when the mean similarity across the cut is below this share of"
              + " the mean within its sides (0: never).");
  public static final ConfigKey EVENTS_SEMANTIC =
      ConfigKey.oneOf(
          "events.semantic",
          "static",
          List.of("static", "model", "off"),
          "The meaning of titles and leads in event similarity and blocking: the static table"
              + " distilled from the sentence model (static), the model itself (model: slower), or"
              + " none (off).");
  public static final ConfigKey EVENTS_SEMANTIC_TABLE =
      ConfigKey.string(
          "events.semantic-table",
          "sentence-vectors.bin",
          "The static sentence-vector table, in conf.dir (jobs/evaluate.sh distil-vectors).");
  public static final ConfigKey EVENTS_SEMANTIC_WEIGHT =
      ConfigKey.decimal(
          "events.semantic-weight",
          0.15,
          0.0,
          1.0,
          "Weight of the meaning of titles and leads in event similarity; terms and names share"
              + " the rest.");
  public static final ConfigKey EVENTS_SEMANTIC_FLOOR =
      ConfigKey.decimal(
          "events.semantic-floor",
          0.45,
          0.0,
          0.99,
          "Meaning cosines at or below this count 0; above it they are scaled to reach 1 at 1.");
  public static final ConfigKey EVENTS_MAX_SPAN_DAYS =
      ConfigKey.integer(
          "events.max-span-days",
          30,
          1,
          365,
          "An event's dated articles span more than this only where coverage is continuous (no gap"
              + " longer than events.window-days); never more than 365 days.");
  public static final ConfigKey EVENTS_BLOCKING_KEYS =
      ConfigKey.integer(
          "events.blocking-keys",
          10,
          1,
          100,
          "Top-weighted terms and names per article that make its candidate blocks.");
  public static final ConfigKey EVENTS_MAX_BLOCK =
      ConfigKey.integer(
          "events.max-block",
          500,
          2,
          100_000,
          "Blocks with more articles than this are too common to propose pairs (counted).");
  public static final ConfigKey EVENTS_BLINDSPOT_SHARE =
      ConfigKey.decimal(
          "events.blindspot-share",
          0.8,
          0.5,
          1.0,
          "An outlet group holding at least this share of an event's independent coverage marks"
              + " a blindspot.");

  public static final ConfigKey EVENTS_CORRECTIONS =
      ConfigKey.string(
          "events.corrections",
          "event-corrections.csv",
          "must_link / cannot_link rows by article id that override event clustering.");

  public static final ConfigKey CLAIMS_CUES =
      ConfigKey.string(
          "claims.cues",
          "attribution-cues.txt",
          "Reporting cues (said, claimed, according to, ...) with the stance each implies.");

  public static final ConfigKey CLAIMS_SPAN_TAGGER =
      ConfigKey.string(
          "claims.span-tagger",
          "span-tagger.txt",
          "Weights of the learnt attribution span tagger (jobs/evaluate.sh attribution-train)"
              + " that decides each cue's source and content; empty: the rules decide them.");

  public static final ConfigKey CLAIMS_POS_LEXICON =
      ConfigKey.string(
          "claims.pos-lexicon",
          "pos-lexicon.tsv",
          "Part-of-speech lexicon for the span tagger (jobs/evaluate.sh pos-distil): each word's"
              + " commonest UD tag, looked up; empty: OpenNLP's tagger in context.");

  public static final ConfigKey CLAIMS_CUE_TAGGER =
      ConfigKey.string(
          "claims.cue-tagger",
          "cue-tagger.txt",
          "Weights of the learnt cue tagger (jobs/evaluate.sh cue-train) for cues the lexicon"
              + " lacks; empty: lexicon only.");

  public static final ConfigKey CLAIMS_ALIGN_THRESHOLD =
      ConfigKey.decimal(
          "claims.align-threshold",
          0.35,
          0.01,
          1.0,
          "Similarity (content-term Jaccard, +0.2 shared number, +0.1 same source) at which two"
              + " outlets' sentences state the same claim.");

  public static final ConfigKey CLAIMS_MIN_OUTLETS =
      ConfigKey.integer(
          "claims.min-outlets",
          2,
          1,
          1_000,
          "Claims are extracted and compared for events covered by at least this many outlets.");

  public static final ConfigKey DENIALS_CUES =
      ConfigKey.string(
          "denials.cues",
          "denial-cues.txt",
          "Denial, retraction and refusal-to-comment cues (kind|regex).");
  public static final ConfigKey DENIALS_STANCE_CUES =
      ConfigKey.string(
          "denials.stance-cues",
          "stance-cues.txt",
          "Doubt, hedge and negation cues (kind|regex) of the stance model's features.");
  public static final ConfigKey DENIALS_STANCE_MODEL =
      ConfigKey.string(
          "denials.stance-model",
          "stance-model.properties",
          "Weights and threshold of the disputes-the-claim model (jobs/evaluate.sh stance-train).");
  public static final ConfigKey DENIALS_REBUTTAL_SIGNALS =
      ConfigKey.string(
          "denials.rebuttal-signals",
          "rebuttal-signals.txt",
          "Negation, response, contrast and evaluation signals (kind|regex) that make a sentence"
              + " without a denial cue a rebuttal candidate, and the rebuttal model's features.");
  public static final ConfigKey DENIALS_REBUTTAL_MODEL =
      ConfigKey.string(
          "denials.rebuttal-model",
          "",
          "Weights and threshold of the rebuttal model that keeps a sentence without a denial cue"
              + " as a denial of the claim it answers (jobs/evaluate.sh rebuttal-train; shipped:"
              + " rebuttal-model.properties); empty (default): cue sentences only.");
  public static final ConfigKey DENIALS_LINK_THRESHOLD =
      ConfigKey.decimal(
          "denials.link-threshold",
          0.2,
          0.0,
          1.0,
          "Share of a claim's content terms a denial sentence must share to be linked to it.");

  public static final ConfigKey WORDING_TOP_N =
      ConfigKey.integer("wording.top-n", 10, 1, 1_000, "Distinctive terms reported per outlet.");
  public static final ConfigKey WORDING_MIN_COUNT =
      ConfigKey.integer(
          "wording.min-count",
          2,
          1,
          1_000_000,
          "Uses of a term by an outlet in an event below which it is not reported.");
  public static final ConfigKey WORDING_MIN_COUNT_ALL =
      ConfigKey.integer(
          "wording.min-count-all",
          5,
          1,
          1_000_000,
          "Uses of a term by an outlet in the whole corpus below which it is not reported (ALL).");
  public static final ConfigKey WORDING_PRIOR_SIZE =
      ConfigKey.decimal(
          "wording.prior-size",
          1000.0,
          1.0,
          1e9,
          "a_0 of the informative Dirichlet prior: corpus shares scaled to this many words.");

  public static final ConfigKey WORDING_REFERENT_HEADS =
      ConfigKey.string(
          "wording.referent-heads",
          "referent-heads.txt",
          "Referent head phrases by group (group|regex) for labels.csv.");
  public static final ConfigKey WORDING_LOADED_MODIFIERS =
      ConfigKey.string(
          "wording.loaded-modifiers",
          "loaded-modifiers.txt",
          "Loaded modifiers (one regex per line) kept in referent labels.");

  public static final ConfigKey WORDING_NAME_LABELS =
      ConfigKey.bool(
          "wording.name-labels",
          true,
          "Names (people, organisations, places) as referents of labels.csv too: each outlet's"
              + " descriptors of a name and the loaded words it uses nearest to it.");

  public static final ConfigKey WORDING_NAMES_PER_EVENT =
      ConfigKey.integer(
          "wording.names-per-event",
          3,
          0,
          1_000_000,
          "Name referents per event in labels.csv: those the most outlets name first.");
  public static final ConfigKey WORDING_LABELS_PER_NAME =
      ConfigKey.integer(
          "wording.labels-per-name",
          6,
          1,
          1_000_000,
          "Labels of one name referent per outlet in labels.csv: the most used first.");

  public static final ConfigKey WORDING_LOADED_WORDS =
      ConfigKey.string(
          "wording.loaded-words",
          "loaded-words.txt",
          "Loaded-words lexicon (word<TAB>weight 0..1, from VADER) by which distinctive terms rank;"
              + " empty: rank by z alone.");
  public static final ConfigKey WORDING_LOADED_WEIGHT =
      ConfigKey.decimal(
          "wording.loaded-weight",
          12.0,
          0.0,
          100.0,
          "Distinctive terms rank by z x (1 + this x the term's loaded weight).");
  public static final ConfigKey WORDING_WORD_CLASSES =
      ConfigKey.string(
          "wording.word-classes",
          "pos-lexicon.tsv",
          "Each word's commonest part of speech (the distilled table of claims.pos-lexicon) by"
              + " which distinctive terms weigh the lexicon: sentiment-rated nouns and verbs count"
              + " wording.topical-weight of their weight. Empty: the lexicon as written.");
  public static final ConfigKey WORDING_TOPICAL_WEIGHT =
      ConfigKey.decimal(
          "wording.topical-weight",
          0.6,
          0.0,
          1.0,
          "Share of its loaded weight a sentiment-rated noun or verb keeps in the distinctive"
              + " terms' ranking (what a story is about, not how it is told); words marked"
              + " framing or hedge in the lexicon keep all of theirs.");

  public static final ConfigKey WORDING_GROUP_ATTRIBUTE =
      ConfigKey.string(
          "wording.group-attribute",
          "",
          "Outlet registry column (country, ownership, ...) whose groups are also compared:"
              + " wording_groups.csv and labels_groups.csv. Empty: no group comparison.");

  public static final ConfigKey NIGHTLY_INPUT_TEMPLATE =
      ConfigKey.string(
          "nightly.input-template",
          "input/date={date}",
          "Nightly input path of a run date; {date} becomes YYYY-MM-DD. A missing path is a day"
              + " with no input.");
  public static final ConfigKey NIGHTLY_OUTPUT_DIR =
      ConfigKey.string(
          "nightly.output-dir", "reports", "Nightly report root; a day goes to run_date=D/.");
  public static final ConfigKey NIGHTLY_STATE_DIR =
      ConfigKey.string("nightly.state-dir", "state", "Nightly event state folder.");
  public static final ConfigKey NIGHTLY_EVENT_LOG_DIR =
      ConfigKey.string(
          "nightly.event-log-dir",
          "",
          "Spark event log folder of nightly runs; empty means OUTPUT/_spark-events, 'off' turns"
              + " event logs off.");
  public static final ConfigKey NIGHTLY_STATE_RETENTION_DAYS =
      ConfigKey.integer(
          "nightly.state-retention-days",
          90,
          1,
          100_000,
          "State snapshots older than this many days before the run date are deleted (the latest"
              + " one is always kept).");
  public static final ConfigKey NIGHTLY_MAX_REJECT_SHARE =
      ConfigKey.decimal(
          "nightly.max-reject-share",
          0.5,
          0.0,
          1.0,
          "A day whose rejected share of read records is above this exits with code 4 (reports"
              + " are still written).");

  public static final ConfigKey REPORT_EVIDENCE =
      ConfigKey.oneOf(
          "report.evidence",
          "sentences",
          List.of("sentences", "ids"),
          "'sentences' quotes evidence sentences in the reports; 'ids' keeps article ids and URLs"
              + " but leaves every quoted-text column empty (for users who may not redistribute"
              + " article text).");
  public static final ConfigKey REPORT_BOM =
      ConfigKey.bool(
          "report.bom", false, "Start every CSV with a UTF-8 byte-order mark (for spreadsheets).");
  public static final ConfigKey REPORT_PARQUET =
      ConfigKey.bool(
          "report.parquet",
          false,
          "Also write each CSV report as Parquet under parquet/NAME/, and every claim mention"
              + " (untrimmed) under parquet/claim_mentions/.");
  public static final ConfigKey REPORT_CLAIMS_PER_EVENT =
      ConfigKey.integer(
          "report.claims-per-event",
          12,
          1,
          1_000_000,
          "Claims of each event in claims.csv and claim_coverage.csv by rank (the main claims); every"
              + " claim carried by 2+ outlets or denied is written too. report.html shows these"
              + " first and the others collapsed.");
  public static final ConfigKey REPORT_CLAIMS_PER_OUTLET =
      ConfigKey.integer(
          "report.claims-per-outlet",
          5,
          0,
          1_000_000,
          "Each outlet's first claims of an event by rank, among those it carries, also written to"
              + " claims.csv and claim_coverage.csv (an outlet's own main claims); 0: none beyond"
              + " report.claims-per-event.");
  public static final ConfigKey REPORT_HTML_TOP_EVENTS =
      ConfigKey.integer(
          "report.html-top-events",
          20,
          0,
          10_000,
          "Events shown in full in report.html (by outlets covering them); the rest are listed.");

  public static final List<ConfigKey> ALL =
      List.of(
          CONF_DIR,
          JOB_TIMEZONE,
          INGEST_DEFAULT_OUTLET,
          INGEST_MIN_WORDS,
          INGEST_MAX_RECORD_CHARS,
          INGEST_PART_BYTES,
          INGEST_REQUIRE_DATE,
          INGEST_DATE_ORDER,
          INGEST_FIELDS,
          INGEST_OUTLETS,
          INGEST_BOILERPLATE_PATTERNS,
          INGEST_ATTRIBUTION_PATTERNS,
          INGEST_BOILERPLATE_MIN_ARTICLES,
          INGEST_BOILERPLATE_MIN_SHARE,
          INGEST_ANALYSIS_LANGUAGES,
          SYNDICATION_NEAR_THRESHOLD,
          SYNDICATION_SHINGLE_WORDS,
          SYNDICATION_MAX_BUCKET,
          EVENTS_THRESHOLD,
          EVENTS_MENTION_WEIGHT,
          EVENTS_WINDOW_DAYS,
          EVENTS_OUTSIDE_WINDOW_WEIGHT,
          EVENTS_BLOCKING_KEYS,
          EVENTS_MAX_BLOCK,
          EVENTS_SPLIT_RATIO,
          EVENTS_SEMANTIC,
          EVENTS_SEMANTIC_TABLE,
          EVENTS_SEMANTIC_WEIGHT,
          EVENTS_SEMANTIC_FLOOR,
          EVENTS_MAX_SPAN_DAYS,
          EVENTS_BLINDSPOT_SHARE,
          EVENTS_CORRECTIONS,
          CLAIMS_CUES,
          CLAIMS_CUE_TAGGER,
          CLAIMS_SPAN_TAGGER,
          CLAIMS_POS_LEXICON,
          CLAIMS_ALIGN_THRESHOLD,
          CLAIMS_MIN_OUTLETS,
          DENIALS_CUES,
          DENIALS_STANCE_CUES,
          DENIALS_STANCE_MODEL,
          DENIALS_REBUTTAL_SIGNALS,
          DENIALS_REBUTTAL_MODEL,
          DENIALS_LINK_THRESHOLD,
          WORDING_TOP_N,
          WORDING_MIN_COUNT,
          WORDING_MIN_COUNT_ALL,
          WORDING_PRIOR_SIZE,
          WORDING_REFERENT_HEADS,
          WORDING_LOADED_MODIFIERS,
          WORDING_NAME_LABELS,
          WORDING_NAMES_PER_EVENT,
          WORDING_LABELS_PER_NAME,
          WORDING_LOADED_WORDS,
          WORDING_LOADED_WEIGHT,
          WORDING_WORD_CLASSES,
          WORDING_TOPICAL_WEIGHT,
          WORDING_GROUP_ATTRIBUTE,
          NIGHTLY_INPUT_TEMPLATE,
          NIGHTLY_OUTPUT_DIR,
          NIGHTLY_STATE_DIR,
          NIGHTLY_EVENT_LOG_DIR,
          NIGHTLY_STATE_RETENTION_DAYS,
          NIGHTLY_MAX_REJECT_SHARE,
          REPORT_EVIDENCE,
          REPORT_BOM,
          REPORT_PARQUET,
          REPORT_CLAIMS_PER_EVENT,
          REPORT_CLAIMS_PER_OUTLET,
          REPORT_HTML_TOP_EVENTS);

  public static final Map<String, ConfigKey> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ConfigKey::name, Function.identity()));
}
