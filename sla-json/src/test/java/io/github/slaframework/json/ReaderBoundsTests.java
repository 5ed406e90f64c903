package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SpecialFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading limits of SECURITY.md that are not the parser's own: regular files only, the size
 * limit while reading, the findings cap, bare {@code x-} names and messages free of library
 * hints.
 */
class ReaderBoundsTests {

  private final SlaReader reader = SlaReader.defaults();

  /** Reading the path as each kind of document fails at once, naming the file. */
  private void assertRefused(Path path, String why) {
    for (Kind kind : Kind.values()) {
      assertThatThrownBy(() -> kind.read(reader, path)).as(kind.name())
          .isInstanceOf(FileSystemException.class)
          .hasMessageContaining(path.toString())
          .hasMessageContaining(why);
    }
  }

  private enum Kind {
    AGREEMENT, FRAMEWORK, PROFILE;

    void read(SlaReader reader, Path path) throws IOException {
      switch (this) {
        case AGREEMENT -> reader.readAgreement(path);
        case FRAMEWORK -> reader.readFramework(path);
        default -> reader.readProfile(path);
      }
    }
  }

  @Test
  void refusesADirectoryNamingIt(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("agreement.json"));
    assertRefused(folder, "not a regular file (a directory)");
  }

  @Test
  void refusesASymbolicLinkToDevZeroWithoutReadingIt(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeThat(Files.exists(zero)).as("a Unix device to link to").isTrue();
    Path link = Files.createSymbolicLink(dir.resolve("zero.json"), zero);
    assertRefused(link, "FIFO, socket or device");
  }

  @Test
  void refusesAFifoWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("x.json");
    assumeThat(SpecialFiles.fifo(fifo)).as("mkfifo is available").isTrue();
    // Opening a FIFO would wait for a writer: the test would hang, not fail, if it were opened.
    assertRefused(fifo, "not a regular file");
  }

  @Test
  void refusesAFileBeyondTheLimitAfterReadingOnlyToTheLimit(@TempDir Path dir)
      throws IOException {
    SlaReader small = SlaReader.builder()
        .limits(ReadLimits.builder().maxDocumentLength(100).build()).build();
    Path file = Files.writeString(dir.resolve("a.json"), SampleAgreements.ONE_LINE_JSON);
    List<Finding> findings = small.readAgreement(file).report().findings();
    assertThat(findings).extracting(Finding::code).containsExactly("LIMIT");
    assertThat(findings.get(0).message()).contains("longer than 100");
  }

  @Test
  void reportsAFieldNameLongerThanTheNameLimit() {
    String json = "{\"x-" + "n".repeat(2_000) + "\": 1}";
    List<Finding> findings = reader.readAgreement(json).report().findings();
    assertThat(findings).extracting(Finding::code).containsExactly("LIMIT");
    assertThat(findings.get(0).message()).hasSizeLessThan(200);
  }

  @Test
  void capsTheFindingsWithOneLimitFindingCountingTheRest() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": \"1.0\"");
    for (int i = 0; i < 25; i++) {
      json.append(", \"unknown").append(i).append("\": 1");
    }
    json.append('}');
    SlaReader capped = SlaReader.builder().maxFindings(10).build();
    List<Finding> findings = capped.readAgreement(json.toString()).report().findings();
    assertThat(findings).hasSize(11);
    assertThat(findings.subList(0, 10)).extracting(Finding::code).containsOnly("UNKNOWN_FIELD");
    Finding last = findings.get(10);
    assertThat(last.code()).isEqualTo("LIMIT");
    // 25 unknown fields and the missing required ones: 10 kept, the rest counted.
    int all = reader.readAgreement(json.toString()).report().findings().size();
    assertThat(last.message()).isEqualTo(
        "more than 10 findings: " + (all - 10) + " more were left out");
  }

  @Test
  void readsABareXDashAsAnUnknownFieldNotAnExtension() {
    String json = SampleAgreements.ONE_LINE_JSON.replace("\"x-max-altitude\":120",
        "\"x-\":120");
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(read.report().findings()).extracting(Finding::code, Finding::path)
        .containsExactly(org.assertj.core.api.Assertions.tuple("UNKNOWN_FIELD",
            "/sections/1/x-"));
    ReadResult<Agreement> top = reader.readAgreement(
        SampleAgreements.ONE_LINE_JSON.replaceFirst("\\{", "{\"x-\": 1, "));
    assertThat(top.report().findings()).extracting(Finding::code)
        .containsExactly("UNKNOWN_FIELD");
    assertThat(top.value().orElseThrow().extensions()).isEmpty();
  }

  @Test
  void syntaxMessagesCarryNoLibraryHints() {
    Map<String, String> documents = Map.of(
        "NaN", "{\"formatVersion\": NaN}",
        "Infinity", "{\"formatVersion\": Infinity}",
        "-Infinity", "{\"formatVersion\": -Infinity}",
        "leading zeros", "{\"formatVersion\": 007}",
        "block comment", "{/* note */ \"formatVersion\": \"1.0\"}",
        "line comment", "{\"formatVersion\": \"1.0\" // note\n}",
        "single-quoted name", "{'formatVersion': \"1.0\"}",
        "single-quoted value", "{\"formatVersion\": '1.0'}",
        "plus sign", "{\"formatVersion\": +1}");
    documents.forEach((what, json) -> {
      List<Finding> findings = reader.readAgreement(json).report().findings();
      assertThat(findings).as(what).extracting(Finding::code).containsExactly("SYNTAX");
      String message = findings.get(0).message();
      assertThat(message).as(what)
          .isNotBlank()
          .doesNotContain("Feature", "enable", "ALLOW_", "JsonReadFeature", "`");
    });
    assertThat(reader.readAgreement("{/* x */}").report().findings().get(0).message())
        .contains("comments are not allowed in JSON");
  }

  @Test
  void readsAFileThatChangedSizeBetweenTheLookAndTheReadAsItNowIs() throws IOException {
    byte[] text = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // As looked at: exactly.
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(text), 16, 100)).isEqualTo(text);
    // Shrunk since: what is there.
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(text), 20, 100))
        .isEqualTo(text);
    // Grown since: all of it, up to one byte past the limit.
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(text), 4, 100)).isEqualTo(text);
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(text), 4, 10))
        .hasSizeGreaterThan(10).hasSizeLessThanOrEqualTo(16)
        .startsWith(Arrays.copyOf(text, 11));
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(text), 0, 100)).isEqualTo(text);
    assertThat(SlaReader.readAtMostLimit(new ByteArrayInputStream(new byte[0]), 0, 100)).isEmpty();
  }
}
