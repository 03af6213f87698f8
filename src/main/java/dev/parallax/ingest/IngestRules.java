package dev.parallax.ingest;

import dev.parallax.config.ConfFiles;
import dev.parallax.config.ConfigKeys;
import dev.parallax.config.ParallaxConfig;
import dev.parallax.model.OutletRegistry;
import java.io.Serializable;
import java.util.Objects;

/**
 * Everything normalisation needs, read once on the driver from configuration and {@code conf/}
 * files, then shipped to executors.
 */
public record IngestRules(
    FieldMapping fields,
    OutletRegistry outlets,
    DateParser dates,
    AttributionLines attributionLines,
    BoilerplatePatterns boilerplate,
    String defaultOutlet,
    int minWords,
    int maxRecordChars,
    int partBytes,
    boolean requireDate)
    implements Serializable {

  public IngestRules {
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(outlets, "outlets");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(attributionLines, "attributionLines");
    Objects.requireNonNull(boilerplate, "boilerplate");
    defaultOutlet = defaultOutlet == null ? "" : defaultOutlet.strip();
  }

  public static IngestRules from(ParallaxConfig config) {
    return new IngestRules(
        FieldMapping.parse(
            ConfFiles.read(config, ConfigKeys.INGEST_FIELDS),
            config.confFile(ConfigKeys.INGEST_FIELDS).toString()),
        OutletRegistryFile.parse(
            ConfFiles.read(config, ConfigKeys.INGEST_OUTLETS),
            config.confFile(ConfigKeys.INGEST_OUTLETS).toString()),
        new DateParser(
            DateParser.Order.valueOf(config.get(ConfigKeys.INGEST_DATE_ORDER)),
            config.get(ConfigKeys.JOB_TIMEZONE)),
        new AttributionLines(
            ConfFiles.contentLines(config, ConfigKeys.INGEST_ATTRIBUTION_PATTERNS)),
        new BoilerplatePatterns(
            ConfFiles.contentLines(config, ConfigKeys.INGEST_BOILERPLATE_PATTERNS)),
        config.get(ConfigKeys.INGEST_DEFAULT_OUTLET),
        config.getInt(ConfigKeys.INGEST_MIN_WORDS),
        config.getInt(ConfigKeys.INGEST_MAX_RECORD_CHARS),
        config.getInt(ConfigKeys.INGEST_PART_BYTES),
        config.getBoolean(ConfigKeys.INGEST_REQUIRE_DATE));
  }
}
