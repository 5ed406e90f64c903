package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.csv;
import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static io.github.slaframework.testkit.MeasurementSamples.urgentOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.section.Indicator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Black-box checks of format 1.0 section 6, one or more per rule sentence, with expectations
 * computed by hand in the comments (London: BST until 02:00 on 26 October 2025 and from 01:00
 * GMT on 29 March 2026; New York: EDT until 2 November 2025).
 */
class MeasureContractTests {

  private static final LocalDate OCT = LocalDate.of(2025, 10, 1);
  private static final LocalDate NOV = LocalDate.of(2025, 11, 1);
  private static final LocalDate DEC = LocalDate.of(2025, 12, 1);

  private static List<String> summary(ServiceLevelResult level) {
    return level.windows().stream()
        .map(w -> w.start().toLocalDate() + ".." + w.end().toLocalDate() + " " + w.met() + "/"
            + w.missed() + "/" + w.pending() + " "
            + w.attainment().map(BigDecimal::toPlainString).orElse("-") + " "
            + w.levelMet().map(String::valueOf).orElse("-"))
        .toList();
  }

  private static ServiceLevel ack(String id, String threshold, int attainment) {
    return duration(id, ServiceMetric.REQUEST_ACKNOWLEDGEMENT, threshold,
        attainment);
  }

  private static ServiceLevel inWindow(ServiceLevel level, WindowType type, String zone) {
    var w = MeasurementWindow.builder().type(type);
    if (zone != null) {
      w.timeZone(zone);
    }
    return ServiceLevel.builder().from(level).window(w.build()).build();
  }

  private static MeasurementResult run(Agreement agreement, MeasureRange range, String... events)
      throws IOException {
    return measure(agreement, range, jsonl("events.jsonl", lines(events)));
  }

  // ---- JSON shape ------------------------------------------------------------------------

