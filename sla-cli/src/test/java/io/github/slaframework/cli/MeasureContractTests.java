package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sla measure --format json} against format 1.0 section 6, black box: a small hand-written
 * log for the example agreement (five service levels, 12 cameras) and the whole report written
 * out by hand.
 */
class MeasureContractTests {

  private static final String AGREEMENT = ExampleFiles.METROPOLITAN_COUNCIL.toString();

  /** Type, id, at, ref, priority, camera; line 8 has an unknown type. */
  private static final String[][] EVENTS = {
    {"INCIDENT", "i1", "2025-09-30T23:30:00Z", "", "", ""},
    {"LIVE_SUPPORT_REQUESTED", "l1", "2025-10-10T20:00:00Z", "", "URGENT", ""},
    {"LIVE_SUPPORT_STARTED", "s1", "2025-10-10T20:04:00Z", "l1", "", ""},
    {"LIVE_SUPPORT_REQUESTED", "l2", "2025-10-11T20:00:00Z", "", "", ""},
    {"LIVE_SUPPORT_STARTED", "s2", "2025-10-11T20:30:00Z", "l2", "", ""},
    {"FOOTAGE_REQUESTED", "r1", "2025-10-21T10:00:00+01:00", "", "URGENT", ""},
    {"REQUEST_ACKNOWLEDGED", "a1", "2025-10-21T12:00:00Z", "r1", "", ""},
    {"CAMERA_RELOCATED", "z1", "2025-10-22T12:00:00Z", "", "", ""},
    {"FOOTAGE_REQUESTED", "r2", "2025-10-26T00:45:00+01:00", "", "", ""},
    {"REQUEST_ACKNOWLEDGED", "a2", "2025-10-26T03:50:00Z", "r2", "", ""},
    {"FOOTAGE_DELIVERED", "d1", "2025-10-28T09:30:00Z", "r1", "", ""},
    {"FAULT_REPORTED", "f1", "2025-10-30T16:00:00Z", "", "", "cam-007"},
    {"FAULT_FIXED", "x1", "2025-11-05T11:00:00Z", "f1", "", "cam-007"},
    {"FOOTAGE_REQUESTED", "r3", "2025-11-10T10:00:00Z", "", "", ""},
    {"REQUEST_ACKNOWLEDGED", "a3", "2025-11-10T11:00:00Z", "r3", "", ""},
    {"FOOTAGE_DELIVERED", "d3", "2025-11-12T10:00:00Z", "r3", "", ""},
    {"ARREST_ASSISTED", "x9", "2025-11-15T12:00:00Z", "", "", ""},
  };

  private static final String[] COLUMNS = {"type", "id", "at", "ref", "priority", "camera"};

  @TempDir Path tmp;

