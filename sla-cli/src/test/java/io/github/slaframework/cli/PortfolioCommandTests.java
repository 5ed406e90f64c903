package io.github.slaframework.cli;

import static io.github.slaframework.cli.MeasureCommandTests.measure;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.MeasureCommandTests.Run;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandTests {

  private static final String METROPOLITAN = ExampleFiles.METROPOLITAN_COUNCIL.toString();
  private static final String WELSH = ExampleFiles.EXAMPLES.resolve("welsh-council.json")
      .toString();
  private static final String HOUSING = ExampleFiles.EXAMPLES.resolve("housing-association.json")
      .toString();
  private static final String YEAR = ExampleFiles.METROPOLITAN_YEAR_LOG.toString();
  private static final String QUARTER = ExampleFiles.METROPOLITAN_QUARTER_LOG.toString();

  @TempDir Path tmp;

  /** The examples' portfolio of the docs: the year against one agreement, the quarter against two. */
  private static Run examples(String format) {
    return measure("--agreement", METROPOLITAN, "--events", YEAR,
        "--agreement", WELSH, "--events", QUARTER,
        "--agreement", HOUSING, "--events", QUARTER,
        "--to", "2026-04-01", "--format", format);
  }

  @Test
  void printsTheExamplesPortfolioAsText() {
    Run run = examples("text");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    Golden.assertMatches("portfolio-examples.txt", run.out());
    assertThat(run.err()).isEqualTo(
        "sla measure: 5 lines rejected (measure an agreement alone to list them)\n");
  }

  @Test
  void printsTheExamplesPortfolioAsJsonAndHtml() {
    Run json = examples("json");
    Run html = examples("html");

    Golden.assertMatches("portfolio-examples.json", json.out());
    Golden.assertMatches("portfolio-examples.html", html.out());
  }

  @Test
  void sumsEachMetricAcrossTheAgreements() {
    // Totals computed from the agreements measured one by one, not from the portfolio's code.
    Run portfolio = examples("json");
    long met = 0;
    for (String[] pair : new String[][] {{METROPOLITAN, YEAR}, {WELSH, QUARTER},
        {HOUSING, QUARTER}}) {
      Run alone = measure(pair[0], pair[1], "--to", "2026-04-01", "--format", "json");
      met += metOf(alone.out(), "FOOTAGE_REQUEST_TURNAROUND");
    }

    assertThat(portfolio.out()).contains("\"metric\": \"FOOTAGE_REQUEST_TURNAROUND\",\n"
        + "      \"serviceLevels\": 3,\n      \"met\": " + met + ",");
  }

  /** The met items of every window of every service level of a metric in a JSON report. */
  private static long metOf(String json, String metric) {
    long met = 0;
    boolean inMetric = false;
    for (String line : json.split("\n")) {
      String t = line.trim();
      if (t.startsWith("\"metric\"")) {
        inMetric = t.contains("\"" + metric + "\"");
      } else if (inMetric && t.startsWith("\"met\"")) {
        met += Long.parseLong(t.replaceAll("[^0-9]", ""));
      }
    }
    return met;
  }

  @Test
  void findsEachAgreementsLogsInTheFolderBesideIt() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("partnerships"));
    Files.copy(Path.of(METROPOLITAN), dir.resolve("b-metropolitan.json"));
    Files.copy(Path.of(WELSH), dir.resolve("a-welsh.json"));
    Files.createDirectories(dir.resolve("b-metropolitan"));
    Files.copy(Path.of(QUARTER), dir.resolve("b-metropolitan").resolve("q1.csv"));
    Files.writeString(dir.resolve("notes.txt"), "not an agreement");

    Run run = measure("--agreements", dir.toString(), "--format", "json");

    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    // By file name; the Welsh agreement has no folder, so no events.
    assertThat(run.out().indexOf("a-welsh.json")).isLessThan(run.out().indexOf("b-metropolitan"));
    assertThat(run.out()).contains("\"name\": \"a-welsh.json\",\n      \"title\": ")
        .contains("\"eventCount\": 0,");
    assertThat(run.out()).doesNotContain("notes.txt");
  }

  @Test
  void escapesWhatCameFromTheFilesInHtml() throws IOException {
    String hostile = Files.readString(Path.of(HOUSING)).replace("\"footage-turnaround\"",
        "\"<script>alert(1)</script>\"");
    Path agreement = Files.writeString(tmp.resolve("hostile.json"), hostile);

    Run run = measure("--agreement", agreement.toString(), "--events", QUARTER,
        "--format", "html");

    assertThat(run.out()).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void refusesAPortfolioWithAnAgreementArgumentOrAsMarkdown() {
    Run both = measure(METROPOLITAN, YEAR, "--agreement", WELSH, "--events", QUARTER);
    Run markdown = measure("--agreement", WELSH, "--events", QUARTER, "--format", "markdown");
    Run none = measure("--format", "json");

    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("not both");
    assertThat(markdown.exit()).isEqualTo(2);
    assertThat(markdown.err()).contains("a portfolio report is text, json or html");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("missing AGREEMENT and EVENTS");
  }

  @Test
  void exitsOneWhenAnAgreementCannotBeRead() throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.json"), "{");

    Run run = measure("--agreement", broken.toString(), "--events", QUARTER,
        "--agreement", WELSH, "--events", QUARTER);

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("cannot be read as an agreement");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void totalsEachRequesterAcrossTheAgreementsWithByRequester() throws IOException {
    // One request of each force, measured against two agreements: each force has one item in
    // each agreement's turnaround level, so two across the portfolio.
    Path log = Files.writeString(tmp.resolve("events.jsonl"), String.join("\n",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r1\",\"at\":\"2025-04-01T10:00:00Z\","
            + "\"requester\":\"force-a\"}",
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"r2\",\"at\":\"2025-04-01T11:00:00Z\","
            + "\"requester\":\"force-b\"}",
        "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d1\",\"at\":\"2025-04-02T10:00:00Z\","
            + "\"ref\":\"r1\"}",
        "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"d2\",\"at\":\"2025-04-20T10:00:00Z\","
            + "\"ref\":\"r2\"}", ""));

    Run run = measure("--agreement", WELSH, "--events", log.toString(),
        "--agreement", HOUSING, "--events", log.toString(), "--by", "requester",
        "--to", "2025-05-01", "--format", "json");
    Run text = measure("--agreement", WELSH, "--events", log.toString(),
        "--agreement", HOUSING, "--events", log.toString(), "--by", "requester",
        "--to", "2025-05-01");

    String json = run.out();
    int a = json.indexOf("\"requester\": \"force-a\"");
    int b = json.indexOf("\"requester\": \"force-b\"");
    assertThat(a).as(json).isPositive();
    assertThat(b).isGreaterThan(a);
    // Met within every agreement's turnaround for force-a (a day); force-b's 19 days miss both.
    assertThat(json.substring(a, b)).contains("\"metric\": \"FOOTAGE_REQUEST_TURNAROUND\",\n"
        + "          \"serviceLevels\": 2,\n          \"met\": 2,\n          \"missed\": 0,");
    assertThat(json.substring(b)).contains("\"metric\": \"FOOTAGE_REQUEST_TURNAROUND\",\n"
        + "          \"serviceLevels\": 2,\n          \"met\": 0,\n          \"missed\": 2,");
    assertThat(text.out()).contains("Totals of requester force-a").contains(
        "Totals of requester force-b");
  }
}
