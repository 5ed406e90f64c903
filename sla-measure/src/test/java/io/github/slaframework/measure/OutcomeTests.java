package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.measure.Logs.rejected;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 section 5: outcomes of footage requests, the {@code THREAT_TO_LIFE} priority and
 * the bad lines they bring, with the figures worked out by hand in the comments.
 */
class OutcomeTests {

  private static final ServiceLevel TURNAROUND =
      duration("turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100);
  private static final ServiceLevel ACK =
      duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 80);

  private static String summary(WindowResult w) {
    return w.met() + "/" + w.missed() + "/" + w.pending() + " "
        + w.attainment().map(BigDecimal::toPlainString).orElse("-") + " "
        + w.levelMet().map(String::valueOf).orElse("-");
  }

  /**
   * Six October requests (London, one window):
   * r1 delivered after 1 day without outcome (DELIVERED): turnaround met; its acknowledgement,
   * still open, is closed by the delivery at the same instant: 24 h, so it misses PT4H.
   * r2 acknowledged after 1 h (met), NO_FOOTAGE after 1 day: met.
   * r3 WITHDRAWN after 15 days, unacknowledged: neither item counts; a later acknowledgement is a
   * second close.
   * r4 acknowledged after 1 h, DECLINED after 9 days: turnaround missed.
   * r5 acknowledged after 30 min, OUTSIDE_RETENTION after 1 day: met.
   * r6 acknowledged after 10 min (met), WITHDRAWN after 1 day: the acknowledgement keeps its
   * result, the turnaround item counts neither way.
   * Turnaround: met r1 r2 r5, missed r4 = 3/1, 75 %. Acknowledgement: met r2 r4 r5 r6, missed r1
   * = 4/1, 80 %.
   */
  private static final String[] OCTOBER = {
    "FOOTAGE_REQUESTED r1 2025-10-01T10:00Z",
    "FOOTAGE_DELIVERED d1 2025-10-02T10:00Z ref=r1",
    "FOOTAGE_REQUESTED r2 2025-10-03T10:00Z",
    "REQUEST_ACKNOWLEDGED a2 2025-10-03T11:00Z ref=r2",
    "FOOTAGE_DELIVERED d2 2025-10-04T10:00Z ref=r2 outcome=NO_FOOTAGE",
    "FOOTAGE_REQUESTED r3 2025-10-05T10:00Z",
    "FOOTAGE_REQUESTED r4 2025-10-06T10:00Z",
    "REQUEST_ACKNOWLEDGED a4 2025-10-06T11:00Z ref=r4",
    "FOOTAGE_REQUESTED r5 2025-10-07T10:00Z",
    "REQUEST_ACKNOWLEDGED a5 2025-10-07T10:30Z ref=r5",
    "FOOTAGE_REQUESTED r6 2025-10-08T10:00Z",
    "FOOTAGE_DELIVERED d5 2025-10-08T10:00Z ref=r5 outcome=OUTSIDE_RETENTION",
    "REQUEST_ACKNOWLEDGED a6 2025-10-08T10:10Z ref=r6",
    "FOOTAGE_DELIVERED d6 2025-10-09T10:00Z ref=r6 outcome=WITHDRAWN",
    "FOOTAGE_DELIVERED d4 2025-10-15T10:00Z ref=r4 outcome=DECLINED",
    "FOOTAGE_DELIVERED d3 2025-10-20T10:00Z ref=r3 outcome=WITHDRAWN",
    "REQUEST_ACKNOWLEDGED a3 2025-10-21T10:00Z ref=r3",
    "INCIDENT i1 2025-10-25T10:00Z",
  };

  @Test
  void countsEachOutcomeAndLeavesWithdrawnItemsOutOfAttainment() throws IOException {
    MeasurementResult result = measure(agreementWith(TURNAROUND, ACK), MeasureRange.ALL,
        jsonl("e.jsonl", lines(OCTOBER)));

    WindowResult turnaround = level(result, "turnaround").windows().get(0);
    assertThat(summary(turnaround)).isEqualTo("3/1/0 75 false");
    assertThat(turnaround.outcomes()).containsExactly(
        Map.entry(Outcome.DELIVERED, 1L), Map.entry(Outcome.NO_FOOTAGE, 1L),
        Map.entry(Outcome.OUTSIDE_RETENTION, 1L), Map.entry(Outcome.DECLINED, 1L),
        Map.entry(Outcome.WITHDRAWN, 2L));
    WindowResult ack = level(result, "ack").windows().get(0);
    assertThat(summary(ack)).isEqualTo("4/1/0 80 true");
    assertThat(ack.outcomes()).isEmpty();
    assertThat(ack.worstBreaches()).singleElement()
        .satisfies(b -> assertThat(b.closedBy()).contains("d1"));
    assertThat(rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::code,
        Logs.Rejected::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(17L, "EVENT_REPEATED", "/ref"));
  }

