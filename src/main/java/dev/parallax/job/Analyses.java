package dev.parallax.job;

import dev.parallax.claims.AttributionExtractor;
import dev.parallax.claims.ClaimAligner;
import dev.parallax.claims.ClaimExtractor;
import dev.parallax.claims.DenialCues;
import dev.parallax.claims.DenialLinker;
import dev.parallax.claims.RebuttalModel;
import dev.parallax.config.ConfFiles;
import dev.parallax.config.ConfigException;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.events.EventCorrections;
import dev.parallax.events.EventSettings;
import dev.parallax.ingest.IngestRules;
import dev.parallax.text.LinkConstraints;
import dev.parallax.text.SentenceModel;
import dev.parallax.text.SentenceVectors;
import dev.parallax.text.VectorTable;
import dev.parallax.wording.LoadedWords;
import dev.parallax.wording.OutletSides;
import dev.parallax.wording.ReferentLabels;
import java.util.Optional;
import java.util.Set;

/**
 * Every configured piece of the analyses, built once from the configuration before any Spark work:
 * a missing file or a bad line in a registry, lexicon, model or corrections file stops the run at
 * start-up (exit 2) before the input is read.
 *
 * @param languages the analysis languages ({@code ingest.analysis-languages})
 * @param groups the outlet groups of {@code wording.group-attribute}, when set
 * @param meaning the sentence vectors of {@code events.semantic}, unless it is off
 * @param loadedWords the loaded-words lexicon of {@code wording.loaded-words} as the distinctive
 *     terms weigh it ({@link LoadedWords#forTerms}, with {@code wording.word-classes})
 */
