package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.csv;
import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static io.github.slaframework.testkit.MeasurementSamples.standardAgreement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One test (or more) per limit of {@link MeasurementLimits}, each asserting the documented
 * outcome past the limit and the measurement just inside it (SECURITY.md, "Measurement limits").
 * Counts and outcomes only: the limits are what keep time and memory bounded, and
 * {@code SmallHeapTests} runs the hostile inputs of issue 17 in a 192 MB heap.
 */
class MeasurementLimitsTests {

  private static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  private static ServiceLevel rolling(ServiceLevel level, String length) {
    return ServiceLevel.builder().from(level).window(MeasurementWindow.builder()
        .type(WindowType.ROLLING).length(IsoPeriod.parse(length)).timeZone("UTC").build())
        .build();
  }

  private static ServiceLevel ack(String id) {
    return duration(id, ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95);
  }

  private static MeasurementResult run(Agreement agreement, MeasureRange range, String... events)
      throws IOException {
    return measure(agreement, range, jsonl("events.jsonl", lines(events)));
  }

  /** Service levels {@code hourly-1} to {@code hourly-n}: ROLLING windows of PT1H in UTC. */
  private static List<ServiceLevel> hourly(int n) {
    List<ServiceLevel> levels = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      levels.add(rolling(ack("hourly-" + i), "PT1H"));
    }
    return levels;
  }

  private static void assertWindows(MeasurementResult result, int hourlyLevels, int windows) {
    for (int i = 1; i <= hourlyLevels; i++) {
      assertThat(level(result, "hourly-" + i).windows()).as("hourly-" + i).hasSize(windows);
    }
  }

  /** The rejected lines as "line code". */
  private static List<String> lineCodes(MeasurementResult result) {
    return Logs.rejected(result).stream().map(r -> r.line() + " " + r.code()).toList();
  }

  private static List<String> warnings(MeasurementResult result) {
    return result.warnings().stream()
        .map(w -> w.code() + " " + w.serviceLevel().orElse("-") + ": " + w.message())
        .toList();
  }

  // ---- time horizon -------------------------------------------------------------------------

  @Test
  void rejectsAnEventAtYear999999999AsALimitLineAndMeasuresTheLinesAfterIt() throws IOException {
    // Before the limit, this one line made measure create a window per month up to that year.
    String log = lines("FOOTAGE_REQUESTED r1 2025-10-10T10:00Z")
        + "{\"type\":\"INCIDENT\",\"id\":\"far\",\"at\":\"+999999999-01-01T00:00:00Z\"}\n"
        + lines("REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1",
            "INCIDENT i1 2025-11-10T11:00Z");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("far.jsonl", log));

    assertThat(Logs.rejected(result)).containsExactly(new Logs.Rejected("far.jsonl", 2, 1,
        "LIMIT", "/at",
        "at +999999999-01-01T00:00:00Z is outside the years 1900 to 2200 that can be measured"));
    assertThat(result.eventCount()).isEqualTo(3);
    assertThat(level(result, "request-ack").windows()).hasSize(2);
    assertThat(result.indicators().get(0).windows()).hasSize(2);
  }

  @Test
  void acceptsTheFirstAndLastInstantsOfTheHorizonAndRejectsThoseJustOutside() throws IOException {
    String csvLog = "type,id,at\n"
        + "INCIDENT,before,1899-12-31T23:59:59Z\n"
        + "INCIDENT,first,1900-01-01T00:00:00Z\n"
        + "INCIDENT,first-offset,1900-01-01T01:00:00+01:00\n"
        + "INCIDENT,last,2200-12-31T23:59:59.999999999Z\n"
        + "INCIDENT,after,2201-01-01T00:00:00Z\n";
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        csv("horizon.csv", csvLog));

    assertThat(lineCodes(result)).containsExactly("2 LIMIT", "6 LIMIT");
    assertThat(result.eventCount()).isEqualTo(3);
    // Calendar months across the whole horizon: 301 years of 12 months, every one measured.
    assertThat(level(result, "request-ack").windows()).hasSize(3_612);
    assertThat(result.indicators().get(0).total()).isEqualTo(3);
  }

  @Test
  void rejectsAPushedEventOutsideTheHorizonBeforeCheckingItsOrder() {
    MeasurementSession session = ServiceLevelMeter.of(standardAgreement())
        .session(MeasureRange.ALL);

    assertThat(session.accept(Event.of(EventType.INCIDENT, "i1",
        Instant.parse("2025-10-01T10:00:00Z")))).isTrue();
    assertThat(session.accept(Event.of(EventType.INCIDENT, "far", Instant.MAX))).isFalse();
    assertThat(session.accept(Event.of(EventType.INCIDENT, "i2",
        Instant.parse("2025-10-02T10:00:00Z")))).isTrue();
    MeasurementResult result = session.result();

    assertThat(lineCodes(result)).containsExactly("2 LIMIT");
    assertThat(result.eventCount()).isEqualTo(2);
  }

  @Test
  void measuresNothingInARangeOutsideTheHorizonButStillReadsTheLog() throws IOException {
    MeasurementResult result = run(standardAgreement(),
        MeasureRange.of(null, LocalDate.of(-999_999_999, 1, 1)),
        "INCIDENT i1 2025-10-10T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=nope");

    assertThat(result.serviceLevels()).allSatisfy(l -> {
      assertThat(l.measurable()).isFalse();
      assertThat(l.problem()).contains("the range ends on -999999999-01-01, outside the dates "
          + "from 1900-01-01 to 2201-01-01 that can be measured");
    });
    assertThat(result.nothingMeasurable()).isTrue();
    assertThat(result.indicators()).allSatisfy(i -> assertThat(i.windows()).isEmpty());
    assertThat(warnings(result)).hasSize(result.serviceLevels().size() + 1).last().isEqualTo(
        "NOT_MEASURABLE -: no indicator counted: the range ends on -999999999-01-01, outside the"
            + " dates from 1900-01-01 to 2201-01-01 that can be measured");
    assertThat(result.eventCount()).isEqualTo(1);
    assertThat(result.rejectedCount()).isEqualTo(1);
  }

  @Test
  void measuresARangeFromTheFirstToTheLastDayOfTheHorizon() throws IOException {
    MeasureRange whole = MeasureRange.of(MeasurementLimits.EARLIEST_DATE,
        MeasurementLimits.END_DATE);
    MeasureRange before = MeasureRange.of(LocalDate.of(1899, 12, 31), null);
    MeasureRange after = MeasureRange.of(null, LocalDate.of(2201, 1, 2));

    assertThat(MeasurementLimits.inHorizon(whole)).isTrue();
    assertThat(MeasurementLimits.inHorizon(before)).isFalse();
    assertThat(MeasurementLimits.inHorizon(after)).isFalse();
    MeasurementResult result = run(agreementWith(ack("ack")), whole,
        "INCIDENT i1 2025-10-10T10:00Z");
    assertThat(level(result, "ack").windows()).hasSize(3_612);
    assertThat(run(agreementWith(ack("ack")), before).nothingMeasurable()).isTrue();
  }

  // ---- rolling window length and period thresholds ------------------------------------------

  @Test
  void reportsARollingWindowShorterThanAnHourAsNotMeasurableAndMeasuresTheOthers()
      throws IOException {
    Agreement agreement = agreementWith(rolling(ack("second"), "PT1S"),
        rolling(ack("almost"), "PT59M59.999S"), rolling(ack("hour"), "PT1H"), ack("monthly"));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1");

    assertThat(warnings(result)).containsExactly(
        "NOT_MEASURABLE second: a ROLLING window of 'PT1S' is shorter than PT1H",
        "NOT_MEASURABLE almost: a ROLLING window of 'PT59M59.999S' is shorter than PT1H");
    assertThat(level(result, "second").windows()).isEmpty();
    assertThat(level(result, "hour").windows()).hasSize(12);
    assertThat(level(result, "monthly").windows()).hasSize(1);
    assertThat(result.nothingMeasurable()).isFalse();
  }

  @Test
  void reportsPeriodsLongerThanAHundredYearsAsNotMeasurableWithoutOverflow() throws IOException {
    Agreement agreement = agreementWith(
        rolling(ack("century"), "P100Y"),
        rolling(ack("longer"), "P101Y"),
        rolling(ack("seconds"), "PT9223372036854775807S"),
        rolling(ack("mixed"), "P2147483647Y2147483647M2147483647DT9223372036854775807S"),
        duration("slow", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P999999999Y", 100),
        duration("slow-hours", ServiceMetric.FAULT_REPAIR_TIME, "PT878401H", 100),
        duration("hundred-years", ServiceMetric.FAULT_REPAIR_TIME, "P100Y", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
        "FOOTAGE_DELIVERED d1 2025-10-12T10:00Z ref=r1");

    assertThat(warnings(result)).containsExactly(
        "NOT_MEASURABLE longer: a ROLLING window of 'P101Y' is longer than P100Y",
        "NOT_MEASURABLE seconds: a ROLLING window of 'PT9223372036854775807S' is longer "
            + "than P100Y",
        "NOT_MEASURABLE mixed: a ROLLING window of 'P2147483647Y2147483647M2…' is longer than "
            + "P100Y",
        "NOT_MEASURABLE slow: the threshold 'P999999999Y' is longer than P100Y",
        "NOT_MEASURABLE slow-hours: the threshold 'PT878401H' is longer than P100Y");
    assertThat(level(result, "century").windows()).hasSize(1);
    assertThat(level(result, "hundred-years").measurable()).isTrue();
  }

  // ---- windows per service level and per measurement ----------------------------------------

  @Test
  void measuresTenThousandWindowsButReportsMoreAsNotMeasurable() throws IOException {
    // 416 days of hours is 9,984 windows; 417 days is 10,008, past the limit of 10,000.
    Agreement agreement = agreementWith(rolling(ack("hourly"), "PT1H"), ack("monthly"));
    String[] events = {"FOOTAGE_REQUESTED r1 2025-01-01T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-01-01T11:00Z ref=r1"};

    MeasurementResult inside = run(agreement, MeasureRange.of(JAN_2025, JAN_2025.plusDays(416)),
        events);
    MeasurementResult past = run(agreement, MeasureRange.of(JAN_2025, JAN_2025.plusDays(417)),
        events);

    assertThat(level(inside, "hourly").windows()).hasSize(9_984);
    assertThat(inside.warnings()).isEmpty();
    assertThat(level(past, "hourly").windows()).isEmpty();
    assertThat(warnings(past)).containsExactly("NOT_MEASURABLE hourly: more than 10,000 ROLLING "
        + "windows of PT1H from 2025-01-01 in UTC: measure a shorter range or use a longer window");
    assertThat(level(past, "monthly").windows()).hasSize(14);
  }

  @Test
  void stopsCreatingWindowsAtTheLimitWhenEventsRunFarAhead() throws IOException {
    // No --to: the windows are created as the events arrive, and stop at the limit.
    Agreement agreement = agreementWith(rolling(ack("hourly"), "PT1H"), ack("monthly"));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-01-01T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-01-01T11:00Z ref=r1",
        "FOOTAGE_REQUESTED r2 2200-12-31T10:00Z",
        "REQUEST_ACKNOWLEDGED a2 2200-12-31T11:00Z ref=r2");

    assertThat(level(result, "hourly").problem()).hasValueSatisfying(
        p -> assertThat(p).startsWith("more than 10,000 ROLLING windows of PT1H"));
    assertThat(level(result, "monthly").windows()).hasSize(2_112);
    assertThat(level(result, "monthly").windows().get(2_111).met()).isEqualTo(1);
  }

  @Test
  void reportsTheLastServiceLevelThatWouldPassFiftyThousandWindowsInAllAsNotMeasurable()
      throws IOException {
    // A monthly level and six levels of 9,984 hourly windows: the monthly one and five hourly
    // ones fit in 50,000, the sixth does not.
    List<ServiceLevel> levels = new ArrayList<>();
    levels.add(ack("monthly"));
    levels.addAll(hourly(6));
    MeasurementResult result = run(agreementWith(levels.toArray(new ServiceLevel[0])),
        MeasureRange.of(JAN_2025, JAN_2025.plusDays(416)),
        "FOOTAGE_REQUESTED r1 2025-01-01T10:00Z");

    assertWindows(result, 5, 9_984);
    assertThat(level(result, "monthly").windows()).hasSize(14);
    assertThat(warnings(result)).containsExactly("NOT_MEASURABLE hourly-6: more than 50,000 "
        + "windows in all service levels together (this one's ROLLING windows of PT1H began "
        + "2025-01-01 in UTC): measure a shorter range");
  }

  @Test
  void givesUpTheLastServiceLevelInAgreementOrderWhenAnEarlierOneNeedsAWindow()
      throws IOException {
    // The monthly level, last in the agreement, holds six windows when the five hourly levels
    // before it need 9,999 each at the last event: 50,001 in all. The last level gives up.
    List<ServiceLevel> levels = new ArrayList<>(hourly(5));
    levels.add(ack("monthly"));
    MeasurementResult result = run(agreementWith(levels.toArray(new ServiceLevel[0])),
        MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-01-01T10:00Z",
        "FOOTAGE_REQUESTED r2 2025-06-01T10:00Z",
        "FOOTAGE_REQUESTED r3 2026-02-21T14:00Z");

    assertWindows(result, 5, 9_999);
    assertThat(warnings(result)).containsExactly("NOT_MEASURABLE monthly: more than 50,000 "
        + "windows in all service levels together (this one's CALENDAR_MONTH windows began "
        + "2025-01-01 in Europe/London): measure a shorter range");
  }

  @Test
  void measuresTheFirstHundredServiceLevelsAndReportsTheRestAsNotMeasurable()
      throws IOException {
    List<ServiceLevel> levels = new ArrayList<>();
    for (int i = 1; i <= 102; i++) {
      levels.add(ack("ack-" + i));
    }
    MeasurementResult result = run(agreementWith(levels.toArray(new ServiceLevel[0])),
        MeasureRange.ALL, "FOOTAGE_REQUESTED r1 2025-01-01T10:00Z");

    assertThat(result.serviceLevels()).hasSize(102);
    assertThat(result.serviceLevels().subList(0, 100))
        .allSatisfy(l -> assertThat(l.windows()).hasSize(1));
    assertThat(warnings(result)).containsExactly(
        "NOT_MEASURABLE ack-101: more than 100 service levels: only the first 100 are measured",
        "NOT_MEASURABLE ack-102: more than 100 service levels: only the first 100 are measured");
  }

  // ---- open items ---------------------------------------------------------------------------

  @Test
  void rejectsOpeningsBeyondAHundredThousandOpenItemsAndWarnsThatResultsAreIncomplete() {
    MeasurementSession session = ServiceLevelMeter.of(standardAgreement())
        .session(MeasureRange.ALL);
    Instant at = Instant.parse("2025-10-01T00:00:00Z");
    // Requests, faults and live requests count together.
    for (int i = 0; i < MeasurementLimits.MAX_OPEN_ITEMS - 2; i++) {
      assertThat(session.accept(Event.of(EventType.FOOTAGE_REQUESTED, "r" + i, at))).isTrue();
    }
    assertThat(session.accept(Event.of(EventType.FAULT_REPORTED, "f1", at).withCamera("c1")))
        .isTrue();
    assertThat(session.accept(Event.of(EventType.LIVE_SUPPORT_REQUESTED, "l1", at))).isTrue();
    assertThat(session.accept(Event.of(EventType.FOOTAGE_REQUESTED, "one-too-many", at)))
        .isFalse();
    assertThat(session.accept(Event.of(EventType.LIVE_SUPPORT_REQUESTED, "l2", at))).isFalse();
    // Closing an item makes room for the next one.
    assertThat(session.accept(Event.of(EventType.LIVE_SUPPORT_STARTED, "s1", at).withRef("l1")))
        .isTrue();
    assertThat(session.accept(Event.of(EventType.LIVE_SUPPORT_REQUESTED, "l3", at))).isTrue();
    MeasurementResult result = session.result();

    assertThat(Logs.rejected(result)).containsExactly(
        new Logs.Rejected("events", 100_001, 1, "LIMIT", "",
            "more than 100,000 items open at once: FOOTAGE_REQUESTED 'one-too-many' is not "
                + "measured"),
        new Logs.Rejected("events", 100_002, 1, "LIMIT", "",
            "more than 100,000 items open at once: LIVE_SUPPORT_REQUESTED 'l2' is not measured"));
    assertThat(warnings(result)).containsExactly("LIMIT -: more than 100,000 items were open at "
        + "once: 2 opening events rejected (LIMIT) and not measured, so the results are "
        + "incomplete");
    assertThat(result.eventCount()).isEqualTo(100_002);
    assertThat(level(result, "request-ack").windows().get(0).pending())
        .isEqualTo(MeasurementLimits.MAX_OPEN_ITEMS - 2);
  }

  // ---- lines and ids -------------------------------------------------------------------------

  @Test
  void rejectsALineLongerThan16KibAndAnIdLongerThan200Characters() throws IOException {
    String longLine = "{\"type\":\"INCIDENT\",\"id\":\"i0\",\"at\":\"2025-10-10T10:00:00Z\","
        + "\"x-pad\":\"" + "x".repeat(16 * 1024) + "\"}\n";
    String log = longLine
        + "{\"type\":\"INCIDENT\",\"id\":\"" + "i".repeat(201)
        + "\",\"at\":\"2025-10-10T10:00:00Z\"}\n"
        + "{\"type\":\"INCIDENT\",\"id\":\"" + "i".repeat(200)
        + "\",\"at\":\"2025-10-10T10:00:00Z\"}\n";
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("long.jsonl", log));

    assertThat(lineCodes(result)).containsExactly("1 LIMIT", "2 LIMIT");
    assertThat(result.eventCount()).isEqualTo(1);
  }

  // ---- numbers the objective compares exactly -------------------------------------------------

  @Test
  void reportsAnAttainmentOrThresholdThatIsNoPercentageAsNotMeasurable() throws IOException {
    // 1E-99999999 made the exact comparison build a number of a hundred million digits.
    Agreement agreement = agreementWith(
        ServiceLevel.builder().from(ack("tiny")).attainment(new BigDecimal("1E-99999999"))
            .build(),
        ServiceLevel.builder().from(ack("over")).attainment(new BigDecimal("100.5")).build(),
        ServiceLevel.builder().from(ack("fine")).attainment(new BigDecimal("99.999999999999"))
            .build(),
        ServiceLevel.builder().from(ack("zeros")).attainment(
            new BigDecimal("95.00000000000000000000")).build(),
        availability("huge", "1E+99999999", 4),
        availability("negative", "-1", 4));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1");

    assertThat(warnings(result)).containsExactly(
        "NOT_MEASURABLE tiny: the attainment '1E-99999999' is not a percentage from 0 to 100 "
            + "with at most 12 decimals",
        "NOT_MEASURABLE over: the attainment '100.5' is not a percentage from 0 to 100 with at "
            + "most 12 decimals",
        "NOT_MEASURABLE huge: the threshold '1E+99999999' is not a percentage from 0 to 100 "
            + "with at most 12 decimals",
        "NOT_MEASURABLE negative: the threshold '-1' is not a percentage from 0 to 100 with at "
            + "most 12 decimals");
    assertThat(level(result, "fine").windows().get(0).levelMet()).isEqualTo(Optional.of(true));
    assertThat(level(result, "zeros").windows().get(0).levelMet()).isEqualTo(Optional.of(true));
  }
}
