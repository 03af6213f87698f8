package dev.parallax.job;

import dev.parallax.config.ConfigException;
import dev.parallax.events.ClusterScores;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@code jobs/evaluate.sh}: scores Parallax output against gold labels. {@code events --gold
 * GOLD.csv --pred event_articles.csv} prints B-cubed, pairwise and adjusted-Rand lines. Exit 2 for
 * bad arguments or files.
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) {
    try {
      for (String line : run(args)) {
        System.out.println(line);
      }
    } catch (ConfigException e) {
      System.err.println("evaluate: " + e.getMessage());
      System.exit(2);
    }
  }

  static List<String> run(String... args) {
    if (args.length > 0 && args[0].equals("stance-train")) {
      return stanceTrain(options(args));
    }
    if (args.length > 0 && args[0].equals("stance")) {
      return stance(options(args));
    }
    if (args.length > 0 && args[0].equals("attribution")) {
      return attribution(options(args));
    }
    if (args.length > 0 && args[0].equals("cue-train")) {
      return cueTrain(options(args));
    }
    if (args.length > 0 && args[0].equals("attribution-train")) {
      return attributionTrain(options(args));
    }
    if (args.length > 0 && args[0].equals("rebuttal-train")) {
      return RebuttalEvaluation.train(options(args));
    }
    if (args.length > 0 && args[0].equals("claims")) {
      return ClaimsEvaluation.run(options(args));
    }
    if (args.length > 0 && args[0].equals("pos-distil")) {
      return posDistil(options(args));
    }
    if (args.length > 0 && args[0].equals("distil-vectors")) {
      return DistilVectors.run(options(args));
    }
    if (args.length == 0 || !args[0].equals("events")) {
      throw new ConfigException(
          "usage: evaluate.sh events --gold GOLD.csv --pred REPORT_DIR/event_articles.csv\n"
              + "       evaluate.sh claims --gold GOLD.json --input ARTICLES.jsonl --pred REPORT_DIR\n"
              + "       evaluate.sh attribution --text DIR --ann DIR [--conf-dir conf]"
              + " [--pos-lexicon FILE]\n"
              + "       evaluate.sh cue-train --text DIR --ann DIR --out FILE [--conf-dir conf]\n"
              + "       evaluate.sh attribution-train --text DIR --ann DIR --out FILE"
              + " [--conf-dir conf]\n"
              + "       evaluate.sh rebuttal-train --gold GOLD.json --input ARTICLES.jsonl"
              + " --out FILE [--conf-dir conf]\n"
              + "       evaluate.sh stance --stances S.csv --bodies B.csv [--method model|rule]\n"
              + "       evaluate.sh distil-vectors --out FILE [--dimensions 128]\n"
              + "       evaluate.sh pos-distil --text DIR --out FILE\n"
              + "       evaluate.sh stance-train --stances S.csv --bodies B.csv --out FILE"
              + " [--folds 5] [--penalty 1]");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new ConfigException(args[i] + " needs a value");
      }
      options.put(args[i], args[i + 1]);
    }
    String gold = options.get("--gold");
    String predicted = options.get("--pred");
    if (gold == null || predicted == null) {
      throw new ConfigException("events needs --gold and --pred");
    }
    ClusterScores scores =
        ClusterScores.of(
            read(Path.of(gold), "article_id", "event_id"),
            read(Path.of(predicted), "article_id", "event_id"));
    return List.of(
        String.format(
            Locale.ROOT,
            "b3 precision=%.4f recall=%.4f f1=%.4f",
            scores.b3Precision(),
            scores.b3Recall(),
            scores.b3F1()),
        String.format(
            Locale.ROOT,
            "pairwise precision=%.4f recall=%.4f f1=%.4f",
            scores.pairPrecision(),
            scores.pairRecall(),
            scores.pairF1()),
        String.format(Locale.ROOT, "ari value=%.4f", scores.adjustedRand()));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new ConfigException(args[i] + " needs a value");
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  /**
   * Scores the attribution extractor on a PolNeAR-style folder pair: {@code text/<doc>.txt} and
   * {@code attributions/<doc>_<annotator>.ann}; the first annotator file by name is the gold.
   */
  static List<String> attribution(Map<String, String> options) {
    String textDir = options.get("--text");
    String annDir = options.get("--ann");
    if (textDir == null || annDir == null) {
      throw new ConfigException("attribution needs --text and --ann");
    }
    Map<String, String> settings = new java.util.HashMap<>();
    settings.put("conf.dir", options.getOrDefault("--conf-dir", "conf"));
    if (options.containsKey("--pos-lexicon")) {
      settings.put(
          dev.parallax.config.ConfigKeys.CLAIMS_POS_LEXICON.name(), options.get("--pos-lexicon"));
    }
    dev.parallax.config.ParallaxConfig config = dev.parallax.config.ParallaxConfig.of(settings);
    dev.parallax.claims.AttributionExtractor extractor =
        dev.parallax.claims.AttributionExtractor.from(config);
    return scoreAttributions(Path.of(textDir), Path.of(annDir), extractor).lines();
  }

  /**
   * Learns the attribution span tagger from a PolNeAR-layout corpus and writes its weights; prints
   * the held-out scores of the rules and of the tagger (per margin tried).
   */
  static List<String> attributionTrain(Map<String, String> options) {
    Training training =
        Training.of(
            "attribution-train", options, dev.parallax.config.ConfigKeys.CLAIMS_SPAN_TAGGER);
    long start = System.nanoTime();
    dev.parallax.claims.SpanTraining.Outcome outcome =
        dev.parallax.claims.SpanTraining.train(training.documents(), training.rules());
    List<String> lines = new java.util.ArrayList<>(outcome.report());
    training.write(outcome.tagger().toText("learnt on " + training.textDir()));
    lines.add(
        String.format(
            Locale.ROOT,
            "trained in %.1f s; wrote %s",
            (System.nanoTime() - start) / 1e9,
            training.out()));
    return lines;
  }

  /** The {@code .txt} files of {@code dir}, in name order. */
  static List<String> texts(Path dir) {
    List<String> texts = new java.util.ArrayList<>();
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + dir + ": " + e.getMessage());
    }
    return texts;
  }

  /**
   * Distils the part-of-speech lexicon ({@code claims.pos-lexicon}) from the {@code .txt} files of
   * {@code --text}, tagged in context by OpenNLP's tagger, and writes it to {@code --out}.
   */
  static List<String> posDistil(Map<String, String> options) {
    String textDir = options.get("--text");
    String out = options.get("--out");
    if (textDir == null || out == null) {
      throw new ConfigException("pos-distil needs --text and --out");
    }
    long start = System.nanoTime();
    List<String> texts = texts(Path.of(textDir));
    List<String[]> sentences = dev.parallax.text.PosLexicon.sentences(texts);
    long tokens = sentences.stream().mapToLong(words -> words.length).sum();
    dev.parallax.text.PosLexicon lexicon =
        dev.parallax.text.PosLexicon.distil(sentences, dev.parallax.text.PartsOfSpeech.IN_CONTEXT);
    try {
      Files.writeString(
          Path.of(out),
          lexicon.toText(texts.size() + " texts of " + textDir),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot write " + out + ": " + e.getMessage());
    }
    return List.of(
        String.format(
            Locale.ROOT,
            "pos-distil: %d texts, %d sentences, %d tokens, %d forms in %.1f s; wrote %s",
            texts.size(),
            sentences.size(),
            tokens,
            lexicon.size(),
            (System.nanoTime() - start) / 1e9,
            out));
  }

  /**
   * Learns the cue tagger on a PolNeAR-style folder pair and writes it to {@code --out}; prints the
   * held-out scores per threshold tried.
   */
  static List<String> cueTrain(Map<String, String> options) {
    Training training =
        Training.of("cue-train", options, dev.parallax.config.ConfigKeys.CLAIMS_CUE_TAGGER);
    dev.parallax.claims.CueTraining.Outcome outcome =
        dev.parallax.claims.CueTraining.train(training.documents(), training.rules());
    List<String> lines = new java.util.ArrayList<>(outcome.report());
    training.write(outcome.tagger().toText("learnt on " + training.textDir()));
    lines.add("wrote " + training.out());
    return lines;
  }

  /**
   * What a training command reads: {@code --text}, {@code --ann}, {@code --out} and {@code
   * --conf-dir}; the documents, and the extractor of that conf folder without the model being
   * learnt ({@code learnt} set empty).
   */
  private record Training(
      String textDir,
      String out,
      List<dev.parallax.claims.CueTraining.Document> documents,
      dev.parallax.claims.AttributionExtractor rules) {
    static Training of(
        String command, Map<String, String> options, dev.parallax.config.ConfigKey learnt) {
      String textDir = options.get("--text");
      String annDir = options.get("--ann");
      String out = options.get("--out");
      if (textDir == null || annDir == null || out == null) {
        throw new ConfigException(command + " needs --text, --ann and --out");
      }
      dev.parallax.config.ParallaxConfig config =
          dev.parallax.config.ParallaxConfig.of(
              Map.of("conf.dir", options.getOrDefault("--conf-dir", "conf"), learnt.name(), ""));
      return new Training(
          textDir,
          out,
          dev.parallax.claims.CueTraining.read(Path.of(textDir), Path.of(annDir)),
          dev.parallax.claims.AttributionExtractor.from(config));
    }

    void write(String model) {
      try {
        Files.writeString(Path.of(out), model, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigException("cannot write " + out + ": " + e.getMessage());
      }
    }
  }

  /** Scores {@code extractor} over every text that has an annotation file. */
  public static dev.parallax.claims.AttributionScores scoreAttributions(
      Path textDir, Path annDir, dev.parallax.claims.AttributionExtractor extractor) {
    dev.parallax.claims.AttributionScores scores = new dev.parallax.claims.AttributionScores();
    try (java.util.stream.Stream<Path> texts = Files.list(textDir)) {
      List<Path> sorted = texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      List<String> annotations;
      try (java.util.stream.Stream<Path> anns = Files.list(annDir)) {
        annotations = anns.map(p -> p.getFileName().toString()).sorted().toList();
      }
      for (Path text : sorted) {
        String stem = text.getFileName().toString().replaceAll("\\.txt$", "");
        String gold =
            annotations.stream()
                .filter(name -> name.startsWith(stem + "_") && name.endsWith(".ann"))
                .findFirst()
                .orElse(null);
        if (gold == null) {
          continue;
        }
        String content = Files.readString(text, StandardCharsets.UTF_8);
        scores.add(
            content,
            extractor.extractAll(content),
            dev.parallax.claims.BratAttributions.parse(
                Files.readString(annDir.resolve(gold), StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read " + textDir + " or " + annDir + ": " + e.getMessage());
    }
    return scores;
  }

  /**
   * Scores denial detection on FNC-1-layout files: {@code --stances} ({@code Headline,Body
   * ID,Stance}) and {@code --bodies} ({@code Body ID,articleBody}); the disagree class on its own,
   * every other stance counting as not-disagree.
   */
  static List<String> stance(Map<String, String> options) {
    String stances = options.get("--stances");
    String bodies = options.get("--bodies");
    if (stances == null || bodies == null) {
      throw new ConfigException("stance needs --stances and --bodies");
    }
    dev.parallax.config.ParallaxConfig config = confOf(options);
    String method = options.getOrDefault("--method", "model");
    Map<String, String> bodyById = read(Path.of(bodies), "Body ID", "articleBody");
    List<StanceEvaluation.Pair> pairs = StanceEvaluation.readPairs(Path.of(stances), bodyById);
    dev.parallax.claims.StanceModel.Counts counts;
    if (method.equals("rule")) {
      dev.parallax.claims.StanceRule rule =
          new dev.parallax.claims.StanceRule(
              dev.parallax.claims.DenialCues.from(config),
              Double.parseDouble(options.getOrDefault("--threshold", "0.2")));
      counts = StanceEvaluation.score(pairs, bodyById, rule::disagrees);
    } else if (method.equals("model")) {
      dev.parallax.claims.StanceModel model = dev.parallax.claims.StanceModel.from(config);
      counts = model.score(StanceEvaluation.examples(model.features(), pairs, bodyById));
    } else {
      throw new ConfigException("--method must be model or rule: " + method);
    }
    long pairCount = pairs.size();
    return List.of(
        String.format(
            Locale.ROOT,
            "disagree precision=%.4f recall=%.4f f1=%.4f",
            counts.precision(),
            counts.recall(),
            counts.f1()),
        "pairs="
            + pairCount
            + " gold_disagree="
            + counts.gold()
            + " predicted_disagree="
            + counts.predicted());
  }

  /**
   * Learns the stance model from FNC-1-layout files: prints its cross-validated disagree scores
   * (folds by body; each fold scored by weights and threshold learnt without it) and writes the
   * model fitted on all pairs to {@code --out}.
   */
  static List<String> stanceTrain(Map<String, String> options) {
    String stances = options.get("--stances");
    String bodies = options.get("--bodies");
    String out = options.get("--out");
    if (stances == null || bodies == null || out == null) {
      throw new ConfigException("stance-train needs --stances, --bodies and --out");
    }
    int folds = Integer.parseInt(options.getOrDefault("--folds", "5"));
    double penalty = Double.parseDouble(options.getOrDefault("--penalty", "1"));
    dev.parallax.claims.StanceFeatures features =
        dev.parallax.claims.StanceFeatures.from(confOf(options));
    Map<String, String> bodyById = read(Path.of(bodies), "Body ID", "articleBody");
    List<dev.parallax.claims.StanceModel.Example> examples =
        StanceEvaluation.examples(
            features, StanceEvaluation.readPairs(Path.of(stances), bodyById), bodyById);
    dev.parallax.claims.StanceModel.Counts cv =
        dev.parallax.claims.StanceModel.crossValidate(features, examples, folds, penalty);
    dev.parallax.claims.StanceModel model =
        dev.parallax.claims.StanceModel.train(features, examples, penalty);
    String scores =
        String.format(
            Locale.ROOT,
            "cross-validated (%d folds by body) disagree precision=%.4f recall=%.4f f1=%.4f",
            folds,
            cv.precision(),
            cv.recall(),
            cv.f1());
    try {
      Files.writeString(
          Path.of(out),
          model.format(
              "Stance model (disputes the claim), written by jobs/evaluate.sh stance-train\n"
                  + "from "
                  + Path.of(stances).getFileName()
                  + " ("
                  + examples.size()
                  + " pairs), penalty "
                  + penalty
                  + "\n"
                  + scores
                  + "\nEach feature line: weight on the standardised feature, its mean, its scale."),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot write " + out + ": " + e.getMessage());
    }
    return List.of(scores, "model: " + out);
  }

  private static dev.parallax.config.ParallaxConfig confOf(Map<String, String> options) {
    return dev.parallax.config.ParallaxConfig.of(
        Map.of("conf.dir", options.getOrDefault("--conf-dir", "conf")));
  }

  /** Reads a CSV's two columns into a map, naming file, line and column on a problem. */
  static Map<String, String> read(Path file, String keyColumn, String valueColumn) {
    Map<String, String> values = new HashMap<>();
    each(
        file,
        List.of(keyColumn, valueColumn),
        (record, line) -> {
          if (!record.isSet(keyColumn) || !record.isSet(valueColumn)) {
            throw new ConfigException(file + ":" + line + ": missing field");
          }
          values.put(record.get(keyColumn), record.get(valueColumn));
        });
    return values;
  }

  /**
   * Calls {@code action} with each record of a CSV file with a header and the line it ends on,
   * after checking that the header has {@code columns}; a problem names the file.
   */
  static void each(
      Path file, List<String> columns, java.util.function.BiConsumer<CSVRecord, Long> action) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = format.parse(reader)) {
      for (String column : columns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new ConfigException(file + ": no column '" + column + "' in the header");
        }
      }
      for (CSVRecord record : parser) {
        action.accept(record, parser.getCurrentLineNumber());
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
