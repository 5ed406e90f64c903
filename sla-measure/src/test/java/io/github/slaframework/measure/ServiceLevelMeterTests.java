package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static io.github.slaframework.testkit.MeasurementSamples.standardAgreement;
import static io.github.slaframework.testkit.MeasurementSamples.urgentOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.section.Indicator;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServiceLevelMeterTests {

  private static final LocalDate OCT = LocalDate.of(2025, 10, 1);
  private static final LocalDate NOV = LocalDate.of(2025, 11, 1);
  private static final LocalDate DEC = LocalDate.of(2025, 12, 1);
  private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

  /** A window as one line: start..end met/missed/pending attainment levelMet. */
  private static List<String> summary(ServiceLevelResult level) {
    return level.windows().stream()
        .map(w -> w.start().toLocalDate() + ".." + w.end().toLocalDate() + " " + w.met() + "/"
            + w.missed() + "/" + w.pending() + " "
            + w.attainment().map(a -> a.toPlainString()).orElse("-") + " "
            + w.levelMet().map(String::valueOf).orElse("-"))
        .toList();
  }

  @Test
  void countsElapsedHoursAcrossTheOctoberClockChangeWithoutAnExtraHour() throws IOException {
    // Clocks go back at 02:00 BST on Sunday 26 October 2025. Opened 00:30 BST = 23:30Z on the
    // 25th, so the PT4H deadline is 03:30Z (03:30 GMT), not 04:30 local.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-10-26T00:30+01:00",
        "FOOTAGE_REQUESTED r2 2025-10-26T00:30+01:00",
        "REQUEST_ACKNOWLEDGED a1 2025-10-26T03:30Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-10-26T04:00Z ref=r2");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("oct.jsonl", log));

    assertThat(summary(level(result, "request-ack")))
        .containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
    Breach breach = level(result, "request-ack").windows().get(0).worstBreaches().get(0);
    assertThat(breach.id()).isEqualTo("r2");
    assertThat(breach.closedBy()).contains("a2");
    assertThat(breach.duration()).isEqualTo(Duration.ofMinutes(270));
  }

  @Test
  void countsCalendarDaysAcrossTheOctoberClockChangeToTheSameLocalTime() throws IOException {
    // Tuesday 21 October 10:00 BST (09:00Z) + P7D = Tuesday 28 October 10:00 GMT (10:00Z):
    // a delivery at 09:30Z is in time although more than 7 x 24 hours have passed.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-10-21T10:00+01:00",
        "FOOTAGE_REQUESTED r2 2025-10-21T10:00+01:00",
        "FOOTAGE_DELIVERED d1 2025-10-28T09:30Z ref=r1",
        "FOOTAGE_DELIVERED d2 2025-10-28T10:00:01Z ref=r2");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("oct.jsonl", log));

    assertThat(summary(level(result, "evidence-turnaround")))
        .containsExactly("2025-10-01..2025-11-01 1/1/0 50 false");
  }

  @Test
  void countsCalendarDaysAcrossTheMarchClockChangeOneHourShorter() throws IOException {
    // Clocks go forward at 01:00 GMT on Sunday 29 March 2026. Tuesday 24 March 10:00 GMT + P7D
    // = Tuesday 31 March 10:00 BST = 09:00Z: a delivery at 09:30Z is late.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2026-03-24T10:00Z",
        "FOOTAGE_REQUESTED r2 2026-03-24T10:00Z",
        "FOOTAGE_DELIVERED d1 2026-03-31T08:59:59Z ref=r1",
        "FOOTAGE_DELIVERED d2 2026-03-31T09:30Z ref=r2");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("mar.jsonl", log));

    assertThat(summary(level(result, "evidence-turnaround")))
        .containsExactly("2026-03-01..2026-04-01 1/1/0 50 false");
  }

  @Test
  void countsElapsedHoursAcrossTheMarchClockChange() throws IOException {
    // Opened 00:30 GMT on 29 March 2026; PT4H is due 04:30Z = 05:30 BST. An acknowledgement at
    // 05:15 BST is 4h45 later on the wall clock but 3h45 elapsed: met.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2026-03-29T00:30Z",
        "REQUEST_ACKNOWLEDGED a1 2026-03-29T05:15+01:00 ref=r1");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("mar.jsonl", log));

    assertThat(summary(level(result, "request-ack")))
        .containsExactly("2026-03-01..2026-04-01 1/0/0 100 true");
  }

  @Test
  void startsMonthsAtLocalMidnightWhateverTheOffset() throws IOException {
    // 23:30Z on 30 September is 00:30 BST on 1 October; 23:30Z on 31 October is still October.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-09-30T22:30Z",
        "FOOTAGE_REQUESTED r2 2025-09-30T23:30Z",
        "REQUEST_ACKNOWLEDGED a1 2025-09-30T23:40Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-09-30T23:40Z ref=r2",
        "FOOTAGE_REQUESTED r3 2025-10-31T23:30Z",
        "REQUEST_ACKNOWLEDGED a3 2025-11-01T00:10Z ref=r3");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("edge.jsonl", log));

    assertThat(summary(level(result, "request-ack"))).containsExactly(
        "2025-09-01..2025-10-01 1/0/0 100 true",
        "2025-10-01..2025-11-01 2/0/0 100 true",
        "2025-11-01..2025-12-01 0/0/0 - -");
  }

  @Test
  void countsAnItemInTheMonthItWasOpened() throws IOException {
    String log = lines(
        "FAULT_REPORTED f1 2025-10-30T12:00Z camera=cam-1",
        "FAULT_FIXED x1 2025-11-02T12:00Z ref=f1",
        "FAULT_REPORTED f2 2025-11-03T12:00Z camera=cam-2",
        "FAULT_FIXED x2 2025-11-09T12:00Z ref=f2");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("faults.jsonl", log));

    assertThat(summary(level(result, "fault-repair"))).containsExactly(
        "2025-10-01..2025-11-01 1/0/0 100 true",
        "2025-11-01..2025-12-01 0/1/0 0 false");
  }

  @Test
  void judgesItemsOpenAtTheEndOfTheRangeByTheirDeadline() throws IOException {
    // --to 2025-12-01 ends the range at 00:00Z on 1 December (GMT).
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-11-30T19:00Z",
        "FOOTAGE_REQUESTED r2 2025-11-30T21:00Z",
        "FOOTAGE_REQUESTED r3 2025-11-20T09:00Z",
        "REQUEST_ACKNOWLEDGED a3 2025-11-20T10:00Z ref=r3",
        "FOOTAGE_DELIVERED d3 2025-12-02T09:00Z ref=r3");
    // r3 was opened before r1 in time; reorder the lines to keep the log in time order.
    String ordered = lines(
        "FOOTAGE_REQUESTED r3 2025-11-20T09:00Z",
        "REQUEST_ACKNOWLEDGED a3 2025-11-20T10:00Z ref=r3",
        "FOOTAGE_REQUESTED r1 2025-11-30T19:00Z",
        "FOOTAGE_REQUESTED r2 2025-11-30T21:00Z",
        "FOOTAGE_DELIVERED d3 2025-12-02T09:00Z ref=r3");
    assertThat(log).isNotEqualTo(ordered);
    MeasurementResult result = measure(standardAgreement(), MeasureRange.of(NOV, DEC),
        jsonl("end.jsonl", ordered));

    // Acknowledgement PT4H: r3 met; r1 due 23:00Z < end: missed; r2 due 01:00Z on 1 Dec: pending.
    assertThat(summary(level(result, "request-ack")))
        .containsExactly("2025-11-01..2025-12-01 1/1/1 50 false");
    // Turnaround P7D: r3 delivered after --to, due 27 Nov 09:00 < end: missed; r1, r2 pending.
    assertThat(summary(level(result, "evidence-turnaround")))
        .containsExactly("2025-11-01..2025-12-01 0/1/2 0 false");
    Breach open = level(result, "request-ack").windows().get(0).worstBreaches().get(0);
    assertThat(open.id()).isEqualTo("r1");
    assertThat(open.closedBy()).isEmpty();
    assertThat(open.duration()).isEqualTo(Duration.ofHours(5));
  }

  @Test
  void reportsAWindowWithNoItemsAsSuchNotAsZeroOrHundred() throws IOException {
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-11-10T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.of(NOV, JAN),
        jsonl("quiet.jsonl", log));

    assertThat(summary(level(result, "request-ack"))).containsExactly(
        "2025-11-01..2025-12-01 1/0/0 100 true",
        "2025-12-01..2026-01-01 0/0/0 - -");
    WindowResult december = level(result, "request-ack").windows().get(1);
    assertThat(december.attainment()).isEmpty();
    assertThat(december.levelMet()).isEmpty();
  }

  @Test
  void measuresCameraAvailabilityAsTheUnionOfFaultsClippedToTheWindow() throws IOException {
    // Two cameras, November (30 days of GMT): cam-1 down 12h after midnight (a fault from
    // 31 October), cam-2 down 00:00-10:00 and 05:00-12:00 on the 10th (union 12h).
    // Downtime 24h of 2 x 720h camera-time: 100 x (1 - 24/1440) = 98.333...
    Agreement agreement = agreementWith(availability("avail", "99.0", 2));
    String log = lines(
        "FAULT_REPORTED f1 2025-10-31T12:00Z camera=cam-1",
        "FAULT_FIXED x1 2025-11-01T12:00Z ref=f1",
        "FAULT_REPORTED f2 2025-11-10T00:00Z camera=cam-2",
        "FAULT_REPORTED f3 2025-11-10T05:00Z camera=cam-2",
        "FAULT_FIXED x2 2025-11-10T10:00Z ref=f2 camera=cam-2",
        "FAULT_FIXED x3 2025-11-10T12:00Z ref=f3");
    MeasurementResult result = measure(agreement, MeasureRange.of(NOV, DEC),
        jsonl("faults.jsonl", log));

    assertThat(summary(level(result, "avail")))
        .containsExactly("2025-11-01..2025-12-01 0/0/0 98.33 false");
    assertThat(level(result, "avail").windows().get(0).target()).isEqualByComparingTo("99.0");
    assertThat(Logs.rejected(result)).isEmpty();
  }

  @Test
  void countsAFaultStillOpenUntilTheRangeEnds() throws IOException {
    // One camera down from 00:00Z on 30 November to the end of the range (1 December 00:00Z):
    // 24h of 720h = 96.66...%; December is outside the range.
    Agreement agreement = agreementWith(availability("avail", "99", 1));
    String log = lines("FAULT_REPORTED f1 2025-11-30T00:00Z camera=cam-1");
    MeasurementResult result = measure(agreement, MeasureRange.of(NOV, DEC),
        jsonl("faults.jsonl", log));

    assertThat(summary(level(result, "avail")))
        .containsExactly("2025-11-01..2025-12-01 0/0/0 96.66 false");
  }

  @Test
  void countsNeitherDowntimeNorCameraTimeAfterAnExplicitEndInsideAWindow() throws IOException {
    // --to 2025-11-16: November is measured for 15 days (360h). One camera of two is down from
    // the 15th 00:00Z to the 20th; only the 24h before the end count: 100 x (1 - 24/720).
    Agreement agreement = agreementWith(availability("avail", "99", 2));
    String log = lines(
        "FAULT_REPORTED f1 2025-11-15T00:00Z camera=cam-1",
        "FAULT_FIXED x1 2025-11-20T00:00Z ref=f1");
    MeasurementResult result = measure(agreement,
        MeasureRange.of(NOV, LocalDate.of(2025, 11, 16)), jsonl("faults.jsonl", log));

    assertThat(summary(level(result, "avail")))
        .containsExactly("2025-11-01..2025-12-01 0/0/0 96.66 false");
  }

  @Test
  void reportsAvailabilityOfAHundredWhenNoCameraWasDown() throws IOException {
    Agreement agreement = agreementWith(availability("avail", "99", 3));
    MeasurementResult result = measure(agreement, MeasureRange.of(NOV, DEC),
        jsonl("none.jsonl", lines("INCIDENT i1 2025-11-05T20:00Z")));

    assertThat(summary(level(result, "avail")))
        .containsExactly("2025-11-01..2025-12-01 0/0/0 100 true");
  }

  @Test
  void rejectsDuplicateAndOrphanClosesAndMeasuresTheRest() throws IOException {
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-11-10T09:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-11-10T11:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-11-10T12:00Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-11-11T09:00Z ref=r1",
        "FOOTAGE_DELIVERED d2 2025-11-11T10:00Z ref=r1",
        "FOOTAGE_DELIVERED d3 2025-11-12T09:00Z ref=nobody",
        "FAULT_FIXED x1 2025-11-12T10:00Z ref=r1",
        "FOOTAGE_REQUESTED r2 2025-11-13T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-11-13T09:30Z");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("dup.jsonl", log));

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L,
                "a second close: FOOTAGE_REQUESTED 'r1' already has a REQUEST_ACKNOWLEDGED"),
            org.assertj.core.groups.Tuple.tuple(5L,
                "a second close: FOOTAGE_REQUESTED 'r1' is already closed"),
            org.assertj.core.groups.Tuple.tuple(6L,
                "ref 'nobody' matches no open FOOTAGE_REQUESTED"),
            org.assertj.core.groups.Tuple.tuple(7L, "ref 'r1' matches no open FAULT_REPORTED"),
            org.assertj.core.groups.Tuple.tuple(9L,
                "FOOTAGE_REQUESTED id 'r2' is already open"));
    assertThat(Logs.rejected(result)).allSatisfy(r -> assertThat(r.file()).isEqualTo("dup.jsonl"));
    assertThat(result.rejectedCount()).isEqualTo(5);
    assertThat(result.eventCount()).isEqualTo(4);
    assertThat(summary(level(result, "evidence-turnaround")))
        .containsExactly("2025-11-01..2025-12-01 1/0/1 100 true");
  }

  @Test
  void rejectsBadLinesWithTheirLineNumbersAndKeepsGoing() throws IOException {
    String log = """
        {"type":"FOOTAGE_REQUESTED","id":"r1","at":"2025-11-10T09:00:00Z"}
        {"type":"FOOTAGE_REQUESTED","id":"r2",
        {"type":"TELEPORTED","id":"t1","at":"2025-11-10T09:10:00Z"}
        {"type":"INCIDENT","at":"2025-11-10T09:20:00Z"}
        {"type":"INCIDENT","id":"i1","at":"2025-11-10 09:20"}
        {"type":"INCIDENT","id":"i2","at":"2025-11-10T08:00:00Z"}

        {"type":"INCIDENT","id":"i3","at":"2025-11-10T09:30:00Z","colour":"red"}
        {"type":"INCIDENT","id":"i4","at":"2025-11-10T09:30:00Z","x-note":{"a":[1]}}
        {"type":"INCIDENT","id":"i5","at":"2025-11-10T09:30:00Z","id":"i6"}
        {"type":"INCIDENT","id":"i7","at":"2025-11-10T09:30:00Z","priority":"HIGH"}
        {"type":"FOOTAGE_DELIVERED","id":"d1","at":"2025-11-10T09:40:00Z"}
        {"type":"FAULT_REPORTED","id":"f1","at":"2025-11-10T09:40:00Z"}
        [1,2]
        {"type":"INCIDENT","id":"i8","at":"2025-11-10T09:50:00Z"} {}
        {"type":"INCIDENT","id":"i9","at":"2025-11-10T09:50:00+00:00"}
        """;
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("bad.jsonl", log));

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line).containsExactly(
        2L, 3L, 4L, 5L, 6L, 8L, 10L, 11L, 12L, 13L, 14L, 15L);
    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::reason).containsExactly(
        "not valid JSON at column 39",
        "unknown type 'TELEPORTED'",
        "missing id",
        "at '2025-11-10 09:20' is not an ISO-8601 date-time with an offset",
        "out of order: at 2025-11-10T08:00:00Z is before the previous event's"
            + " 2025-11-10T09:00:00Z",
        "unknown field 'colour'",
        "field id appears twice",
        "priority 'HIGH' is not URGENT, ROUTINE or THREAT_TO_LIFE",
        "FOOTAGE_DELIVERED needs a ref to the event it closes",
        "FAULT_REPORTED needs a camera",
        "not a JSON object",
        "text after the JSON object");
    assertThat(result.eventCount()).isEqualTo(3);
    assertThat(result.indicators().get(0).total()).isEqualTo(2);
  }

  @Test
  void neverEchoesMoreThanAShortEscapedExcerpt() throws IOException {
    String longType = "\\u0007" + "X".repeat(500);
    String log = "{\"type\":\"" + longType + "\",\"id\":\"a\",\"at\":\"2025-11-10T09:00:00Z\"}\n";
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("long.jsonl", log));

    assertThat(Logs.rejected(result)).singleElement().satisfies(r -> {
      assertThat(r.reason()).hasSizeLessThan(60)
          .startsWith("unknown type '\\u0007XXXX").endsWith("…'");
    });
  }

  @Test
  void filtersItemsByPriorityAndReadsAMissingPriorityAsRoutine() throws IOException {
    Agreement agreement = agreementWith(urgentOnly(duration(
        "live-response", ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 90)));
    String log = lines(
        "LIVE_SUPPORT_REQUESTED l1 2025-11-10T21:00Z priority=URGENT",
        "LIVE_SUPPORT_REQUESTED l2 2025-11-10T21:01Z",
        "LIVE_SUPPORT_REQUESTED l3 2025-11-10T21:02Z priority=URGENT",
        "LIVE_SUPPORT_STARTED s1 2025-11-10T21:04Z ref=l1",
        "LIVE_SUPPORT_STARTED s2 2025-11-10T21:30Z ref=l2",
        "LIVE_SUPPORT_STARTED s3 2025-11-10T21:08Z ref=l3");
    MeasurementResult result = measure(agreement, MeasureRange.ALL, jsonl("live.jsonl", log));

    assertThat(summary(level(result, "live-response")))
        .containsExactly("2025-11-01..2025-12-01 1/1/0 50 false");
  }

  @Test
  void countsIndicatorsPerLondonMonthOverTheRange() throws IOException {
    String log = lines(
        "INCIDENT i1 2025-09-30T23:30Z",
        "ARREST_ASSISTED a1 2025-10-02T01:00Z",
        "EVIDENCE_PACKAGE e1 2025-10-15T12:00Z",
        "INCIDENT i2 2025-11-01T00:00Z",
        "FOOTAGE_REVIEW v1 2025-11-20T12:00Z");
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("ind.jsonl", log));

    assertThat(result.indicators()).extracting(IndicatorResult::indicator).containsExactly(
        Indicator.INCIDENTS_MONITORED, Indicator.ARRESTS_ASSISTED, Indicator.EVIDENCE_PACKAGES,
        Indicator.FOOTAGE_REVIEWS);
    assertThat(result.indicators().get(0).windows()).containsExactly(
        new IndicatorResult.Count(OCT, NOV, 1), new IndicatorResult.Count(NOV, DEC, 1));
    assertThat(result.indicators()).extracting(IndicatorResult::total)
        .containsExactly(2L, 1L, 1L, 1L);
  }

  @Test
  void readsCsvWithQuotingAndColumnsInAnyOrder() throws IOException {
    String csv = """
        at,type,id,ref,camera,x-note,priority
        2025-11-10T09:00:00Z,FOOTAGE_REQUESTED,"r,1",,,"said ""soon"" ok",URGENT
        2025-11-10T10:00:00Z,REQUEST_ACKNOWLEDGED,a1,"r,1",,,
        2025-11-10T11:00:00Z,INCIDENT,i1
        2025-11-10T11:00:00Z,INCIDENT,i2,,,"open,
        """;
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        Logs.csv("log.csv", csv));

    assertThat(summary(level(result, "request-ack")))
        .containsExactly("2025-11-01..2025-12-01 1/0/0 100 true");
    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, "expected 7 fields, found 3"),
            org.assertj.core.groups.Tuple.tuple(5L, "a quoted field is not closed on its line"));
  }

  @Test
  void rejectsEveryLineOfACsvWhoseHeaderLacksAColumn() throws IOException {
    String csv = """
        type,id
        INCIDENT,i1
        INCIDENT,i2
        """;
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        Logs.csv("log.csv", csv));

    assertThat(Logs.rejected(result)).extracting(Logs.Rejected::reason).containsExactly(
        "the header has no at column",
        "not measured: the header has no at column",
        "not measured: the header has no at column");
    assertThat(result.eventCount()).isZero();
  }

  @Test
  void givesTheSameResultForCsvAndJsonLines() throws IOException {
    List<Event> events = List.of(
        Logs.event("FOOTAGE_REQUESTED r1 2025-10-21T10:00+01:00 priority=URGENT"),
        Logs.event("REQUEST_ACKNOWLEDGED a1 2025-10-21T15:00+01:00 ref=r1"),
        Logs.event("FAULT_REPORTED f1 2025-10-30T12:00Z camera=cam-1"),
        Logs.event("FOOTAGE_DELIVERED d1 2025-10-28T09:30Z ref=r1"),
        Logs.event("FAULT_FIXED x1 2025-11-02T12:00Z ref=f1 camera=cam-1"),
        Logs.event("INCIDENT i1 2025-11-03T12:00Z"));
    List<Event> ordered = events.stream().sorted(java.util.Comparator.comparing(Event::at))
        .toList();
    MeasurementResult fromJson = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("log", EventLogWriter.toJsonLines(ordered)));
    MeasurementResult fromCsv = measure(standardAgreement(), MeasureRange.ALL,
        Logs.csv("log", EventLogWriter.toCsv(ordered)));

    assertThat(fromCsv).isEqualTo(fromJson);
    assertThat(fromJson.eventCount()).isEqualTo(6);
  }

  @Test
  void roundTripsAwkwardIdsThroughBothFormats() throws IOException {
    String awkward = "r,\"1\" \\ é\t";
    List<Event> events = List.of(
        Event.of(EventType.FOOTAGE_REQUESTED, awkward, Instant.parse("2025-11-10T09:00:00Z")),
        Event.of(EventType.REQUEST_ACKNOWLEDGED, "a,1", Instant.parse("2025-11-10T15:00:00Z"))
            .withRef(awkward));
    for (EventSource source : List.of(jsonl("log", EventLogWriter.toJsonLines(events)),
        Logs.csv("log", EventLogWriter.toCsv(events)))) {
      MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL, source);

      assertThat(Logs.rejected(result)).as(source.toString()).isEmpty();
      Breach breach = level(result, "request-ack").windows().get(0).worstBreaches().get(0);
      assertThat(breach.id()).isEqualTo(awkward);
      assertThat(breach.closedBy()).contains("a,1");
    }
  }

  @Test
  void mergesSeveralFilesByTime() throws IOException {
    EventSource requests = jsonl("requests.jsonl", lines(
        "FOOTAGE_REQUESTED r1 2025-11-10T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-11-10T11:00Z"));
    EventSource replies = jsonl("replies.jsonl", lines(
        "REQUEST_ACKNOWLEDGED a1 2025-11-10T10:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a2 2025-11-10T16:00Z ref=r2"));
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        requests, replies);

    assertThat(summary(level(result, "request-ack")))
        .containsExactly("2025-11-01..2025-12-01 1/1/0 50 false");
    assertThat(Logs.rejected(result)).isEmpty();
  }

  @Test
  void reportsAServiceLevelItCannotMeasure() throws IOException {
    Agreement agreement = agreementWith(
        io.github.slaframework.core.ServiceLevel.builder().id("vague")
            .metric(ServiceMetric.FAULT_REPAIR_TIME).obligatedParty("council").build());
    MeasurementResult result = measure(agreement, MeasureRange.ALL,
        jsonl("x", lines("INCIDENT i1 2025-11-03T12:00Z")));

    assertThat(level(result, "vague").problem()).contains("no objective");
    assertThat(level(result, "vague").windows()).isEmpty();
  }

  @Test
  void measuresNothingFromAnEmptyLog() throws IOException {
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("empty", ""));

    assertThat(result.serviceLevels()).allSatisfy(l -> assertThat(l.windows()).isEmpty());
    assertThat(result.eventCount()).isZero();
    assertThat(result.anyWindowMissed()).isFalse();
  }

  @Test
  void keepsOnlyTheLongestBreachesLongestFirst() throws IOException {
    StringBuilder log = new StringBuilder();
    for (int i = 1; i <= 8; i++) {
      log.append(lines("FAULT_REPORTED f" + i + " 2025-11-01T0" + i + ":00Z camera=c" + i));
    }
    for (int i = 1; i <= 8; i++) {
      log.append(lines("FAULT_FIXED x" + i + " 2025-11-2" + i + "T00:00Z ref=f" + (9 - i)));
    }
    MeasurementResult result = measure(standardAgreement(), MeasureRange.ALL,
        jsonl("many", log.toString()));

    List<Breach> worst = level(result, "fault-repair").windows().get(0).worstBreaches();
    assertThat(worst).extracting(Breach::id).containsExactly("f1", "f2", "f3", "f4", "f5");
    assertThat(worst.get(0).opened()).isEqualTo(Instant.parse("2025-11-01T01:00:00Z"));
    assertThat(worst.get(0).closed()).isEqualTo(Optional.of(
        Instant.parse("2025-11-28T00:00:00Z")));
  }
}
