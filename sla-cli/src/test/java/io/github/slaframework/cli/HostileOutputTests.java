package io.github.slaframework.cli;

import static io.github.slaframework.cli.SlaCommandLineTests.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.SlaCommandLineTests.Run;
import io.github.slaframework.testkit.ExampleFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the command line prints cannot be forged by a file's content or name (issue 17: ESC, BEL,
 * CR, U+202E and U+0085 payloads), and arguments that name nothing are usage errors.
 */
class HostileOutputTests {

  private static final List<String> RAW = List.of("\u001b", "\u0007", "\r", "\u202E", "\u0085");

  @TempDir Path tmp;

  private static void assertNoRawControl(String text) {
    for (String raw : RAW) {
      assertThat(text).as("U+%04X in %s", (int) raw.charAt(0), text).doesNotContain(raw);
    }
  }

  @Test
  void aFileNameWithANewlineCannotForgeAFindingLine() throws IOException {
    Path file = Files.writeString(
        tmp.resolve("a.json\nforged.json:1:1: ERROR FORGED \u001b[32mall good\u0007.json"),
        "{}");

    Run run = sla("validate", "--as-of", "2026-11-27", file.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertNoRawControl(run.out() + run.err());
    List<String> lines = Arrays.stream(run.out().split("\n")).filter(l -> !l.isEmpty()).toList();
    String escaped = tmp + "/a.json\\u000aforged.json:1:1: ERROR FORGED "
        + "\\u001b[32mall good\\u0007.json";
    assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
        .allSatisfy(l -> assertThat(l).startsWith(escaped + ":"));
    assertThat(lines).noneMatch(l -> l.startsWith("forged.json"));
  }

  @Test
  void aCarriageReturnInAnEventIdCannotForgeTheMeasureSummary() throws IOException {
    String forged = "r1\\r7062 events read; 0 lines rejected\\u001b[2K\\u0007\\u202E\\u0085";
    Path log = Files.writeString(tmp.resolve("events\u001b[2J.jsonl"),
        "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"" + forged + "\",\"at\":\"2025-04-01T10:00Z\"}\n"
            + "{\"type\":\"INCIDENT\",\"id\":\"i1\",\"at\":\"\\u001b]0;x\\u0007\\r\"}\n");

    Run run = sla("measure", ExampleFiles.METROPOLITAN_COUNCIL.toString(), log.toString());

    assertNoRawControl(run.out() + run.err());
    assertThat(run.out().split("\n")).noneMatch(l -> l.startsWith("7062"))
        .anyMatch(l -> l.matches("\\d+ events? read; 1 line rejected"));
  }

  @Test
  void aPartyReferenceMessageEscapesBidiAndC1Characters() throws IOException {
    String text = Files.readString(ExampleFiles.METROPOLITAN_COUNCIL);
    // The first obligated party names an id no party has, holding U+202E and U+0085.
    String hostile = text.replaceFirst("\"obligatedParty\": \"[^\"]*\"",
        "\"obligatedParty\": \"nobody\\\\u202Eevil\\\\u0085\"");
    assertThat(hostile).isNotEqualTo(text);
    Path file = Files.writeString(tmp.resolve("party.json"), hostile);

    Run run = sla("validate", "--as-of", "2026-11-27", file.toString());

    assertNoRawControl(run.out() + run.err());
    assertThat(run.out()).contains("PARTY_REFERENCE").contains("nobody\\u202eevil\\u0085");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "format"})
  void anEmptyPathIsAUsageError(String command) {
    Run run = sla(command, "");

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE_OR_IO.code());
    assertThat(run.err()).startsWith("sla: ").contains("an empty path names no file")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-999999999-01-01", "+10000-01-01", "+999999999-12-31", "0000-12-31"})
  void aDateOutOfRangeIsAUsageError(String date) {
    Run run = sla("measure", ExampleFiles.METROPOLITAN_COUNCIL.toString(),
        ExampleFiles.METROPOLITAN_QUARTER_LOG.toString(), "--to", date);

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE_OR_IO.code());
    assertThat(run.err()).contains("expected a date from 0001-01-01 to 9999-12-31")
        .doesNotContain("overflow").doesNotContain("Exception");
  }

  @Test
  void anUnexpectedExceptionIsOneLineNamingTheFileWithoutLibraryText() {
    String message = Failures.message(new ArithmeticException("long overflow"), "a.json");

    assertThat(message).isEqualTo(
        "internal error while reading a.json: ArithmeticException (please report it)");
  }

  @Test
  void outOfMemoryNamesTheFileAndTheSettingToRaise() {
    assertThat(Failures.message(new OutOfMemoryError("Java heap space"), "big\\u000a.json"))
        .isEqualTo("out of memory reading big\\u000a.json; raise the heap with "
            + "SLA_JAVA_OPTS=-Xmx1g");
    assertThat(Failures.names(List.of("a", "b\n", "c", "d", "e"))).isEqualTo(
        "a, b\\u000a, c and 2 more");
  }
}