  @Test
  void printsOutcomesOnEveryTurnaroundWindowInEveryFormat() throws IOException {
    List<String> events = new java.util.ArrayList<>(List.of(OCTOBER));
    events.add("INCIDENT i2 2025-11-03T10:00Z");
    MeasurementResult result = measure(agreementWith(TURNAROUND, ACK), MeasureRange.ALL,
        jsonl("e.jsonl", lines(events.toArray(new String[0]))));

    String json = MeasurementReports.toString(result, ReportFormat.JSON, "t");
    // October has every outcome, in the fixed order; November has none but still the member;
    // the acknowledgement level has no outcomes member at all.
    assertThat(json.replaceAll("\\s+", "")).contains(
        "\"levelMet\":false,\"outcomes\":{\"DELIVERED\":1,\"NO_FOOTAGE\":1,"
            + "\"OUTSIDE_RETENTION\":1,\"DECLINED\":1,\"WITHDRAWN\":2}",
        "\"start\":\"2025-11-01\",\"end\":\"2025-12-01\",\"met\":0,\"missed\":0,\"pending\":0,"
            + "\"attainment\":null,\"target\":100,\"levelMet\":null,\"outcomes\":{}}");
    assertThat(json.split("\"outcomes\"", -1)).hasSize(3);
    assertThat(MeasurementReports.toString(result, ReportFormat.TEXT, "t")).contains(
        "  outcomes Oct 2025: DELIVERED 1, NO_FOOTAGE 1, OUTSIDE_RETENTION 1, DECLINED 1,"
            + " WITHDRAWN 2\n");
    assertThat(MeasurementReports.toString(result, ReportFormat.MARKDOWN, "t")).contains(
        "| Oct 2025 | 3 | 1 | 0 | 75.00 | 100 | **missed** | DELIVERED 1, NO_FOOTAGE 1, "
            + "OUTSIDE_RETENTION 1, DECLINED 1, WITHDRAWN 2 |\n");
    String html = MeasurementReports.toString(result, ReportFormat.HTML, "t");
    assertThat(html).contains("Outcomes per window of turnaround",
        "<title>Oct 2025: WITHDRAWN 2</title>", "<title>Oct 2025: DECLINED 1</title>")
        .doesNotContain("<script", "href=", "src=");
  }

  @Test
  void keepsTheResultOfAnAcknowledgementClosedBeforeTheDelivery() throws IOException {
    // Acknowledged after 5 h (missed PT4H), then withdrawn: the miss stays.
    MeasurementResult result = measure(agreementWith(ACK), MeasureRange.ALL, jsonl("e.jsonl",
        lines("FOOTAGE_REQUESTED r1 2025-10-01T10:00Z",
            "REQUEST_ACKNOWLEDGED a1 2025-10-01T15:00Z ref=r1",
            "FOOTAGE_DELIVERED d1 2025-10-01T16:00Z ref=r1 outcome=WITHDRAWN")));

    assertThat(summary(level(result, "ack").windows().get(0))).isEqualTo("0/1/0 0 false");
  }

  @Test
  void rejectsAnOutcomeOnAnyOtherEventAndAnUnknownOutcome() throws IOException {
    String log = lines("FOOTAGE_REQUESTED r1 2025-10-01T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-01T11:00Z ref=r1 outcome=DELIVERED",
        "INCIDENT i1 2025-10-01T12:00Z outcome=WITHDRAWN")
        + "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d1\",\"at\":\"2025-10-02T10:00Z\","
        + "\"ref\":\"r1\",\"outcome\":\"LOST\"}\n";
    MeasurementResult result = measure(agreementWith(TURNAROUND, ACK), MeasureRange.ALL,
        jsonl("e.jsonl", log));

    assertThat(rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::code,
        Logs.Rejected::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(2L, "INVALID_VALUE", "/outcome"),
            org.assertj.core.groups.Tuple.tuple(3L, "INVALID_VALUE", "/outcome"),
            org.assertj.core.groups.Tuple.tuple(4L, "INVALID_VALUE", "/outcome"));
    // Nothing closed r1: both items pending at the range end (the request itself).
    assertThat(summary(level(result, "ack").windows().get(0))).isEqualTo("0/0/1 - -");
  }

