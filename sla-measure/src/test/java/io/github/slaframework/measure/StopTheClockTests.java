package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.measure.Logs.rejected;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 section 5, "Stop the clock": one test per rule, the figures worked out by hand in
 * the comments (London: BST until 01:00Z on 26 October 2025, GMT after).
 */
class StopTheClockTests {

  private static final MeasureRange OCTOBER =
      MeasureRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1));

  private static ServiceLevel turnaround(String threshold) {
    return duration("turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, threshold, 100);
  }

  private static String first(MeasurementResult result, String level) {
    return counts(level(result, level).windows().get(0));
  }

  private static String counts(WindowResult w) {
    return w.met() + "/" + w.missed() + "/" + w.pending();
  }

  private static MeasurementResult run(Agreement agreement, MeasureRange range, String... events)
      throws IOException {
    return measure(agreement, range, jsonl("e.jsonl", lines(events)));
  }

  @Test
  void movesTheDeadlineLaterByTheStoppedDuration() throws IOException {
    // PT10H from 08:00Z is 18:00Z; stopped 10:00 to 14:00 (4 h): due 22:00Z. r1 delivered at
    // 21:00 and r3 at 22:00 exactly meet it (both would miss without the stop); r2 at 22:30
    // misses.
    MeasurementResult result = run(agreementWith(turnaround("PT10H")), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T08:00Z",
        "FOOTAGE_REQUESTED r3 2025-10-01T08:00Z",
        "CLOCK_STOPPED s1 2025-10-01T10:00Z ref=r1",
        "CLOCK_STOPPED s2 2025-10-01T10:00Z ref=r2",
        "CLOCK_STOPPED s3 2025-10-01T10:00Z ref=r3",
        "CLOCK_RESTARTED g1 2025-10-01T14:00Z ref=r1",
        "CLOCK_RESTARTED g2 2025-10-01T14:00Z ref=r2",
        "CLOCK_RESTARTED g3 2025-10-01T14:00Z ref=r3",
        "FOOTAGE_DELIVERED d1 2025-10-01T21:00Z ref=r1",
        "FOOTAGE_DELIVERED d3 2025-10-01T22:00Z ref=r3",
        "FOOTAGE_DELIVERED d2 2025-10-01T22:30Z ref=r2");

    assertThat(first(result, "turnaround")).isEqualTo("2/1/0");
    assertThat(rejected(result)).isEmpty();
  }

  @Test
  void stopsEveryOpenItemOfTheOpening() throws IOException {
    // r1 at 08:00Z, stopped 08:30 to 10:30 (2 h). Acknowledgement PT1H: due 09:00 + 2 h = 11:00,
    // acknowledged 10:45: met. Turnaround PT10H: due 18:00 + 2 h = 20:00, delivered 19:30: met.
    MeasurementResult result = run(agreementWith(turnaround("PT10H"),
        duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT1H", 100)), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "CLOCK_STOPPED s1 2025-10-01T08:30Z ref=r1",
        "CLOCK_RESTARTED g1 2025-10-01T10:30Z ref=r1",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T10:45Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-10-01T19:30Z ref=r1");

    assertThat(first(result, "turnaround")).isEqualTo("1/0/0");
    assertThat(first(result, "ack")).isEqualTo("1/0/0");
  }

  @Test
  void stopsFaultsAndLiveRequestsButNotCameraAvailability() throws IOException {
    // Fault f1 on the only camera 10 October 00:00Z to 11 October 00:00Z (24 h), clock stopped
    // 06:00 to 18:00: repair PT12H due 12:00 + 12 h = 11 October 00:00Z, fixed then: met.
    // Availability ignores the stop: October in London is 745 h (the 26th has 25), down 24 h:
    // 100 × 721 / 745 = 96.778...
    // Live request l1 at 10 October 12:00Z, PT5M; stopped 12:01 to 12:11: due 12:15, started
    // 12:14: met.
    Agreement agreement = agreementWith(
        duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "PT12H", 100),
        duration("live", ServiceMetric.LIVE_INCIDENT_RESPONSE, "PT5M", 100),
        availability("availability", "99.0", 1));
    MeasurementResult result = run(agreement, OCTOBER,
        "FAULT_REPORTED f1 2025-10-10T00:00Z camera=cam-1",
        "CLOCK_STOPPED s1 2025-10-10T06:00Z ref=f1",
        "LIVE_SUPPORT_REQUESTED l1 2025-10-10T12:00Z",
        "CLOCK_STOPPED s2 2025-10-10T12:01Z ref=l1",
        "CLOCK_RESTARTED g2 2025-10-10T12:11Z ref=l1",
        "LIVE_SUPPORT_STARTED t1 2025-10-10T12:14Z ref=l1",
        "CLOCK_RESTARTED g1 2025-10-10T18:00Z ref=f1",
        "FAULT_FIXED x1 2025-10-11T00:00Z ref=f1");

    assertThat(first(result, "repair")).isEqualTo("1/0/0");
    assertThat(first(result, "live")).isEqualTo("1/0/0");
    BigDecimal availability =
        level(result, "availability").windows().get(0).attainment().orElseThrow();
    assertThat(availability.toPlainString()).startsWith("96.77");
  }

  @Test
  void rejectsARestartWithoutAStopAndAStopWhileStopped() throws IOException {
    MeasurementResult result = run(agreementWith(turnaround("PT10H")), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "CLOCK_RESTARTED g0 2025-10-01T09:00Z ref=r1",
        "CLOCK_STOPPED s1 2025-10-01T10:00Z ref=r1",
        "CLOCK_STOPPED s2 2025-10-01T11:00Z ref=r1",
        "CLOCK_RESTARTED g1 2025-10-01T12:00Z ref=r1",
        "CLOCK_RESTARTED g2 2025-10-01T13:00Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-10-01T19:30Z ref=r1");

    assertThat(rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::code,
        Logs.Rejected::path).containsExactly(
            tuple(2L, "EVENT_UNMATCHED", "/ref"),
            tuple(4L, "EVENT_REPEATED", "/ref"),
            tuple(6L, "EVENT_UNMATCHED", "/ref"));
    // Only the stop 10:00 to 12:00 counts: due 20:00, delivered 19:30.
    assertThat(first(result, "turnaround")).isEqualTo("1/0/0");
  }

  @Test
  void rejectsAStopOrRestartOfARequestWithNoOpenItem() throws IOException {
    // r1's two items are both closed by the delivery; r2 never existed; the restart of f1 comes
    // after the fix closed it while stopped.
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "FOOTAGE_DELIVERED d1 2025-10-01T09:00Z ref=r1",
        "CLOCK_STOPPED s1 2025-10-01T10:00Z ref=r1",
        "CLOCK_STOPPED s2 2025-10-01T10:00Z ref=r2",
        "FAULT_REPORTED f1 2025-10-01T11:00Z camera=c",
        "CLOCK_STOPPED s3 2025-10-01T12:00Z ref=f1",
        "FAULT_FIXED x1 2025-10-01T13:00Z ref=f1",
        "CLOCK_RESTARTED g3 2025-10-01T14:00Z ref=f1")
        + "{\"type\":\"CLOCK_STOPPED\",\"id\":\"s4\",\"at\":\"2025-10-01T15:00Z\"}\n";
    MeasurementResult result =
        measure(agreementWith(turnaround("PT10H")), OCTOBER, jsonl("e.jsonl", log));

    assertThat(rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::code,
        Logs.Rejected::path).containsExactly(
            tuple(3L, "EVENT_UNMATCHED", "/ref"),
            tuple(4L, "EVENT_UNMATCHED", "/ref"),
            tuple(8L, "EVENT_UNMATCHED", "/ref"),
            tuple(9L, "REQUIRED", "/ref"));
  }

  @Test
  void endsTheStopOnlyForTheItemAClosingClosesWhileStopped() throws IOException {
    // r1 at 08:00Z, stopped from 09:00. Acknowledged at 12:00 while stopped: 3 h stopped, due
    // 10:00 + 3 h = 13:00: met (12:00 would miss PT2H without the stop). The turnaround item
    // stays stopped until the restart at 14:00: 5 h, due 18:00 + 5 h = 23:00, delivered 22:30:
    // met (had the acknowledgement ended its stop too, it would be due 21:00 and miss).
    MeasurementResult result = run(agreementWith(turnaround("PT10H"),
        duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT2H", 100)), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "CLOCK_STOPPED s1 2025-10-01T09:00Z ref=r1",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T12:00Z ref=r1",
        "CLOCK_RESTARTED g1 2025-10-01T14:00Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-10-01T22:30Z ref=r1");

    assertThat(first(result, "ack")).isEqualTo("1/0/0");
    assertThat(first(result, "turnaround")).isEqualTo("1/0/0");
    assertThat(rejected(result)).isEmpty();
  }

  @Test
  void keepsAnItemStoppedAfterItsDeadlineMissedAndOneStoppedBeforeItPending()
      throws IOException {
    // PT10H from 1 October 08:00Z: due 18:00Z. r1 stopped at 19:00 (deadline passed): missed at
    // the range end though still stopped. r2 stopped at 17:00 and r3 exactly at 18:00 (not yet
    // passed): pending.
    MeasurementResult result = run(agreementWith(turnaround("PT10H")), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-01T08:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-01T08:00Z",
        "FOOTAGE_REQUESTED r3 2025-10-01T08:00Z",
        "CLOCK_STOPPED s2 2025-10-01T17:00Z ref=r2",
        "CLOCK_STOPPED s3 2025-10-01T18:00Z ref=r3",
        "CLOCK_STOPPED s1 2025-10-01T19:00Z ref=r1");

    assertThat(first(result, "turnaround")).isEqualTo("0/1/2");
    assertThat(level(result, "turnaround").windows().get(0).worstBreaches())
        .extracting(Breach::id).containsExactly("r1");
  }

  @Test
  void countsAStopAcrossAWindowEdgeInTheOpeningsWindow() throws IOException {
    // r1 opened 31 October 20:00Z (GMT, October), PT10H: due 1 November 06:00Z; stopped 22:00 to
    // 03:00 (5 h): due 11:00; delivered 10:00: met, in October. November has no item.
    MeasurementResult result = run(agreementWith(turnaround("PT10H")), MeasureRange.ALL,
        "FOOTAGE_REQUESTED r1 2025-10-31T20:00Z",
        "CLOCK_STOPPED s1 2025-10-31T22:00Z ref=r1",
        "CLOCK_RESTARTED g1 2025-11-01T03:00Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-11-01T10:00Z ref=r1");

    assertThat(level(result, "turnaround").windows()).extracting(StopTheClockTests::counts)
        .containsExactly("1/0/0", "0/0/0");
  }

  @Test
  void countsOnlyTheStoppedTimeBeforeAnExplicitRangeEnd() throws IOException {
    // --to 2025-11-01 ends the range at 1 November 00:00Z. r1 (31 October 12:00Z, due 22:00Z)
    // runs until the end: missed there; its stop after the end (01:00 to 20:00) must not move
    // the deadline past the end. r2 (same opening) is stopped from 20:00 to 05:00 and delivered
    // after the end: 4 h stopped before the end, due 1 November 02:00Z: pending at the end.
    MeasurementResult result = run(agreementWith(turnaround("PT10H")), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-31T12:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-31T12:00Z",
        "CLOCK_STOPPED s2 2025-10-31T20:00Z ref=r2",
        "CLOCK_STOPPED s1 2025-11-01T01:00Z ref=r1",
        "CLOCK_RESTARTED g2 2025-11-01T05:00Z ref=r2",
        "FOOTAGE_DELIVERED d2 2025-11-01T06:00Z ref=r2",
        "CLOCK_RESTARTED g1 2025-11-01T20:00Z ref=r1",
        "FOOTAGE_DELIVERED d1 2025-11-01T21:00Z ref=r1");

    assertThat(first(result, "turnaround")).isEqualTo("0/1/1");
  }

  @Test
  void movesTheDeadlineByInstantsAcrossTheAutumnClockChange() throws IOException {
    // P1D is calendar time: r1 at 25 October 10:00 BST (09:00Z) is due 26 October 10:00 GMT
    // (10:00Z). Stopped from 00:00 BST (25 October 23:00Z) to 03:00 GMT (26 October 03:00Z):
    // 3 h on the wall clock but 4 h of instants, so due 14:00Z. r1 delivered 13:30Z: met (it
    // would miss with 3 h); r2 delivered 14:30Z: missed.
    MeasurementResult result = run(agreementWith(turnaround("P1D")), OCTOBER,
        "FOOTAGE_REQUESTED r1 2025-10-25T09:00Z",
        "FOOTAGE_REQUESTED r2 2025-10-25T09:00Z",
        "CLOCK_STOPPED s1 2025-10-25T23:00Z ref=r1",
        "CLOCK_STOPPED s2 2025-10-25T23:00Z ref=r2",
        "CLOCK_RESTARTED g1 2025-10-26T03:00Z ref=r1",
        "CLOCK_RESTARTED g2 2025-10-26T03:00Z ref=r2",
        "FOOTAGE_DELIVERED d1 2025-10-26T13:30Z ref=r1",
        "FOOTAGE_DELIVERED d2 2025-10-26T14:30Z ref=r2");

    assertThat(first(result, "turnaround")).isEqualTo("1/1/0");
  }

  @Test
  void readsClockEventsFromCsv() throws IOException {
    String csv = "type,id,at,ref\n"
        + "FOOTAGE_REQUESTED,r1,2025-10-01T08:00Z,\n"
        + "CLOCK_STOPPED,s1,2025-10-01T10:00Z,r1\n"
        + "CLOCK_RESTARTED,g1,2025-10-01T14:00Z,r1\n"
        + "FOOTAGE_DELIVERED,d1,2025-10-01T21:00Z,r1\n";
    MeasurementResult result =
        measure(agreementWith(turnaround("PT10H")), OCTOBER, Logs.csv("e.csv", csv));

    assertThat(first(result, "turnaround")).isEqualTo("1/0/0");
  }
}