  private static String jsonLine(String[] e) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < COLUMNS.length; i++) {
      if (!e[i].isEmpty()) {
        b.append(b.length() > 1 ? "," : "").append('"').append(COLUMNS[i]).append("\":\"")
            .append(e[i]).append('"');
      }
    }
    return b.append("}\n").toString();
  }

  private Path jsonl(String name, List<String[]> events) throws IOException {
    StringBuilder b = new StringBuilder();
    events.forEach(e -> b.append(jsonLine(e)));
    return Files.writeString(tmp.resolve(name), b);
  }

  private Path csv(String name, List<String[]> events) throws IOException {
    StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    events.forEach(e -> b.append(String.join(",", e)).append('\n'));
    return Files.writeString(tmp.resolve(name), b);
  }

  private static String window(String start, String end, int met, int missed, int pending,
      String attainment, String target, String levelMet, String... breaches) {
    String w = "        {\n"
        + "          \"start\": \"" + start + "\",\n"
        + "          \"end\": \"" + end + "\",\n"
        + "          \"met\": " + met + ",\n"
        + "          \"missed\": " + missed + ",\n"
        + "          \"pending\": " + pending + ",\n"
        + "          \"attainment\": " + attainment + ",\n"
        + "          \"target\": " + target + ",\n"
        + "          \"levelMet\": " + levelMet;
    if (breaches.length == 0) {
      return w + "\n        }";
    }
    return w + ",\n          \"worstBreaches\": [\n" + String.join(",\n", breaches)
        + "\n          ]\n        }";
  }

  /**
   * A turnaround window with its outcomes (format 1.1): {@code delivered} items closed as
   * DELIVERED, or none, after {@code levelMet}.
   */
  private static String delivered(String window, int delivered) {
    String member = delivered == 0 ? "\"outcomes\": {}"
        : "\"outcomes\": {\n            \"DELIVERED\": " + delivered + "\n          }";
    int at = window.indexOf("\"levelMet\": ");
    int end = window.indexOf('\n', at);
    String line = window.substring(at, end);
    String replaced = line.endsWith(",")
        ? line + "\n          " + member + ","
        : line + ",\n          " + member;
    return window.substring(0, at) + replaced + window.substring(end);
  }

  private static String breach(String id, String closedBy, String opened, String closed,
      String duration) {
    return "            {\n"
        + "              \"id\": \"" + id + "\",\n"
        + (closedBy == null ? "" : "              \"closedBy\": \"" + closedBy + "\",\n")
        + "              \"opened\": \"" + opened + "\",\n"
        + (closed == null ? "" : "              \"closed\": \"" + closed + "\",\n")
        + "              \"duration\": \"" + duration + "\"\n"
        + "            }";
  }

  private static String level(String id, String metric, String... windows) {
    return "    {\n"
        + "      \"id\": \"" + id + "\",\n"
        + "      \"metric\": \"" + metric + "\",\n"
        + "      \"windows\": [\n" + String.join(",\n", windows) + "\n      ]\n    }";
  }

  private static String indicator(String name, int october, int november) {
    return "    {\n"
        + "      \"indicator\": \"" + name + "\",\n"
        + "      \"total\": " + (october + november) + ",\n"
        + "      \"windows\": [\n"
        + "        {\n          \"start\": \"2025-10-01\",\n          \"end\": \"2025-11-01\",\n"
        + "          \"count\": " + october + "\n        },\n"
        + "        {\n          \"start\": \"2025-11-01\",\n          \"end\": \"2025-12-01\",\n"
        + "          \"count\": " + november + "\n        }\n"
        + "      ]\n    }";
  }

  /**
   * The report for October and November 2025, computed by hand.
   *
   * <ul>
   *   <li>evidence-turnaround (P7D, 100%): r1 Tue 21 Oct 10:00 BST is due Tue 28 Oct 10:00 GMT
   *       and delivered 09:30Z: met. r2 (00:45 BST on 26 Oct = 23:45Z on the 25th) is never
   *       delivered; due 2 Nov 00:45Z, before the range end 1 Dec 00:00Z: missed, open for
   *       36 days 15 minutes. November: r3 met. Outcomes (format 1.1): r1 in October and r3 in
   *       November were closed without outcome, so DELIVERED 1 each.
   *   <li>request-ack (PT4H, 95%): r1 2 h met; r2 23:45Z to 03:50Z = 4 h 05 across the clock
   *       change: missed. November: r3 1 h met.
   *   <li>fault-repair (P5D, 90%): f1 30 Oct 16:00Z due 4 Nov 16:00Z, fixed 5 Nov 11:00Z (139 h):
   *       missed in October, the window it was opened in. November has no items: null.
   *   <li>live-response (PT5M, URGENT only): l1 4 minutes, met; l2 has no priority (ROUTINE).
   *   <li>camera-availability (AT_LEAST 99.0, 12 cameras): October (745 h, clocks go back) has
   *       32 h down of 8,940 camera-hours: 99.64; November 107 h of 8,640: 98.76.
   *   <li>indicators: i1 at 23:30Z on 30 September is 00:30 BST on 1 October.
   * </ul>
   */
  private static String expected(String rejectedFile, int rejectedLine, String turnaroundBreach) {
    return "{\n  \"serviceLevels\": [\n"
        + String.join(",\n",
            level("evidence-turnaround", "FOOTAGE_REQUEST_TURNAROUND",
                delivered(window("2025-10-01", "2025-11-01", 1, 1, 0, "50", "100", "false",
                    turnaroundBreach), 1),
                delivered(window("2025-11-01", "2025-12-01", 1, 0, 0, "100", "100", "true"), 1)),
            level("request-ack", "REQUEST_ACKNOWLEDGEMENT",
                window("2025-10-01", "2025-11-01", 1, 1, 0, "50", "95", "false",
                    breach("r2", "a2", "2025-10-25T23:45:00Z", "2025-10-26T03:50:00Z",
                        "PT4H5M")),
                window("2025-11-01", "2025-12-01", 1, 0, 0, "100", "95", "true")),
            level("fault-repair", "FAULT_REPAIR_TIME",
                window("2025-10-01", "2025-11-01", 0, 1, 0, "0", "90", "false",
                    breach("f1", "x1", "2025-10-30T16:00:00Z", "2025-11-05T11:00:00Z",
                        "PT139H")),
                window("2025-11-01", "2025-12-01", 0, 0, 0, "null", "90", "null")),
            level("live-response", "LIVE_INCIDENT_RESPONSE",
                window("2025-10-01", "2025-11-01", 1, 0, 0, "100", "90", "true"),
                window("2025-11-01", "2025-12-01", 0, 0, 0, "null", "90", "null")),
            level("camera-availability", "CAMERA_AVAILABILITY",
                window("2025-10-01", "2025-11-01", 0, 0, 0, "99.64", "99.0", "true"),
                window("2025-11-01", "2025-12-01", 0, 0, 0, "98.76", "99.0", "false")))
        + "\n  ],\n  \"indicators\": [\n"
        + String.join(",\n",
            indicator("INCIDENTS_MONITORED", 1, 0),
            indicator("ARRESTS_ASSISTED", 0, 1),
            indicator("EVIDENCE_PACKAGES", 0, 0),
            indicator("FOOTAGE_REVIEWS", 0, 0))
        + "\n  ],\n  \"rejected\": [\n    {\n"
        + "      \"file\": \"" + rejectedFile.replace("\\", "\\\\") + "\",\n"
        + "      \"line\": " + rejectedLine + ",\n"
        + "      \"reason\": \"unknown type 'CAMERA_RELOCATED'\"\n    }\n  ],\n"
        + "  \"rejectedCount\": 1,\n  \"eventCount\": 16\n}\n";
  }

  private static final String OPEN_TO_DECEMBER =
      breach("r2", null, "2025-10-25T23:45:00Z", null, "PT864H15M");

  @Test
  void printsTheHandComputedSectionSixReportForAJsonLinesLog() throws IOException {
    Path log = jsonl("log.jsonl", List.of(EVENTS));

    MeasureCommandTests.Run run = MeasureCommandTests.measure(AGREEMENT, log.toString(),
        "--from", "2025-10-01", "--to", "2025-12-01", "--format", "json");

    assertThat(run.out()).isEqualTo(expected(log.toString(), 8, OPEN_TO_DECEMBER));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("sla measure: 1 line rejected (listed in the report)\n");
  }

  @Test
  void printsTheSameReportForTheSameLogAsCsv() throws IOException {
    Path log = csv("log.csv", List.of(EVENTS));

    MeasureCommandTests.Run run = MeasureCommandTests.measure(AGREEMENT, log.toString(),
        "--from", "2025-10-01", "--to", "2025-12-01", "--format", "json");

    // The header is line 1, so the bad row is line 9.
    assertThat(run.out()).isEqualTo(expected(log.toString(), 9, OPEN_TO_DECEMBER));
  }

  @Test
  void mergesSeveralLogsByTime() throws IOException {
    // Closing events in the first log, everything else in the second.
    List<String[]> closes = new ArrayList<>();
    List<String[]> rest = new ArrayList<>();
    for (String[] e : EVENTS) {
      (e[3].isEmpty() ? rest : closes).add(e);
    }
    Path first = csv("closes.csv", closes);
    Path second = jsonl("rest.jsonl", rest);

    MeasureCommandTests.Run run = MeasureCommandTests.measure(AGREEMENT, first.toString(),
        second.toString(), "--from", "2025-10-01", "--to", "2025-12-01", "--format", "json");

    // CAMERA_RELOCATED is line 5 of the second log (after i1, l1, l2, r1).
    assertThat(run.out()).isEqualTo(expected(second.toString(), 5, OPEN_TO_DECEMBER));
  }

  @Test
  void defaultsTheRangeToTheFirstEventsWindowAndTheLastEvent() throws IOException {
    // No --from/--to: from 1 October (i1 is 00:30 BST on 1 October) to the last event,
    // 2025-11-15T12:00Z. r2's delivery is open for 20 days 12 h 15 min by then (missed), and
    // November's camera-time is 348 h x 12: 100 x (1 - 107/4176) = 97.437... -> 97.43.
    Path log = jsonl("log.jsonl", List.of(EVENTS));

    MeasureCommandTests.Run run = MeasureCommandTests.measure(AGREEMENT, log.toString(),
        "--format", "json");

    String expected = expected(log.toString(), 8,
        breach("r2", null, "2025-10-25T23:45:00Z", null, "PT492H15M"))
        .replace("\"attainment\": 98.76", "\"attainment\": 97.43");
    assertThat(run.out()).isEqualTo(expected);
  }

  @Test
  void exitsZeroWhenEveryMeasuredWindowMetItsLevelAndEmptyWindowsAreNull() throws IOException {
    // One request, met on both counts, in October; November has no items (null, null), which
    // never counts as a miss. No camera was down: 100 in both months.
    Path log = jsonl("ok.jsonl", List.of(
        new String[] {"FOOTAGE_REQUESTED", "r1", "2025-10-21T10:00:00Z", "", "", ""},
        new String[] {"REQUEST_ACKNOWLEDGED", "a1", "2025-10-21T11:00:00Z", "r1", "", ""},
        new String[] {"FOOTAGE_DELIVERED", "d1", "2025-10-22T11:00:00Z", "r1", "", ""}));

    MeasureCommandTests.Run run = MeasureCommandTests.measure(AGREEMENT, log.toString(),
        "--from", "2025-10-01", "--to", "2025-12-01", "--format", "json");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .contains(delivered(
            window("2025-11-01", "2025-12-01", 0, 0, 0, "null", "100", "null"), 0))
        .contains(window("2025-11-01", "2025-12-01", 0, 0, 0, "100", "99.0", "true"))
        .contains("  \"rejected\": [],\n");
  }
}
