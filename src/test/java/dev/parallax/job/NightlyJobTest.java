package dev.parallax.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.config.ConfigException;
import dev.parallax.config.NightlyArguments;
import dev.parallax.io.RunLock;
import dev.parallax.testing.ProjectPaths;
import dev.parallax.testing.Reports;
import dev.parallax.testing.SparkTestSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly job in-process on the shared session: run dates, backfill order, days without input,
 * locks, the reject-share exit code, state retention and event logs.
 */
class NightlyJobTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path work;

  private List<String> baseArgs(String... more) {
    List<String> args = new ArrayList<>();
    args.add("--conf");
    args.add("conf.dir=" + ProjectPaths.root().resolve("conf"));
    args.add("--input");
    args.add(work.resolve("input/date={date}").toString());
    args.add("--output");
    args.add(work.resolve("out").toString());
    args.add("--state");
    args.add(work.resolve("state").toString());
    args.addAll(List.of(more));
    return args;
  }

  private NightlyJob.Plan plan(String... more) {
    return NightlyJob.Plan.of(
        NightlyArguments.parse(baseArgs(more).toArray(String[]::new)), Clock.systemUTC());
  }

  private void copyWires(String date) throws IOException {
    Path folder = Files.createDirectories(work.resolve("input/date=" + date));
    Files.copy(ProjectPaths.sample().resolve("feeds/wires.jsonl"), folder.resolve("wires.jsonl"));
  }

  @Test
  void defaultRunDateIsYesterdayInTheJobTimeZone() {
    // 01:00 UTC on 10 March is still 9 March in New York: yesterday there is 8 March.
    Clock clock = Clock.fixed(Instant.parse("2026-03-10T01:00:00Z"), ZoneOffset.UTC);
    NightlyJob.Plan newYork =
        NightlyJob.Plan.of(
            NightlyArguments.parse(
                "--conf",
                "conf.dir=" + ProjectPaths.root().resolve("conf"),
                "--conf",
                "job.timezone=America/New_York"),
            clock);
    NightlyJob.Plan utc =
        NightlyJob.Plan.of(
            NightlyArguments.parse("--conf", "conf.dir=" + ProjectPaths.root().resolve("conf")),
            clock);
    assertThat(newYork.dates()).containsExactly(LocalDate.parse("2026-03-08"));
    assertThat(utc.dates()).containsExactly(LocalDate.parse("2026-03-09"));
    assertThat(utc.inputTemplate()).isEqualTo("input/date={date}");
    assertThat(utc.output()).isEqualTo("reports");
  }

  @Test
  void backfillRangeRunsInOrderAndBadRangesAreRefused() {
    assertThat(plan("--from", "2026-02-27", "--to", "2026-03-02").dates())
        .extracting(LocalDate::toString)
        .containsExactly("2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02");
    assertThatThrownBy(() -> NightlyArguments.parse("--from", "2026-03-02"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--from and --to go together");
    assertThatThrownBy(() -> NightlyArguments.parse("--from", "2026-03-02", "--to", "2026-03-01"))
        .hasMessageContaining("is after --to");
    assertThatThrownBy(
            () ->
                NightlyArguments.parse(
                    "--run-date", "2026-03-01", "--from", "2026-03-01", "--to", "2026-03-02"))
        .hasMessageContaining("not both");
    assertThatThrownBy(() -> NightlyArguments.parse("--run-date", "03/01/2026"))
        .hasMessageContaining("must be YYYY-MM-DD");
    assertThat(
            NightlyJob.execute(
                baseArgs("--conf", "job.timezone=Mars/Olympus").toArray(String[]::new),
                Clock.systemUTC()))
        .isEqualTo(2);
  }

  @Test
  void backfillWithADayWithoutInputWritesEmptyReportsAndPrunesOldState() throws IOException {
    copyWires("2026-03-02");
    assertThat(NightlyJob.run(SparkTestSession.get(), plan("--run-date", "2026-03-01"))).isZero();
    // An old snapshot past the retention and temporary folders of killed runs.
    Path old = Files.createDirectories(work.resolve("state/run_date=2025-06-01"));
    Files.createFile(old.resolve("_SUCCESS"));
    Files.createDirectories(work.resolve("state/.tmp-run_date=2026-03-01-dead"));
    Files.createDirectories(work.resolve("out/.tmp-run_date=2026-03-03-dead"));

    int status =
        NightlyJob.run(SparkTestSession.get(), plan("--from", "2026-03-02", "--to", "2026-03-03"));

    assertThat(status).isZero();
    Path first = work.resolve("out/run_date=2026-03-02");
    Path second = work.resolve("out/run_date=2026-03-03");
    assertThat(first.resolve("_SUCCESS")).exists();
    assertThat(second.resolve("_SUCCESS")).exists();
    assertThat(Reports.read(first.resolve("articles.csv"))).isNotEmpty();
    JsonNode empty = JSON.readTree(second.resolve("manifest.json").toFile());
    assertThat(empty.get("no_input").asBoolean()).isTrue();
    assertThat(empty.at("/counts/read").asLong()).isZero();
    assertThat(Reports.read(second.resolve("articles.csv"))).isEmpty();
    assertThat(Reports.header(second.resolve("events.csv"))).contains("event_id");
    assertThat(JSON.readTree(first.resolve("manifest.json").toFile()).get("no_input").asBoolean())
        .isFalse();
    try (Stream<Path> listing = Files.list(work.resolve("state"))) {
      assertThat(listing.map(path -> path.getFileName().toString()))
          .contains("run_date=2026-03-01", "run_date=2026-03-02", "run_date=2026-03-03")
          .doesNotContain("run_date=2025-06-01", ".tmp-run_date=2026-03-01-dead");
    }
    assertThat(work.resolve("out/.tmp-run_date=2026-03-03-dead")).doesNotExist();
  }

  @Test
  void aSecondRunOfALockedDateExitsWithItsOwnCode() throws IOException {
    copyWires("2026-03-02");
    Optional<RunLock> held = RunLock.tryAcquire(work.resolve("out/.lock-run_date=2026-03-02"));
    assertThat(held).isPresent();
    try (RunLock lock = held.get()) {
      assertThat(NightlyJob.run(SparkTestSession.get(), plan("--run-date", "2026-03-02")))
          .isEqualTo(NightlyJob.EXIT_LOCKED);
      assertThat(work.resolve("out/run_date=2026-03-02")).doesNotExist();
    }
    Optional<RunLock> state = RunLock.tryAcquire(work.resolve("state/.lock"));
    try (RunLock lock = state.orElseThrow()) {
      assertThat(NightlyJob.run(SparkTestSession.get(), plan("--run-date", "2026-03-02")))
          .isEqualTo(NightlyJob.EXIT_LOCKED);
    }
    assertThat(NightlyJob.run(SparkTestSession.get(), plan("--run-date", "2026-03-02"))).isZero();
  }

  @Test
  void tooManyRejectsExitsWithFourAfterWritingTheReports() throws IOException {
    Path folder = Files.createDirectories(work.resolve("input/date=2026-03-04"));
    Files.writeString(
        folder.resolve("broken.jsonl"),
        Files.readAllLines(ProjectPaths.sample().resolve("feeds/wires.jsonl")).get(0)
            + "\n{not json\n{\"title\": \"no text\"}\n");
    int status =
        NightlyJob.run(
            SparkTestSession.get(),
            plan("--run-date", "2026-03-04", "--conf", "nightly.max-reject-share=0.5"));
    assertThat(status).isEqualTo(NightlyJob.EXIT_TOO_MANY_REJECTS);
    assertThat(Reports.read(work.resolve("out/run_date=2026-03-04/rejects.csv"))).hasSize(2);
  }

  @Test
  void eventLogsAreOnByDefaultInAFolderMadeFirst() {
    Map<String, String> spark = NightlyJob.withEventLog(plan(), Map.of());
    assertThat(spark).containsEntry("spark.eventLog.enabled", "true");
    assertThat(spark.get("spark.eventLog.dir")).startsWith("file:").endsWith("_spark-events");
    assertThat(work.resolve("out/_spark-events")).isDirectory();
    assertThat(NightlyJob.withEventLog(plan("--conf", "nightly.event-log-dir=off"), Map.of()))
        .isEmpty();
  }
}
