package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.MeasureCommandTests.Run;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sla measure} on a WORKING_DAYS service level (format 1.1 section 5) under each
 * jurisdiction's bank holidays: one small log, three agreements that differ only in their
 * jurisdiction, and the figures worked out by hand.
 */
class MeasureWorkingDaysTests {

  /** A footage turnaround of one working day, every request, per calendar month. */
  private static final String SERVICE_LEVELS = """
        "serviceLevels": [
          {
            "id": "footage-1wd",
            "metric": "FOOTAGE_REQUEST_TURNAROUND",
            "obligatedParty": "council",
            "objective": {"operator": "AT_MOST", "threshold": "P1D", "calendar": "WORKING_DAYS"},
            "attainment": 100,
            "window": {"type": "CALENDAR_MONTH"}
          }
        ],
      """;

  private static final String EVENTS = String.join("\n",
      // Wednesday 31 December 2025: due by the end of Friday 2 January; in Scotland (2 January is
      // a holiday) of Monday 5. Delivered on Monday 5.
      "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-12-31T10:00:00Z\"}",
      "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d1\",\"at\":\"2026-01-05T12:00:00Z\",\"ref\":\"r1\"}",
      // Monday 16 March 2026: due by the end of Tuesday 17; in Northern Ireland (St Patrick's
      // Day) of Wednesday 18. Delivered on Wednesday 18.
      "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r2\",\"at\":\"2026-03-16T10:00:00Z\"}",
      "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d2\",\"at\":\"2026-03-18T09:00:00Z\",\"ref\":\"r2\"}",
      // Thursday 2 April 2026 (Good Friday next): due by the end of Tuesday 7 after Easter Monday;
      // in Scotland, where Easter Monday is a working day, of Monday 6. Delivered on Tuesday 7.
      "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r3\",\"at\":\"2026-04-02T10:00:00Z\"}",
      "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d3\",\"at\":\"2026-04-07T11:00:00Z\",\"ref\":\"r3\"}",
      "");

  @TempDir Path tmp;

  private Path agreement(String jurisdiction) throws IOException {
    String minimal = Files.readString(ExampleFiles.EXAMPLES.resolve("minimal.json"));
    String text = minimal
        .replace("\"jurisdiction\": \"ENGLAND_AND_WALES\"", "\"jurisdiction\": \"" + jurisdiction
            + "\"")
        .replace("  \"sections\": [", SERVICE_LEVELS + "  \"sections\": [");
    assertThat(text).contains(jurisdiction).contains("WORKING_DAYS");
    return Files.writeString(tmp.resolve(jurisdiction + ".json"), text);
  }

  /** The rows of the windows with items, spaces collapsed: "Dec 2025 0 1 0 0.00 100 MISSED". */
  private List<String> rows(String jurisdiction) throws IOException {
    Path events = Files.writeString(tmp.resolve("events.jsonl"), EVENTS);
    Run run = MeasureCommandTests.measure(agreement(jurisdiction).toString(), events.toString(),
        "--from", "2025-12-01", "--to", "2026-05-01");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).doesNotContain("warnings");
    return Arrays.stream(run.out().split("\n"))
        .map(l -> l.trim().replaceAll(" +", " "))
        .filter(l -> l.matches("(Dec|Jan|Feb|Mar|Apr) 202[56] .*") && !l.contains("no items"))
        .toList();
  }

  @Test
  void measuresWorkingDaysInEnglandAndWales() throws IOException {
    assertThat(rows("ENGLAND_AND_WALES")).containsExactly(
        "Dec 2025 0 1 0 0.00 100 MISSED",
        "Mar 2026 0 1 0 0.00 100 MISSED",
        "Apr 2026 1 0 0 100.00 100 met");
  }

  @Test
  void measuresWorkingDaysInScotland() throws IOException {
    assertThat(rows("SCOTLAND")).containsExactly(
        "Dec 2025 1 0 0 100.00 100 met",
        "Mar 2026 0 1 0 0.00 100 MISSED",
        "Apr 2026 0 1 0 0.00 100 MISSED");
  }

  @Test
  void measuresWorkingDaysInNorthernIreland() throws IOException {
    assertThat(rows("NORTHERN_IRELAND")).containsExactly(
        "Dec 2025 0 1 0 0.00 100 MISSED",
        "Mar 2026 1 0 0 100.00 100 met",
        "Apr 2026 1 0 0 100.00 100 met");
  }

  @Test
  void measuresTheOtherServiceLevelsOfAnAgreementWithAWorkingDayThresholdInHours()
      throws IOException {
    // Format 1.1 section 5: WORKING_DAYS with PT36H is not measurable; the agreement's other
    // service levels are measured, and an agreement with errors is still measured.
    String text = Files.readString(agreement("ENGLAND_AND_WALES"))
        .replace("\"serviceLevels\": [\n", "\"serviceLevels\": [\n"
            + "    {\"id\": \"footage-36h\", \"metric\": \"FOOTAGE_REQUEST_TURNAROUND\","
            + " \"obligatedParty\": \"council\", \"objective\": {\"operator\": \"AT_MOST\","
            + " \"threshold\": \"PT36H\", \"calendar\": \"WORKING_DAYS\"},"
            + " \"attainment\": 100, \"window\": {\"type\": \"CALENDAR_MONTH\"}},\n");
    assertThat(text).contains("footage-36h");
    Path file = Files.writeString(tmp.resolve("hours.json"), text);
    Path events = Files.writeString(tmp.resolve("events.jsonl"), EVENTS);

    Run run = MeasureCommandTests.measure(file.toString(), events.toString(),
        "--from", "2025-12-01", "--to", "2026-05-01", "--format", "json");

    assertThat(run.err()).contains("hours.json:").contains("INVALID_VALUE").contains("PT36H");
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("\"code\": \"NOT_MEASURABLE\"")
        .contains("\"serviceLevel\": \"footage-36h\"")
        .contains("\"id\": \"footage-1wd\"");
  }
}
