package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 section 5, per requester ({@code sla measure --by requester}), with the figures
 * worked out by hand in the comments.
 */
class ByRequesterTests {

  private static final Agreement AGREEMENT = agreementWith(
      duration("turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100),
      duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 100),
      duration("repair", ServiceMetric.FAULT_REPAIR_TIME, "P5D", 100),
      availability("availability", "99.0", 10));

  /**
   * October: r1 (police-b) acknowledged after 30 min, delivered after 1 day: met, met. r2
   * (police-a) acknowledged after 6 h, delivered after 10 days: missed, missed; its delivery
   * names another requester, which does not matter (an item's requester is its opening's). r3
   * (no requester) met, met. r4 (police-a) and r5 (police-d) withdrawn after 1 day: their two
   * items count neither way but are items. Fault f1 (police-b) fixed after 1 day: met. November
   * holds one incident, so every level has two windows.
   */
  private static final String[] EVENTS = {
    "FOOTAGE_REQUESTED r1 2025-10-01T10:00Z requester=police-b",
    "REQUEST_ACKNOWLEDGED a1 2025-10-01T10:30Z ref=r1",
    "FOOTAGE_REQUESTED r2 2025-10-02T10:00Z requester=police-a",
    "REQUEST_ACKNOWLEDGED a2 2025-10-02T16:00Z ref=r2",
    "FOOTAGE_DELIVERED d1 2025-10-02T10:00Z ref=r1",
    "FOOTAGE_REQUESTED r3 2025-10-03T10:00Z",
    "REQUEST_ACKNOWLEDGED a3 2025-10-03T10:10Z ref=r3",
    "FOOTAGE_DELIVERED d3 2025-10-04T10:00Z ref=r3",
    "FOOTAGE_REQUESTED r4 2025-10-04T10:00Z requester=police-a",
    "FOOTAGE_REQUESTED r5 2025-10-05T10:00Z requester=police-d",
    "FOOTAGE_DELIVERED d4 2025-10-05T10:00Z ref=r4 outcome=WITHDRAWN",
    "FOOTAGE_DELIVERED d5 2025-10-06T10:00Z ref=r5 outcome=WITHDRAWN",
    "FAULT_REPORTED f1 2025-10-06T10:00Z camera=c1 requester=police-b",
    "FAULT_FIXED x1 2025-10-07T10:00Z ref=f1",
    "FOOTAGE_DELIVERED d2 2025-10-12T10:00Z ref=r2 requester=police-b",
    "INCIDENT i1 2025-11-03T10:00Z",
  };

  private static MeasurementResult measure(ServiceLevelMeter meter) throws IOException {
    List<String> sorted = new ArrayList<>(List.of(EVENTS));
    sorted.sort(java.util.Comparator.comparing(l -> l.split(" ")[2]));
    return meter.measure(List.of(jsonl("e.jsonl", lines(sorted.toArray(new String[0])))),
        MeasureRange.ALL);
  }

  private static List<String> requesters(ServiceLevelResult level) {
    return level.byRequester().orElseThrow().stream()
        .map(r -> r.requester().orElse("null") + " " + r.windows().stream()
            .map(w -> w.met() + "/" + w.missed() + "/" + w.pending() + " "
                + w.attainment().map(BigDecimal::toPlainString).orElse("-"))
            .toList())
        .toList();
  }

  @Test
  void measuresEveryLevelPerRequesterInAFixedOrder() throws IOException {
    MeasurementResult result = measure(ServiceLevelMeter.of(AGREEMENT).byRequester());

    assertThat(requesters(level(result, "turnaround"))).containsExactly(
        "police-a [0/1/0 0, 0/0/0 -]",
        "police-b [1/0/0 100, 0/0/0 -]",
        "police-d [0/0/0 -, 0/0/0 -]",
        "null [1/0/0 100, 0/0/0 -]");
    assertThat(requesters(level(result, "ack"))).containsExactly(
        "police-a [0/1/0 0, 0/0/0 -]",
        "police-b [1/0/0 100, 0/0/0 -]",
        "police-d [0/0/0 -, 0/0/0 -]",
        "null [1/0/0 100, 0/0/0 -]");
    assertThat(requesters(level(result, "repair"))).containsExactly(
        "police-b [1/0/0 100, 0/0/0 -]");
    assertThat(level(result, "availability").byRequester()).contains(List.of());
    RequesterResult policeA = level(result, "turnaround").byRequester().orElseThrow().get(0);
    assertThat(policeA.windows().get(0).outcomes()).containsExactly(
        Map.entry(Outcome.DELIVERED, 1L), Map.entry(Outcome.WITHDRAWN, 1L));
    // The overall figures are those of a measurement without --by requester.
    MeasurementResult plain = measure(ServiceLevelMeter.of(AGREEMENT));
    for (int i = 0; i < plain.serviceLevels().size(); i++) {
      assertThat(result.serviceLevels().get(i).windows())
          .isEqualTo(plain.serviceLevels().get(i).windows());
      assertThat(plain.serviceLevels().get(i).byRequester()).isEmpty();
    }
  }

