package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCommandTests {

  private static final String AGREEMENT = ExampleFiles.METROPOLITAN_COUNCIL.toString();
  private static final String YEAR = ExampleFiles.METROPOLITAN_YEAR_LOG.toString();
  private static final String QUARTER = ExampleFiles.METROPOLITAN_QUARTER_LOG.toString();

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  /** Runs {@code sla measure ARGS...}. */
  static Run measure(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 1];
    all[0] = "measure";
    System.arraycopy(args, 0, all, 1, args.length);
    int exit = Sla.run(new PrintWriter(out, true), new PrintWriter(err, true), false, all);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsATablePerServiceLevelAndExitsOneWhenAWindowWasMissed() {
    Run run = measure(AGREEMENT, YEAR);

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    Golden.assertMatches("measure-metropolitan.txt", run.out());
    assertThat(run.err()).isEmpty();
  }

  @Test
  void printsTheJsonReportOverARange() {
    Run run = measure(AGREEMENT, QUARTER, "--from", "2025-04-01", "--to", "2025-07-01",
        "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    Golden.assertMatches("measure-metropolitan-q1.json", run.out());
    assertThat(run.err()).isEqualTo("sla measure: 1 line rejected (listed in the report)\n");
  }

  @Test
  void exitsThreeWhenNoServiceLevelCanBeMeasured() throws IOException {
    // The minimal example has no service level: the report is printed, and nothing was measured.
    Path events = Files.writeString(tmp.resolve("events.jsonl"), "");
    Run run = measure(ExampleFiles.EXAMPLES.resolve("minimal.json").toString(), events.toString(),
        "--format", "json");

    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).startsWith("{");
  }

  @Test
  void refusesDatesBeyondTheMeasuredHorizonAsAUsageError() {
    Run run = measure(AGREEMENT, QUARTER, "--to", "2300-01-01");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--from and --to must lie between 1900-01-01 and 2201-01-01");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void exitsZeroWhenNoWindowWasMissed() {
    // April 2025 to the end of May: camera availability and the other levels were all met.
    Run run = measure(AGREEMENT, QUARTER, "--from", "2025-05-01", "--to", "2025-06-01");

    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("May 2025").doesNotContain("MISSED");
  }

  @Test
  void writesAnHtmlReportToAFile() throws IOException {
    Path report = tmp.resolve("report.html");
    Run run = measure(AGREEMENT, YEAR, "--format", "html", "-o", report.toString());

    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").contains("<svg ");
  }

  @Test
  void exitsTwoWithoutAStackTraceWhenAnEventLogIsMissing() {
    Run run = measure(AGREEMENT, tmp.resolve("nope.jsonl").toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).startsWith("sla measure: no such file: ").doesNotContain("\tat ");
  }

  @Test
  void exitsTwoOnAUsageError() {
    assertThat(measure(AGREEMENT).exit()).isEqualTo(2);
    Run badDate = measure(AGREEMENT, YEAR, "--from", "2025-13-01");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("expected a date as YYYY-MM-DD, got '2025-13-01'")
        .contains("Try 'sla measure --help'");
    Run backwards = measure(AGREEMENT, YEAR, "--from", "2025-06-01", "--to", "2025-05-01");
    assertThat(backwards.exit()).isEqualTo(2);
    assertThat(backwards.err()).startsWith("sla: --to 2025-05-01 is before --from 2025-06-01");
  }

  @Test
  void exitsOneWhenTheAgreementCannotBeRead() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{ \"formatVersion\": ");

    Run run = measure(bad.toString(), YEAR);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cannot be read as an agreement");
  }

  @Test
  void reportsEveryServiceLevelPerRequesterWithByRequester() throws IOException {
    // r1 (force-a) and r2 (no requester), each acknowledged after 30 min and delivered after a
    // day: every duration level lists force-a, then null, with one met item each.
    Path events = Files.writeString(tmp.resolve("events.jsonl"), String.join("\n",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-10-01T10:00:00Z\","
            + "\"requester\":\"force-a\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r2\",\"at\":\"2025-10-01T10:00:00Z\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a1\",\"at\":\"2025-10-01T10:30:00Z\","
            + "\"ref\":\"r1\"}",
        "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a2\",\"at\":\"2025-10-01T10:30:00Z\","
            + "\"ref\":\"r2\"}",
        "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d1\",\"at\":\"2025-10-02T10:00:00Z\","
            + "\"ref\":\"r1\"}",
        "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d2\",\"at\":\"2025-10-02T10:00:00Z\","
            + "\"ref\":\"r2\",\"outcome\":\"NO_FOOTAGE\"}", ""));

    Run run = measure(AGREEMENT, events.toString(), "--by", "requester", "--format", "json");
    String json = run.out().replaceAll("\\s+", "");

    assertThat(run.err()).isEmpty();
    assertThat(json.split("\"byRequester\"", -1)).hasSize(6);
    assertThat(json).contains("\"byRequester\":[{\"requester\":\"force-a\",\"windows\":[{"
        + "\"start\":\"2025-10-01\",\"end\":\"2025-11-01\",\"met\":1,\"missed\":0,"
        + "\"pending\":0,\"attainment\":100,\"target\":100,\"levelMet\":true,"
        + "\"outcomes\":{\"DELIVERED\":1}}]},{\"requester\":null,\"windows\":[{"
        + "\"start\":\"2025-10-01\",\"end\":\"2025-11-01\",\"met\":1,\"missed\":0,"
        + "\"pending\":0,\"attainment\":100,\"target\":100,\"levelMet\":true,"
        + "\"outcomes\":{\"NO_FOOTAGE\":1}}]}]");
    assertThat(measure(AGREEMENT, events.toString()).out()).doesNotContain("requester");
    assertThat(measure(AGREEMENT, events.toString(), "--by", "force").exit()).isEqualTo(2);
  }
}
