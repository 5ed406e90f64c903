package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents built to hurt: each gives a finding, never an exception or a huge allocation. */
class HostileInputTests {

  private final SlaReader reader = SlaReader.defaults();

  private static List<String> codes(ReadResult<?> result) {
    return result.report().findings().stream().map(Finding::code).toList();
  }

  @Test
  void refusesAHundredMegabyteStreamAfterTheDocumentLimit() throws IOException {
    InputStream huge = new GeneratedStream("{\"title\":\"", 100L << 20, 'a');
    ReadResult<Agreement> read = reader.readAgreement(huge, DocumentFormat.JSON);
    assertThat(codes(read)).containsExactly("LIMIT");
    assertThat(read.value()).isEmpty();
  }

  @Test
  void refusesAHundredMegabyteFileOfNulBytesBeforeReadingIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("zeros.json");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(100L << 20); // sparse: no 100 MB written
    }
    assertThat(codes(reader.readAgreement(file))).containsExactly("LIMIT");
  }

  @Test
  void reportsAStringLongerThanTheStringLimit() {
    String json = "{\"title\":\"" + "a".repeat(2_000_000) + "\"}";
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(codes(read)).containsExactly("LIMIT");
    assertThat(read.report().findings().get(0).message()).hasSizeLessThan(200);
  }

  @Test
  void reportsAHundredThousandDeepArray() {
    String json = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(codes(reader.readAgreement(json))).containsExactly("LIMIT");
    assertThat(codes(reader.readAgreement(json.getBytes(StandardCharsets.US_ASCII),
        DocumentFormat.YAML))).containsExactly("LIMIT");
  }

  @Test
  void reportsDeeplyNestedObjects() {
    String json = "{\"x-a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    assertThat(codes(reader.readAgreement(json))).containsExactly("LIMIT");
  }

  @Test
  void reportsAFileOfNulBytesAsSyntax() {
    byte[] zeros = new byte[4096];
    assertThat(codes(reader.readAgreement(zeros, DocumentFormat.JSON))).containsExactly("SYNTAX");
    assertThat(codes(reader.readAgreement(zeros, DocumentFormat.YAML)))
        .hasSize(1).allMatch(c -> c.equals("SYNTAX") || c.equals("TYPE_MISMATCH"));
  }

  @Test
  void reportsInvalidUtf8AsSyntax() {
    byte[] bytes = {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
        '"', '}'};
    assertThat(codes(reader.readAgreement(bytes, DocumentFormat.JSON))).containsExactly("SYNTAX");
    byte[] yaml = {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xFF, (byte) 0xFE, 'x', '\n'};
    assertThat(codes(reader.readAgreement(yaml, DocumentFormat.YAML))).containsExactly("SYNTAX");
  }

  @Test
  void reportsEmptyDocuments() {
    assertThat(codes(reader.readAgreement(""))).containsExactly("SYNTAX");
    assertThat(codes(reader.readAgreement("  \n "))).containsExactly("SYNTAX");
    assertThat(codes(reader.readAgreement(new byte[0], DocumentFormat.YAML)))
        .containsExactly("SYNTAX");
  }

  @Test
  void reportsANullDocument() {
    assertThat(codes(reader.readAgreement("null"))).containsExactly("TYPE_MISMATCH");
    assertThat(codes(reader.readAgreement("~\n".getBytes(StandardCharsets.UTF_8),
        DocumentFormat.YAML))).containsExactly("TYPE_MISMATCH");
  }

  @Test
  void reportsAnOverlongNumber() {
    String json = "{\"x-n\":" + "9".repeat(10_000) + "}";
    assertThat(codes(reader.readAgreement(json))).contains("LIMIT");
  }

  @Test
  void reportsTooManyTokens() {
    SlaReader strict =
        SlaReader.builder().limits(ReadLimits.builder().maxTokenCount(100).build()).build();
    String json = "{\"x-a\":[" + "1,".repeat(1000) + "1]}";
    assertThat(codes(strict.readAgreement(json))).containsExactly("LIMIT");
  }

  @Test
  void neverEchoesMoreThanAShortEscapedExcerpt() {
    String json = "{\"\\u0007\\u001b[31m" + "n".repeat(500) + "\":1}"; // escaped in JSON
    Finding unknown =
        reader.readAgreement(json).report().findingsWithCode("UNKNOWN_FIELD").get(0);
    assertThat(unknown.message()).hasSizeLessThan(120)
        .contains("\\u0007").contains("\\u001B").doesNotContain("\u001b");
    String garbage = "{\"title\": " + "x".repeat(5000) + "}";
    Finding syntax = reader.readAgreement(garbage).report().findings().get(0);
    assertThat(syntax.code()).isEqualTo("SYNTAX");
    assertThat(syntax.message()).hasSizeLessThan(200);
  }

  @Test
  void doesNotExpandYamlAliases() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ",").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    ReadResult<Agreement> read =
        reader.readAgreement(yaml.toString().getBytes(StandardCharsets.UTF_8),
            DocumentFormat.YAML);
    assertThat(read.hasErrors()).isTrue();
    assertThat(read.report().findings().size()).isLessThanOrEqualTo(SlaReader.DEFAULT_MAX_FINDINGS + 1);
  }

  @Test
  void refusesAYamlAliasInsteadOfReadingTheAnchorNameAsItsValue() {
    String yaml = "x-a: &shared [1, 2]\nx-b: *shared\n";
    ReadResult<Agreement> read =
        reader.readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    Finding alias = read.report().findings().stream()
        .filter(f -> f.code().equals("INVALID_VALUE")).findFirst().orElseThrow();
    assertThat(alias.path()).isEqualTo("/x-b");
    assertThat(alias.location().map(SourceLocation::line)).contains(2);
  }

  @Test
  void refusesUtf16AndUtf32TextAsNotUtf8() {
    String json = "{\"formatVersion\": \"1.0\"}";
    for (var charset : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE, Charset.forName("UTF-32"))) {
      ReadResult<Agreement> read = reader.readAgreement(json.getBytes(charset),
          DocumentFormat.JSON);
      assertThat(codes(read)).as(charset.name()).containsExactly("SYNTAX");
      assertThat(read.report().findings().get(0).message()).contains("not UTF-8");
    }
  }

  @Test
  void reportsANumberBeyondTheRangeOfADecimalInsteadOfThrowing() {
    // Well-formed JSON whose exponent does not fit an int: BigDecimal refuses it.
    String agreement = SampleAgreements.ONE_LINE_JSON.substring(
        0, SampleAgreements.ONE_LINE_JSON.length() - 1)
        + ",\n\"x-a\": [1, {\"b\": 1e9999999999}], \"x-c\": -1E-99999999999}";
    ReadResult<Agreement> read = reader.readAgreement(agreement);
    assertThat(read.report().findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/x-a/1/b"), tuple("INVALID_VALUE", "/x-c"));
    assertThat(read.report().findings().get(0).message())
        .startsWith("the number \"1e9999999999\" is out of range (");
    assertThat(read.report().findings().get(0).location().map(SourceLocation::line)).contains(2);
    ReadResult<Agreement> yaml = reader.readAgreement(
        "formatVersion: \"1.0\"\nx-a: 1e9999999999\n".getBytes(StandardCharsets.UTF_8),
        DocumentFormat.YAML);
    assertThat(yaml.report().findings()).extracting(Finding::code, Finding::path)
        .contains(tuple("INVALID_VALUE", "/x-a"));
    // In a rule's literal, and in a typed number field (already refused by its codec).
    ReadResult<Framework> framework = reader.readFramework(
        SlaWriter.defaults().writeFramework(SampleFrameworks.everyRuleKind())
            .replaceFirst("\"value\": [^,\\n]+", "\"value\": 1e9999999999"));
    assertThat(framework.report().findings()).extracting(Finding::code)
        .containsExactly("INVALID_VALUE");
  }

  @Test
  void refusesAFormatVersionThatIsNotANumberedVersion() {
    for (String version : List.of("1.0a", "1.", "1.x", "v1", "2.0")) {
      ReadResult<Agreement> read =
          reader.readAgreement("{\"formatVersion\": \"" + version + "\"}");
      assertThat(codes(read)).as(version).contains("FORMAT_VERSION");
    }
    for (String version : List.of("1", "1.0", "1.1", "1.0.3", "1.1.7")) {
      ReadResult<Agreement> read =
          reader.readAgreement("{\"formatVersion\": \"" + version + "\"}");
      assertThat(codes(read)).as(version).doesNotContain("FORMAT_VERSION");
    }
    // A newer minor is read as 1.1, with a warning (format 1.1 section 1).
    for (String version : List.of("1.2", "1.12", "1.99999999999")) {
      ReadResult<Agreement> read =
          reader.readAgreement("{\"formatVersion\": \"" + version + "\"}");
      assertThat(read.report().findings()).as(version)
          .filteredOn(f -> f.code().equals("FORMAT_VERSION"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
  }

  @Test
  void neverInstantiatesYamlTags() {
    String yaml = "formatVersion: !!java.lang.ProcessBuilder [\"calc\"]\n";
    ReadResult<Agreement> read =
        reader.readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
    assertThat(read.hasErrors()).isTrue();
    assertThat(read.value()).isEmpty();
  }

  /** A stream of a prefix and then one byte repeated, never held in memory. */
  private static final class GeneratedStream extends InputStream {
    private final byte[] prefix;
    private final long length;
    private final int fill;
    private long position;

    GeneratedStream(String prefix, long length, char fill) {
      this.prefix = prefix.getBytes(StandardCharsets.US_ASCII);
      this.length = length;
      this.fill = fill;
    }

    @Override
    public int read() {
      if (position >= length) {
        return -1;
      }
      long p = position++;
      return p < prefix.length ? prefix[(int) p] : fill;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= length) {
        return -1;
      }
      int n = (int) Math.min(len, length - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }
}