  @Test
  void printsByRequesterInEveryFormat() throws IOException {
    MeasurementResult result = measure(ServiceLevelMeter.of(AGREEMENT).byRequester());

    String json = MeasurementReports.toString(result, ReportFormat.JSON, "t")
        .replaceAll("\\s+", "");
    assertThat(json).contains("\"byRequester\":[{\"requester\":\"police-a\",\"windows\":[{"
        + "\"start\":\"2025-10-01\",\"end\":\"2025-11-01\",\"met\":0,\"missed\":1,\"pending\":0,"
        + "\"attainment\":0,\"target\":100,\"levelMet\":false,"
        + "\"outcomes\":{\"DELIVERED\":1,\"WITHDRAWN\":1}");
    assertThat(json).contains("{\"requester\":null,\"windows\":[");
    assertThat(json).contains("\"id\":\"availability\",\"metric\":\"CAMERA_AVAILABILITY\","
        + "\"windows\":[");
    assertThat(json.split("\"byRequester\"", -1)).hasSize(5);
    assertThat(MeasurementReports.toString(measure(ServiceLevelMeter.of(AGREEMENT)),
        ReportFormat.JSON, "t")).doesNotContain("byRequester");
    assertThat(MeasurementReports.toString(result, ReportFormat.TEXT, "t"))
        .contains("  requester police-a\n    window ", "  requester (no requester)\n");
    assertThat(MeasurementReports.toString(result, ReportFormat.MARKDOWN, "t"))
        .contains("\n### Requester: police-a\n\n| Window |");
    assertThat(MeasurementReports.toString(result, ReportFormat.HTML, "t"))
        .contains("<h3>Requester: police-d</h3>");
  }

  @Test
  void escapesRequestersInEveryReport() throws IOException {
    MeasurementResult result = ServiceLevelMeter.of(AGREEMENT).byRequester().measure(List.of(
        jsonl("e.jsonl", lines("FOOTAGE_REQUESTED r1 2025-10-01T10:00Z requester=<b>x|y</b>"))),
        MeasureRange.ALL);

    assertThat(level(result, "turnaround").byRequester().orElseThrow())
        .extracting(RequesterResult::requester).containsExactly(Optional.of("<b>x|y</b>"));
    assertThat(MeasurementReports.toString(result, ReportFormat.HTML, "t"))
        .contains("<h3>Requester: &lt;b&gt;x|y&lt;/b&gt;</h3>").doesNotContain("<b>x");
    assertThat(MeasurementReports.toString(result, ReportFormat.MARKDOWN, "t"))
        .doesNotContain("x|y").doesNotContain("<b>");
  }

  @Test
  void leavesTheFiguresPerRequesterOutPastTheWindowLimit() throws IOException {
    // 6,000 requesters, one request each, in a level of 12 monthly windows: 72,000 windows
    // per requester, more than the 50,000 allowed.
    StringBuilder log = new StringBuilder();
    for (int i = 0; i < 6000; i++) {
      log.append(lines(String.format("FOOTAGE_REQUESTED r%d 2025-%02d-01T10:00Z requester=p%d",
          i, 1 + i / 500, i)));
    }
    MeasurementResult result = ServiceLevelMeter.of(agreementWith(
        duration("turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND, "P7D", 100)))
        .byRequester().measure(List.of(jsonl("e.jsonl", log.toString())), MeasureRange.ALL);

    assertThat(level(result, "turnaround").byRequester()).isEmpty();
    assertThat(level(result, "turnaround").windows()).hasSize(12);
    assertThat(result.warnings()).extracting(MeasurementWarning::code)
        .containsExactly(MeasurementWarning.LIMIT);
  }
}