  @Test
  void rejectsAnOutcomeOnAnotherEventPushedFromMemory() {
    MeasurementSession session =
        ServiceLevelMeter.of(agreementWith(TURNAROUND)).session(MeasureRange.ALL);
    session.accept(Logs.event("FOOTAGE_REQUESTED r1 2025-10-01T10:00Z"));

    assertThat(session.accept(Logs.event("INCIDENT i1 2025-10-01T11:00Z outcome=DECLINED")))
        .isFalse();
    assertThat(session.accept(Event.of(EventType.CLOCK_STOPPED, "s1",
        java.time.Instant.parse("2025-10-01T12:00:00Z")))).isFalse();
    assertThat(rejected(session.result())).extracting(Logs.Rejected::code)
        .containsExactly("INVALID_VALUE", "REQUIRED");
  }

  @Test
  void readsOutcomeAndRequesterColumnsFromCsvAsFromJsonLines() throws IOException {
    List<Event> events = List.of(
        Logs.event("FOOTAGE_REQUESTED r1 2025-10-01T10:00Z requester=police,a"),
        Logs.event("FOOTAGE_DELIVERED d1 2025-10-02T10:00Z ref=r1 outcome=NO_FOOTAGE"));
    String csv = EventLogWriter.toCsv(events);

    assertThat(csv).startsWith(EventLogWriter.CSV_HEADER_1_1 + "\n");
    MeasurementResult fromCsv = measure(agreementWith(TURNAROUND), MeasureRange.ALL,
        Logs.csv("e.csv", csv));
    MeasurementResult fromJson = measure(agreementWith(TURNAROUND), MeasureRange.ALL,
        jsonl("e.jsonl", EventLogWriter.toJsonLines(events)));
    assertThat(fromCsv.serviceLevels()).isEqualTo(fromJson.serviceLevels());
    assertThat(level(fromCsv, "turnaround").windows().get(0).outcomes())
        .containsExactly(Map.entry(Outcome.NO_FOOTAGE, 1L));
    assertThat(EventLogWriter.toCsv(List.of(Logs.event("INCIDENT i 2025-10-01T10:00Z"))))
        .startsWith(EventLogWriter.CSV_HEADER + "\n");
  }

  // ---- THREAT_TO_LIFE -----------------------------------------------------------------------

  @Test
  void matchesThreatToLifeExactlyInAppliesTo() throws IOException {
    // r1 THREAT_TO_LIFE delivered after 1 h, r2 URGENT after 5 h, r3 ROUTINE after 2 h; each
    // PT4H level counts only its own priority.
    Agreement agreement = agreementWith(
        only("ttl", Priority.THREAT_TO_LIFE), only("urgent", Priority.URGENT),
        only("routine", Priority.ROUTINE));
    MeasurementResult result = measure(agreement, MeasureRange.ALL, jsonl("e.jsonl", lines(
        "FOOTAGE_REQUESTED r1 2025-10-01T10:00Z priority=THREAT_TO_LIFE",
        "FOOTAGE_REQUESTED r2 2025-10-01T10:00Z priority=URGENT",
        "FOOTAGE_REQUESTED r3 2025-10-01T10:00Z",
        "FOOTAGE_DELIVERED d1 2025-10-01T11:00Z ref=r1",
        "FOOTAGE_DELIVERED d3 2025-10-01T12:00Z ref=r3",
        "FOOTAGE_DELIVERED d2 2025-10-01T15:00Z ref=r2")
        + "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r4\",\"at\":\"2025-10-01T16:00Z\","
        + "\"priority\":\"CRITICAL\"}\n"));

    assertThat(summary(level(result, "ttl").windows().get(0))).isEqualTo("1/0/0 100 true");
    assertThat(summary(level(result, "urgent").windows().get(0))).isEqualTo("0/1/0 0 false");
    assertThat(summary(level(result, "routine").windows().get(0))).isEqualTo("1/0/0 100 true");
    assertThat(rejected(result)).extracting(Logs.Rejected::line, Logs.Rejected::code,
        Logs.Rejected::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple(7L, "INVALID_VALUE", "/priority"));
  }

  private static ServiceLevel only(String id, Priority priority) {
    return ServiceLevel.builder()
        .from(duration(id, ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "PT4H", 100))
        .appliesTo(AppliesTo.priority(priority)).build();
  }
}