public record Analyses(
    IngestRules rules,
    EventSettings events,
    LinkConstraints corrections,
    ClaimExtractor claims,
    ClaimAligner aligner,
    DenialLinker denials,
    ReferentLabels labels,
    Set<String> languages,
    Optional<OutletSides> groups,
    Optional<SentenceVectors> meaning,
    LoadedWords loadedWords) {

  public static Analyses load(ParallaxConfig config, IngestRules rules) {
    DenialCues denialCues = DenialCues.from(config);
    RebuttalModel rebuttals =
        config.get(ConfigKeys.DENIALS_REBUTTAL_MODEL).isBlank() ? null : RebuttalModel.from(config);
    dev.parallax.text.PosTagger pos = AttributionExtractor.posTagger(config);
    LoadedWords loaded = loadedWords(config);
    return new Analyses(
        rules,
        EventSettings.from(config),
        EventCorrections.parse(
            ConfFiles.read(config, ConfigKeys.EVENTS_CORRECTIONS),
            config.confFile(ConfigKeys.EVENTS_CORRECTIONS).toString()),
        new ClaimExtractor(
            AttributionExtractor.from(config, pos),
            denialCues,
            rebuttals == null ? null : rebuttals.features()),
        new ClaimAligner(config.getDouble(ConfigKeys.CLAIMS_ALIGN_THRESHOLD)),
        new DenialLinker(
            config.getDouble(ConfigKeys.DENIALS_LINK_THRESHOLD), denialCues, rebuttals),
        referentLabels(config, loaded, pos),
        Set.copyOf(config.getList(ConfigKeys.INGEST_ANALYSIS_LANGUAGES)),
        groupSides(config, rules),
        sentenceVectors(config),
        termWeights(config, pos));
  }

  /** The loaded-words lexicon of {@code wording.loaded-words}; an empty value switches it off. */
  static LoadedWords loadedWords(ParallaxConfig config) {
    if (config.get(ConfigKeys.WORDING_LOADED_WORDS).isBlank()) {
      return LoadedWords.none();
    }
    try {
      return LoadedWords.of(ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_WORDS));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          config.confFile(ConfigKeys.WORDING_LOADED_WORDS) + ": " + e.getMessage());
    }
  }

  /**
   * The lexicon as the distinctive terms weigh it: with the word classes of {@code
   * wording.word-classes} ({@link LoadedWords#forTerms}), or as written when that key is empty.
   */
  public static LoadedWords termWeights(ParallaxConfig config) {
    return termWeights(config, null);
  }

  /**
   * As {@link #termWeights(ParallaxConfig)}, reusing the claims' table when it is the same file.
   */
  private static LoadedWords termWeights(ParallaxConfig config, dev.parallax.text.PosTagger pos) {
    if (config.get(ConfigKeys.WORDING_LOADED_WORDS).isBlank()
        || config.get(ConfigKeys.WORDING_WORD_CLASSES).isBlank()) {
      return loadedWords(config);
    }
    java.nio.file.Path file = config.confFile(ConfigKeys.WORDING_WORD_CLASSES);
    dev.parallax.text.PosLexicon classes;
    if (pos instanceof dev.parallax.text.PosLexicon same
        && !config.get(ConfigKeys.CLAIMS_POS_LEXICON).isBlank()
        && config.confFile(ConfigKeys.CLAIMS_POS_LEXICON).equals(file)) {
      classes = same;
    } else {
      // A bad line stops the run with a ConfigException naming the file and line.
      classes =
          dev.parallax.text.PosLexicon.parse(
              ConfFiles.read(config, ConfigKeys.WORDING_WORD_CLASSES), file.toString());
    }
    try {
      return LoadedWords.forTerms(
          ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_WORDS),
          classes,
          config.getDouble(ConfigKeys.WORDING_TOPICAL_WEIGHT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          config.confFile(ConfigKeys.WORDING_LOADED_WORDS) + ": " + e.getMessage());
    }
  }

  /**
   * The sentence vectors of {@code events.semantic}: the static table read and checked, or the
   * model loaded once here so that a missing model stops the run before any Spark work.
   */
  static Optional<SentenceVectors> sentenceVectors(ParallaxConfig config) {
    String mode = config.get(ConfigKeys.EVENTS_SEMANTIC);
    if (mode.equals("off")) {
      return Optional.empty();
    }
    if (mode.equals("model")) {
      try {
        SentenceModel.shared();
      } catch (RuntimeException e) {
        throw new ConfigException("events.semantic=model: " + e.getMessage());
      }
      return Optional.of(SentenceVectors.model());
    }
    String origin = config.confFile(ConfigKeys.EVENTS_SEMANTIC_TABLE).toString();
    try {
      return Optional.of(
          VectorTable.fromBytes(ConfFiles.bytes(config, ConfigKeys.EVENTS_SEMANTIC_TABLE), origin));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(ConfigKeys.EVENTS_SEMANTIC_TABLE.name() + ": " + e.getMessage());
    }
  }

  /**
   * The referent labels of {@code wording.referent-heads} and {@code wording.loaded-modifiers},
   * with names and their labels unless {@code wording.name-labels} is off.
   */
  private static ReferentLabels referentLabels(
      ParallaxConfig config, LoadedWords loaded, dev.parallax.text.PosTagger pos) {
    try {
      ReferentLabels heads =
          ReferentLabels.of(
              ConfFiles.contentLines(config, ConfigKeys.WORDING_REFERENT_HEADS),
              ConfFiles.contentLines(config, ConfigKeys.WORDING_LOADED_MODIFIERS));
      if (!config.getBoolean(ConfigKeys.WORDING_NAME_LABELS)) {
        return heads;
      }
      if (pos == dev.parallax.text.PartsOfSpeech.IN_CONTEXT) {
        dev.parallax.text.PartsOfSpeech.load();
      }
      return heads.withNames(
          loaded,
          pos,
          config.getInt(ConfigKeys.WORDING_NAMES_PER_EVENT),
          config.getInt(ConfigKeys.WORDING_LABELS_PER_NAME));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          config.confFile(ConfigKeys.WORDING_REFERENT_HEADS)
              + " or "
              + config.confFile(ConfigKeys.WORDING_LOADED_MODIFIERS)
              + ": "
              + e.getMessage());
    }
  }

  /** The outlet groups of {@code wording.group-attribute}, checked against the registry. */
  static Optional<OutletSides> groupSides(ParallaxConfig config, IngestRules rules) {
    String attribute = config.get(ConfigKeys.WORDING_GROUP_ATTRIBUTE).strip();
    if (attribute.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OutletSides.groups(rules.outlets(), attribute));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(ConfigKeys.WORDING_GROUP_ATTRIBUTE.name() + ": " + e.getMessage());
    }
  }
}