  /** The JSON report flattened to {@code path=value} lines in document order. */
  private static List<String> flatten(String json) {
    List<String> out = new ArrayList<>();
    List<String> path = new ArrayList<>();
    List<Integer> index = new ArrayList<>();
    try (JsonParser p = JsonFactory.builder().build()
        .createParser(ObjectReadContext.empty(), json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case PROPERTY_NAME -> path.set(path.size() - 1, "." + p.currentName());
          case START_OBJECT, START_ARRAY -> {
            bumpIndex(path, index);
            path.add(t == JsonToken.START_ARRAY ? "[-1]" : ".");
            index.add(t == JsonToken.START_ARRAY ? -1 : null);
          }
          case END_OBJECT, END_ARRAY -> {
            path.remove(path.size() - 1);
            index.remove(index.size() - 1);
          }
          default -> {
            bumpIndex(path, index);
            out.add(String.join("", path) + "=" + (t == JsonToken.VALUE_NULL ? "null"
                : t == JsonToken.VALUE_STRING ? "\"" + p.getString() + "\"" : p.getString()));
          }
        }
      }
    }
    return out;
  }

  private static void bumpIndex(List<String> path, List<Integer> index) {
    if (!index.isEmpty() && index.get(index.size() - 1) != null) {
      int next = index.get(index.size() - 1) + 1;
      index.set(index.size() - 1, next);
      path.set(path.size() - 1, "[" + next + "]");
    }
  }

  @Test
  void printsTheSectionSixJsonShapeWithNullAttainmentForAnEmptyWindow() throws IOException {
    // October: r1 acknowledged after 1 h (met). November: only an incident, so the ack window
    // is empty. The second line is a close of nothing, rejected on line 2.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 95));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
        "REQUEST_ACKNOWLEDGED a0 2025-10-10T10:30Z ref=nope",
        "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1",
        "INCIDENT i1 2025-11-05T12:00Z");

    List<String> json = flatten(MeasurementReports.toString(result, ReportFormat.JSON, "t"));

    assertThat(json).containsSubsequence(
        ".serviceLevels[0].id=\"ack\"",
        ".serviceLevels[0].metric=\"REQUEST_ACKNOWLEDGEMENT\"",
        ".serviceLevels[0].windows[0].start=\"2025-10-01\"",
        ".serviceLevels[0].windows[0].end=\"2025-11-01\"",
        ".serviceLevels[0].windows[0].met=1",
        ".serviceLevels[0].windows[0].missed=0",
        ".serviceLevels[0].windows[0].pending=0",
        ".serviceLevels[0].windows[0].attainment=100",
        ".serviceLevels[0].windows[0].target=95",
        ".serviceLevels[0].windows[0].levelMet=true",
        ".serviceLevels[0].windows[1].start=\"2025-11-01\"",
        ".serviceLevels[0].windows[1].end=\"2025-12-01\"",
        ".serviceLevels[0].windows[1].met=0",
        ".serviceLevels[0].windows[1].missed=0",
        ".serviceLevels[0].windows[1].pending=0",
        ".serviceLevels[0].windows[1].attainment=null",
        ".serviceLevels[0].windows[1].target=95",
        ".serviceLevels[0].windows[1].levelMet=null",
        ".indicators[0].indicator=\"INCIDENTS_MONITORED\"",
        ".indicators[0].windows[0].start=\"2025-10-01\"",
        ".indicators[0].windows[0].end=\"2025-11-01\"",
        ".indicators[0].windows[0].count=0",
        ".indicators[0].windows[1].start=\"2025-11-01\"",
        ".indicators[0].windows[1].end=\"2025-12-01\"",
        ".indicators[0].windows[1].count=1",
        ".rejected[0].file=\"events.jsonl\"",
        ".rejected[0].line=2",
        ".rejected[0].reason=\"ref 'nope' matches no open FOOTAGE_REQUESTED\"");
    // Only the contract's fields and the documented additions, nothing else.
    assertThat(json).allSatisfy(line -> assertThat(line).matches(
        "\\.(serviceLevels\\[\\d+]\\.(id|metric|problem|windows\\[\\d+]\\.(start|end|met|missed"
            + "|pending|attainment|target|levelMet|worstBreaches\\[\\d+]\\.\\w+))"
            + "|indicators\\[\\d+]\\.(indicator|total|windows\\[\\d+]\\.(start|end|count))"
            + "|warnings\\[\\d+]\\.(code|serviceLevel|message)"
            + "|rejected\\[\\d+]\\.(file|line|reason)|rejectedCount|eventCount)=.*"));
    assertThat(result.indicators()).extracting(IndicatorResult::indicator).containsExactly(
        Indicator.INCIDENTS_MONITORED, Indicator.ARRESTS_ASSISTED, Indicator.EVIDENCE_PACKAGES,
        Indicator.FOOTAGE_REVIEWS);
  }

  // ---- windows in the window's zone ---------------------------------------------------------

  @Test
  void beginsLondonMonthsAtLocalMidnightWhateverTheOffset() throws IOException {
    // 2025-09-30T23:30Z is 00:30 BST on 1 October; 2025-10-31T23:30Z is 23:30 GMT on 31 October;
    // 2025-11-30T23:59Z is still 30 November (GMT).
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-09-30T23:30Z",
        "REQUEST_ACKNOWLEDGED a1 2025-09-30T23:40Z ref=r1",
        "FOOTAGE_REQUESTED r2 2025-10-31T23:30Z",
        "REQUEST_ACKNOWLEDGED a2 2025-11-01T04:00Z ref=r2",
        "FOOTAGE_REQUESTED r3 2025-11-30T23:59Z",
        "REQUEST_ACKNOWLEDGED a3 2025-12-01T00:30Z ref=r3");

    assertThat(summary(level(result, "ack"))).containsExactly(
        "2025-10-01..2025-11-01 1/1/0 50 false",
        "2025-11-01..2025-12-01 1/0/0 100 true",
        "2025-12-01..2026-01-01 0/0/0 - -");
  }

  @Test
  void groupsCalendarQuartersAndYearsInLondon() throws IOException {
    // 2025-03-31T23:30Z is 00:30 BST on 1 April: second quarter, first event of the log.
    // 2025-12-31T23:30Z is 23:30 GMT on 31 December: still the fourth quarter and 2025.
    Agreement agreement = agreementWith(
        inWindow(ack("q", "PT4H", 100), WindowType.CALENDAR_QUARTER, null),
        inWindow(ack("y", "PT4H", 100), WindowType.CALENDAR_YEAR, null));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-03-31T23:30Z",
        "REQUEST_ACKNOWLEDGED a1 2025-03-31T23:45Z ref=r1",
        "FOOTAGE_REQUESTED r2 2025-12-31T23:30Z",
        "REQUEST_ACKNOWLEDGED a2 2026-01-01T08:00Z ref=r2");

    assertThat(summary(level(result, "q"))).containsExactly(
        "2025-04-01..2025-07-01 1/0/0 100 true",
        "2025-07-01..2025-10-01 0/0/0 - -",
        "2025-10-01..2026-01-01 0/1/0 0 false",
        "2026-01-01..2026-04-01 0/0/0 - -");
    assertThat(summary(level(result, "y"))).containsExactly(
        "2025-01-01..2026-01-01 1/1/0 50 false",
        "2026-01-01..2027-01-01 0/0/0 - -");
  }

  @Test
  void groupsMonthsQuartersAndYearsInANewYorkZone() throws IOException {
    // New York: 2025-11-01T03:00Z is 23:00 EDT on 31 October; 2025-11-01T04:30Z is 00:30 EDT on
    // 1 November; 2026-01-01T04:30Z is 23:30 EST on 31 December 2025.
    String ny = "America/New_York";
    Agreement agreement = agreementWith(
        inWindow(ack("m", "PT4H", 100), WindowType.CALENDAR_MONTH, ny),
        inWindow(ack("q", "PT4H", 100), WindowType.CALENDAR_QUARTER, ny),
        inWindow(ack("y", "PT4H", 100), WindowType.CALENDAR_YEAR, ny));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-11-01T03:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-11-01T03:10Z ref=r1",
        "FOOTAGE_REQUESTED r2 2025-11-01T04:30Z",
        "REQUEST_ACKNOWLEDGED a2 2025-11-01T09:00Z ref=r2",
        "FOOTAGE_REQUESTED r3 2026-01-01T04:30Z",
        "REQUEST_ACKNOWLEDGED a3 2026-01-01T04:40Z ref=r3");

    assertThat(summary(level(result, "m"))).containsExactly(
        "2025-10-01..2025-11-01 1/0/0 100 true",
        "2025-11-01..2025-12-01 0/1/0 0 false",
        "2025-12-01..2026-01-01 1/0/0 100 true");
    assertThat(summary(level(result, "q"))).containsExactly(
        "2025-10-01..2026-01-01 2/1/0 66.66 false");
    assertThat(summary(level(result, "y"))).containsExactly(
        "2025-01-01..2026-01-01 2/1/0 66.66 false");
    // Indicators are London months whatever the levels' zones: 2026-01-01T04:30Z is January.
    assertThat(result.indicators().get(0).windows()).extracting(IndicatorResult.Count::start)
        .containsExactly(NOV, DEC, LocalDate.of(2026, 1, 1));
  }

  @Test
  void startsAnExplicitRangeAtLocalMidnightInTheLevelsZone() throws IOException {
    // --from 2025-11-01 in New York is 04:00Z. r1 at 03:30Z is before the range (not counted),
    // r2 at 04:00Z is inside it.
    Agreement agreement = agreementWith(
        inWindow(ack("m", "PT4H", 100), WindowType.CALENDAR_MONTH, "America/New_York"));
    MeasurementResult result = run(agreement, MeasureRange.of(NOV, DEC),
        "FOOTAGE_REQUESTED r1 2025-11-01T03:30Z",
        "FOOTAGE_REQUESTED r2 2025-11-01T04:00Z",
        "REQUEST_ACKNOWLEDGED a2 2025-11-01T05:00Z ref=r2",
        "REQUEST_ACKNOWLEDGED a1 2025-11-01T09:00Z ref=r1");

    assertThat(summary(level(result, "m"))).containsExactly("2025-11-01..2025-12-01 1/0/0 100 true");
  }

  // ---- deadlines across both clock changes ---------------------------------------------------

  @Test
  void countsAnElapsedThresholdInRealHoursAcrossTheSpringClockChange() throws IOException {
    // 29 March 2026 00:30 GMT (00:30Z) + PT4H = 04:30Z (05:30 BST on the wall clock).
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2026-03-29T00:30Z",
        "FOOTAGE_REQUESTED r2 2026-03-29T00:30Z",
        "REQUEST_ACKNOWLEDGED a1 2026-03-29T05:30+01:00 ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2026-03-29T05:30:01+01:00 ref=r2");

    assertThat(summary(level(result, "ack"))).containsExactly("2026-03-01..2026-04-01 1/1/0 50 false");
  }

  @Test
  void countsAnElapsedThresholdInRealHoursAcrossTheAutumnClockChange() throws IOException {
    // 26 October 2025 00:30 BST (23:30Z on the 25th) + PT2H = 01:30Z = 01:30 GMT (wall clock
    // moved 1 h).
    Agreement agreement = agreementWith(ack("ack", "PT2H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-26T00:30+01:00",
        "FOOTAGE_REQUESTED r2 2025-10-26T00:30+01:00",
        "REQUEST_ACKNOWLEDGED a1 2025-10-26T01:30Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-10-26T01:30:01Z ref=r2");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
  }

  @Test
  void countsADayThresholdInCalendarDaysAcrossTheAutumnClockChange() throws IOException {
    // Saturday 25 October 10:00 BST (09:00Z) + P1D = Sunday 26 October 10:00 GMT = 10:00Z, 25 h.
    Agreement agreement = agreementWith(ack("ack", "P1D", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-25T10:00+01:00",
        "FOOTAGE_REQUESTED r2 2025-10-25T10:00+01:00",
        "REQUEST_ACKNOWLEDGED a1 2025-10-26T10:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-10-26T10:00:01Z ref=r2");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
  }

  @Test
  void countsADayThresholdInCalendarDaysAcrossTheSpringClockChange() throws IOException {
    // Saturday 28 March 2026 10:00 GMT + P1D = Sunday 29 March 10:00 BST = 09:00Z, 23 h.
    Agreement agreement = agreementWith(ack("ack", "P1D", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2026-03-28T10:00Z",
        "FOOTAGE_REQUESTED r2 2026-03-28T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2026-03-29T09:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2026-03-29T09:00:01Z ref=r2");

    assertThat(summary(level(result, "ack"))).containsExactly("2026-03-01..2026-04-01 1/1/0 50 false");
  }

  @Test
  void countsADayThresholdInCalendarDaysAcrossTheNewYorkClockChange() throws IOException {
    // New York, clocks go back at 02:00 EDT on 2 November 2025. Saturday 1 November 10:00 EDT
    // (14:00Z) + P1D = Sunday 2 November 10:00 EST = 15:00Z.
    Agreement agreement = agreementWith(
        inWindow(ack("ack", "P1D", 100), WindowType.CALENDAR_MONTH, "America/New_York"));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-11-01T10:00-04:00",
        "FOOTAGE_REQUESTED r2 2025-11-01T10:00-04:00",
        "REQUEST_ACKNOWLEDGED a1 2025-11-02T15:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-11-02T15:00:01Z ref=r2");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-11-01..2025-12-01 1/1/0 50 false");
  }

  // ---- the measured range ------------------------------------------------------------------

  @Test
  void defaultsTheRangeToTheWindowOfTheFirstEventAndTheInstantOfTheLastEvent()
      throws IOException {
    // Range: 1 October (window of r1) to 2025-10-20T14:00Z (the last event). r1 acknowledged;
    // r2 (10:00Z, deadline 14:00Z) is still open: its deadline is not before the range end, so
    // pending. r3 (09:59Z, deadline 13:59Z) is open and overdue: missed.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-15T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-15T10:00Z ref=r1",
        "FOOTAGE_REQUESTED r3 2025-10-20T09:59Z",
        "FOOTAGE_REQUESTED r2 2025-10-20T10:00Z",
        "INCIDENT i1 2025-10-20T14:00Z");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/1/1 50 false");
  }

  @Test
  void judgesItemsOpenAtAnExplicitEndAgainstLocalMidnightOfTo() throws IOException {
    // --to 2025-10-02 is 2025-10-01T23:00Z (BST). r1 18:00Z -> due 22:00Z, before the end: missed.
    // r2 20:00Z -> due 00:00Z on the 2nd, after the end: pending. r3 acknowledged at 23:30Z,
    // after --to, so still open at the end; due 23:00Z is not before the end: pending.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.of(OCT, LocalDate.of(2025, 10, 2)),
        "FOOTAGE_REQUESTED r1 2025-10-01T18:00Z",
        "FOOTAGE_REQUESTED r3 2025-10-01T19:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T20:00Z",
        "REQUEST_ACKNOWLEDGED a3 2025-10-01T23:30Z ref=r3",
        "INCIDENT i1 2025-10-01T23:30Z");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 0/1/2 0 false");
    assertThat(result.indicators().get(0).total()).isZero();
  }

  @Test
  void includesTheFromMidnightAndExcludesTheToMidnight() throws IOException {
    // --from 1 October is 2025-09-30T23:00Z (BST); --to 1 November is 2025-11-01T00:00Z (GMT).
    MeasurementResult result = run(agreementWith(ack("ack", "PT4H", 100)),
        MeasureRange.of(OCT, NOV),
        "INCIDENT i0 2025-09-30T22:59:59Z",
        "INCIDENT i1 2025-09-30T23:00Z",
        "INCIDENT i2 2025-10-31T23:59:59Z",
        "INCIDENT i3 2025-11-01T00:00Z");

    assertThat(result.indicators().get(0).windows())
        .containsExactly(new IndicatorResult.Count(OCT, NOV, 2));
    assertThat(result.eventCount()).isEqualTo(4);
  }

  @Test
  void countsOnlyItemsOpenedInsideAnExplicitRange() throws IOException {
    // --from 15 October: r0 (14 October) is not counted although acknowledged inside the range;
    // the window listed is the one holding the range start.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.of(LocalDate.of(2025, 10, 15), null),
        "FOOTAGE_REQUESTED r0 2025-10-14T22:30Z",
        "FOOTAGE_REQUESTED r1 2025-10-14T23:00Z",
        "REQUEST_ACKNOWLEDGED a0 2025-10-15T05:00Z ref=r0",
        "REQUEST_ACKNOWLEDGED a1 2025-10-15T05:00Z ref=r1");

    // r1 at 23:00Z is 00:00 BST on 15 October: inside, and 6 h late.
    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 0/1/0 0 false");
  }

  @Test
  void countsAnItemInTheWindowInWhichItWasOpened() throws IOException {
    // Fault reported 30 October, fixed 2 November within P5D: met in October, November empty.
    Agreement agreement = agreementWith(
        duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FAULT_REPORTED f1 2025-10-30T12:00Z camera=c1",
        "FAULT_FIXED x1 2025-11-02T12:00Z ref=f1");

    assertThat(summary(level(result, "repair"))).containsExactly(
        "2025-10-01..2025-11-01 1/0/0 100 true",
        "2025-11-01..2025-12-01 0/0/0 - -");
  }

  // ---- priorities ----------------------------------------------------------------------------

  @Test
  void treatsAnEventWithoutPriorityAsRoutineAndFiltersByAppliesTo() throws IOException {
    ServiceLevel all = ack("all", "PT1H", 100);
    ServiceLevel urgent = urgentOnly(ack("urgent", "PT1H", 100));
    ServiceLevel routine = ServiceLevel.builder().from(ack("routine", "PT1H", 100))
        .appliesTo(AppliesTo.priority(Priority.ROUTINE)).build();
    // r1 no priority (ROUTINE) met; r2 ROUTINE missed; r3 URGENT met. The acknowledgement's own
    // priority does not matter: an item's priority is its opening event's.
    MeasurementResult result = run(agreementWith(all, urgent, routine), MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-01T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T09:00Z priority=ROUTINE",
        "FOOTAGE_REQUESTED r3 2025-10-01T09:00Z priority=URGENT",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T09:30Z ref=r1 priority=URGENT",
        "REQUEST_ACKNOWLEDGED a3 2025-10-01T09:30Z ref=r3",
        "REQUEST_ACKNOWLEDGED a2 2025-10-01T11:00Z ref=r2");

    assertThat(summary(level(result, "all"))).containsExactly("2025-10-01..2025-11-01 2/1/0 66.66 false");
    assertThat(summary(level(result, "urgent"))).containsExactly("2025-10-01..2025-11-01 1/0/0 100 true");
    assertThat(summary(level(result, "routine"))).containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
  }

  // ---- attainment -----------------------------------------------------------------------------

  @Test
  void meetsTheLevelWhenAttainmentIsAtLeastTheTargetDefaulting100() throws IOException {
    ServiceLevel noAttainment = ServiceLevel.builder().from(ack("default", "PT1H", 100))
        .attainment(java.util.Optional.empty()).build();
    // 2 met, 1 missed: 200/3 = 66.666..% shown cut as 66.66; >= 66 met, < 66.67 missed.
    MeasurementResult result = run(
        agreementWith(ack("t66", "PT1H", 66), ack("t67", "PT1H", 67), noAttainment),
        MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-01T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T09:00Z",
        "FOOTAGE_REQUESTED r3 2025-10-01T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T09:10Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-10-01T10:00Z ref=r2",
        "REQUEST_ACKNOWLEDGED a3 2025-10-01T10:00:01Z ref=r3");

    assertThat(summary(level(result, "t66"))).containsExactly("2025-10-01..2025-11-01 2/1/0 66.66 true");
    assertThat(summary(level(result, "t67"))).containsExactly("2025-10-01..2025-11-01 2/1/0 66.66 false");
    assertThat(summary(level(result, "default"))).containsExactly("2025-10-01..2025-11-01 2/1/0 66.66 false");
    assertThat(level(result, "default").windows().get(0).target()).isEqualByComparingTo("100");
  }

  @Test
  void reportsAWindowWithOnlyPendingItemsAsHavingNoItems() throws IOException {
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-01T09:00Z",
        "INCIDENT i1 2025-10-01T10:00Z");

    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 0/0/1 - -");
  }

  // ---- camera availability --------------------------------------------------------------------

  @Test
  void measuresAvailabilityAsTheUnionOfFaultsOverCameraTime() throws IOException {
    // October 2025 in London has 745 hours (clocks go back); 2 cameras: 1,490 camera-hours.
    // c1: faults 00:00-10:00Z and 05:00-14:00Z on 10 October overlap: 14 h, not 19.
    // c2: fault from 2025-10-20T00:00Z never fixed: open to the range end 2025-11-01T00:00Z
    // (London midnight, GMT) = 288 h. Downtime 302 h: 100 x 1188 / 1490 = 79.731... -> 79.73.
    String log = lines(
        "FAULT_REPORTED f1 2025-10-10T00:00Z camera=c1",
        "FAULT_REPORTED f2 2025-10-10T05:00Z camera=c1",
        "FAULT_FIXED x1 2025-10-10T10:00Z ref=f1",
        "FAULT_FIXED x2 2025-10-10T14:00Z ref=f2 camera=c1",
        "FAULT_REPORTED f3 2025-10-20T00:00Z camera=c2");
    MeasurementResult met = measure(
        agreementWith(availability("a", "79.73", 2)),
        MeasureRange.of(OCT, NOV), jsonl("f.jsonl", log));
    MeasurementResult missed = measure(
        agreementWith(availability("a", "79.74", 2)),
        MeasureRange.of(OCT, NOV), jsonl("f.jsonl", log));

    assertThat(summary(level(met, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 79.73 true");
    assertThat(summary(level(missed, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 79.73 false");
  }

  @Test
  void clipsAvailabilityDowntimeToEachWindow() throws IOException {
    // One camera, fault 2025-10-31T12:00Z to 2025-11-01T12:00Z: 12 h in October (745 h):
    // 100 x 733/745 = 98.389... -> 98.38; 12 h in November (720 h): 98.333... -> 98.33.
    // December has no fault: 100.
    MeasurementResult result = run(
        agreementWith(availability("a", "98.35", 1)),
        MeasureRange.of(OCT, LocalDate.of(2026, 1, 1)),
        "FAULT_REPORTED f1 2025-10-31T12:00Z camera=c1",
        "FAULT_FIXED x1 2025-11-01T12:00Z ref=f1");

    assertThat(summary(level(result, "a"))).containsExactly(
        "2025-10-01..2025-11-01 0/0/0 98.38 true",
        "2025-11-01..2025-12-01 0/0/0 98.33 false",
        "2025-12-01..2026-01-01 0/0/0 100 true");
  }

  @Test
  void countsCameraTimeOnlyForThePartOfTheWindowInsideTheRange() throws IOException {
    // --to 2025-10-16: the range part of October is 1 to 15 October = 360 h; one camera down for
    // 36 h: 100 x 324/360 = 90 exactly, which meets AT_LEAST 90.
    MeasurementResult result = run(
        agreementWith(availability("a", "90", 1)),
        MeasureRange.of(OCT, LocalDate.of(2025, 10, 16)),
        "FAULT_REPORTED f1 2025-10-05T00:00Z camera=c1",
        "FAULT_FIXED x1 2025-10-06T12:00Z ref=f1");

    assertThat(summary(level(result, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 90 true");
  }

  @Test
  void countsDowntimeInEveryWindowOfAFaultFixedAfterTheRange() throws IOException {
    // --from 1 October --to 1 December; one camera down from 2025-10-31T00:00Z to a fix on
    // 5 December, after the range: 24 h of October's 745 h (100 x 721/745 = 96.778... -> 96.77)
    // and the whole of November (0), although no event falls in November.
    MeasurementResult result = run(
        agreementWith(availability("a", "99", 1)), MeasureRange.of(OCT, DEC),
        "FAULT_REPORTED f1 2025-10-31T00:00Z camera=c1",
        "FAULT_FIXED x1 2025-12-05T00:00Z ref=f1");

    assertThat(summary(level(result, "a"))).containsExactly(
        "2025-10-01..2025-11-01 0/0/0 96.77 false",
        "2025-11-01..2025-12-01 0/0/0 0 false");
  }

  @Test
  void countsDowntimeOfAFaultOpenThroughAWholeRangeWithoutEvents() throws IOException {
    // Reported before --from and fixed after --to, nothing in between: down all of October.
    MeasurementResult result = run(
        agreementWith(availability("a", "99", 2)), MeasureRange.of(OCT, NOV),
        "FAULT_REPORTED f1 2025-09-20T00:00Z camera=c1",
        "FAULT_FIXED x1 2025-11-20T00:00Z ref=f1");

    assertThat(summary(level(result, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 50 false");
  }

  @Test
  void countsCameraTimeFromTheFromMidnight() throws IOException {
    // --from 16 October (2025-10-15T23:00Z) to 1 November (00:00Z): 385 h. One camera down from
    // 10 October to 2025-10-17T23:00Z: 48 h inside the range. 100 x 337/385 = 87.532... -> 87.53.
    MeasurementResult result = run(
        agreementWith(availability("a", "99", 1)),
        MeasureRange.of(LocalDate.of(2025, 10, 16), NOV),
        "FAULT_REPORTED f1 2025-10-10T00:00Z camera=c1",
        "FAULT_FIXED x1 2025-10-17T23:00Z ref=f1");

    assertThat(summary(level(result, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 87.53 false");
  }

  @Test
  void endsAnUnfixedFaultAtTheLastEventByDefault() throws IOException {
    // Default range: 1 October 00:00 BST (2025-09-30T23:00Z) to the last event 2025-10-02T11:00Z
    // = 36 h. Camera c1 down from 2025-10-02T02:00Z to the range end: 9 h of 2 x 36 = 72:
    // 100 x 63/72 = 87.5.
    MeasurementResult result = run(
        agreementWith(availability("a", "99", 2)), MeasureRange.ALL,
        "INCIDENT i1 2025-10-01T00:00Z",
        "FAULT_REPORTED f1 2025-10-02T02:00Z camera=c1",
        "INCIDENT i2 2025-10-02T11:00Z");

    assertThat(summary(level(result, "a"))).containsExactly("2025-10-01..2025-11-01 0/0/0 87.5 false");
  }

  // ---- bad lines --------------------------------------------------------------------------------

  @Test
  void reportsEveryKindOfBadLineWithItsNumberAndGoesOn() throws IOException {
    String log = String.join("\n",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-10-01T09:00:00Z\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":",
        "{\"type\":\"CAMERA_MOVED\",\"id\":\"m1\",\"at\":\"2025-10-01T09:01:00Z\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a0\",\"at\":\"2025-10-01T09:02:00Z\",\"ref\":\"r9\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a1\",\"at\":\"2025-10-01T09:03:00Z\",\"ref\":\"r1\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a2\",\"at\":\"2025-10-01T09:04:00Z\",\"ref\":\"r1\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r2\",\"at\":\"2025-10-01T08:00:00Z\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r3\",\"at\":\"2025-10-01T10:00:00Z\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a3\",\"at\":\"2025-10-01T16:00:00Z\",\"ref\":\"r3\"}",
        "");
    MeasurementResult result = measure(agreementWith(ack("ack", "PT4H", 50)),
        MeasureRange.ALL, jsonl("bad.jsonl", log));

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::file).containsOnly("bad.jsonl");
    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line).containsExactly(2L, 3L, 4L, 6L, 7L);
    assertThat(Logs.rejected(result).get(1).reason()).contains("CAMERA_MOVED");
    assertThat(Logs.rejected(result).get(2).reason()).contains("r9");
    assertThat(Logs.rejected(result).get(3).reason()).contains("second close");
    assertThat(Logs.rejected(result).get(4).reason()).contains("out of order");
    assertThat(result.rejectedCount()).isEqualTo(5);
    assertThat(result.eventCount()).isEqualTo(4);
    // r1 met (3 min), r3 missed (6 h); r2 was skipped, so not pending.
    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/1/0 50 true");
  }

  @Test
  void rejectsASecondFixOrStartAndABadCsvRowAndGoesOn() throws IOException {
    String log = String.join("\n",
        "type,id,at,ref,priority,camera",
        "FAULT_REPORTED,f1,2025-10-01T09:00:00Z,,,c1",
        "FAULT_FIXED,x1,2025-10-01T10:00:00Z,f1,,",
        "FAULT_FIXED,x2,2025-10-01T11:00:00Z,f1,,",
        "LIVE_SUPPORT_REQUESTED,l1,2025-10-01T12:00:00Z,,URGENT,",
        "LIVE_SUPPORT_STARTED,s1,2025-10-01T12:01:00Z,l1,,",
        "LIVE_SUPPORT_STARTED,s2,2025-10-01T12:02:00Z,l1,,",
        "INCIDENT,i1,2025-10-01T13:00:00Z,,",
        "INCIDENT,i2,2025-10-01T14:00:00Z,,,",
        "");
    Agreement agreement = agreementWith(
        duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "PT2H", 100),
        duration("live", ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 100));
    MeasurementResult result = measure(agreement, MeasureRange.ALL, csv("log.csv", log));

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line).containsExactly(4L, 7L, 8L);
    assertThat(Logs.rejected(result).get(0).reason()).contains("second close");
    assertThat(Logs.rejected(result).get(1).reason()).contains("second close");
    assertThat(summary(level(result, "repair"))).containsExactly("2025-10-01..2025-11-01 1/0/0 100 true");
    assertThat(summary(level(result, "live"))).containsExactly("2025-10-01..2025-11-01 1/0/0 100 true");
    assertThat(result.indicators().get(0).total()).isEqualTo(1);
  }

  @Test
  void ignoresRejectedLinesWhenDefaultingTheRange() throws IOException {
    // The first and last lines are rejected (a close of nothing): they are not events, so the
    // range runs from October (first accepted event) to 2025-10-01T10:00Z, not September to
    // December.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "REQUEST_ACKNOWLEDGED a0 2025-09-15T09:00Z ref=nope",
        "FOOTAGE_REQUESTED r1 2025-10-01T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T10:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-12-15T10:00Z ref=r1");

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line).containsExactly(1L, 4L);
    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/0/0 100 true");
    assertThat(result.indicators().get(0).windows()).extracting(IndicatorResult.Count::start)
        .containsExactly(OCT);
  }

  // ---- several files, CSV ------------------------------------------------------------------

  @Test
  void mergesSeveralFilesByTime() throws IOException {
    // The acknowledgements are in the file given first, the requests in the second.
    Agreement agreement = agreementWith(ack("ack", "PT4H", 100));
    EventSource acks = jsonl("acks.jsonl", lines(
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T10:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-10-01T16:00Z ref=r2"));
    EventSource requests = jsonl("requests.jsonl", lines(
        "FOOTAGE_REQUESTED r1 2025-10-01T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T11:00Z"));
    MeasurementResult result = measure(agreement, MeasureRange.ALL, acks, requests);

    assertThat(Logs.rejected(result)).isEmpty();
    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
  }

  @Test
  void readsCsvWithTheSameColumnsAsJsonLinesEquivalently() throws IOException {
    Agreement agreement = agreementWith(
        urgentOnly(ack("ack", "PT4H", 100)),
        duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 100),
        availability("a", "99", 2));
    String jsonLines = String.join("\n",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-10-01T09:00:00+01:00\",\"priority\":\"URGENT\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a1\",\"at\":\"2025-10-01T09:30:00Z\",\"ref\":\"r1\"}",
        "{\"type\":\"FAULT_REPORTED\",\"id\":\"f1\",\"at\":\"2025-10-02T00:00:00Z\",\"camera\":\"c1\"}",
        "{\"type\":\"FAULT_FIXED\",\"id\":\"x1\",\"at\":\"2025-10-09T00:00:00Z\",\"ref\":\"f1\",\"camera\":\"c1\"}",
        "{\"type\":\"INCIDENT\",\"id\":\"i1\",\"at\":\"2025-10-10T00:00:00Z\"}",
        "{\"type\":\"BOGUS\",\"id\":\"b1\",\"at\":\"2025-10-11T00:00:00Z\"}",
        "");
    String csv = String.join("\n",
        "type,id,at,ref,priority,camera",
        "FOOTAGE_REQUESTED,r1,2025-10-01T09:00:00+01:00,,URGENT,",
        "REQUEST_ACKNOWLEDGED,a1,2025-10-01T09:30:00Z,r1,,",
        "FAULT_REPORTED,f1,2025-10-02T00:00:00Z,,,c1",
        "FAULT_FIXED,x1,2025-10-09T00:00:00Z,f1,,c1",
        "INCIDENT,i1,2025-10-10T00:00:00Z,,,",
        "BOGUS,b1,2025-10-11T00:00:00Z,,,",
        "");
    MeasurementResult fromJson = measure(agreement, MeasureRange.ALL, jsonl("log", jsonLines));
    MeasurementResult fromCsv = measure(agreement, MeasureRange.ALL, csv("log", csv));

    assertThat(fromCsv.serviceLevels()).isEqualTo(fromJson.serviceLevels());
    assertThat(fromCsv.indicators()).isEqualTo(fromJson.indicators());
    assertThat(fromCsv.eventCount()).isEqualTo(fromJson.eventCount()).isEqualTo(5);
    // The CSV header is line 1, so its rows are one line further down.
    assertThat(Logs.rejected(fromJson)).extracting(Logs.Rejected::line).containsExactly(6L);
    assertThat(Logs.rejected(fromCsv)).extracting(Logs.Rejected::line).containsExactly(7L);
    // ack: r1 09:00 BST = 08:00Z, acknowledged 1 h 30 later: met. repair: 7 days, missed P5D.
    assertThat(summary(level(fromCsv, "ack"))).containsExactly("2025-10-01..2025-11-01 1/0/0 100 true");
    assertThat(summary(level(fromCsv, "repair"))).containsExactly("2025-10-01..2025-11-01 0/1/0 0 false");
  }

  @Test
  void readsCsvColumnsByTheirHeaderNamesInAnyOrder() throws IOException {
    // The header names the columns; order is free and absent optional columns are absent fields.
    String log = String.join("\n",
        "at,ref,id,type",
        "2025-10-01T09:00:00Z,,r1,FOOTAGE_REQUESTED",
        "2025-10-01T14:00:00Z,r1,a1,REQUEST_ACKNOWLEDGED",
        "");
    MeasurementResult result = measure(agreementWith(ack("ack", "PT4H", 100)),
        MeasureRange.ALL, csv("log.csv", log));

    assertThat(Logs.rejected(result)).isEmpty();
    assertThat(summary(level(result, "ack"))).containsExactly("2025-10-01..2025-11-01 0/1/0 0 false");
  }

  // ---- fault matching ------------------------------------------------------------------------

  @Test
  void matchesAFaultFixByFaultIdAndCamera() throws IOException {
    // Two faults on c1: f2 fixed first (1 day, met), f1 after 6 days (missed P5D). A fix naming
    // another camera is rejected and leaves f3 open; pending as its deadline 2025-10-15 is after
    // the last event.
    Agreement agreement = agreementWith(
        duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 50));
    MeasurementResult result = run(agreement, MeasureRange.ALL,
        "FAULT_REPORTED f1 2025-10-01T09:00Z camera=c1",
        "FAULT_REPORTED f2 2025-10-02T09:00Z camera=c1",
        "FAULT_FIXED x2 2025-10-03T09:00Z ref=f2 camera=c1",
        "FAULT_FIXED x1 2025-10-07T09:00Z ref=f1",
        "FAULT_REPORTED f3 2025-10-10T09:00Z camera=c2",
        "FAULT_FIXED x3 2025-10-11T09:00Z ref=f3 camera=c1");

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line).containsExactly(6L);
    assertThat(Logs.rejected(result).get(0).reason()).contains("camera");
    assertThat(summary(level(result, "repair"))).containsExactly("2025-10-01..2025-11-01 1/1/1 50 true");
  }
}
