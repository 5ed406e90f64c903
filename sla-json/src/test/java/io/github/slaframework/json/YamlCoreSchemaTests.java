package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML scalars are read by the YAML 1.2 core schema (docs/FORMAT.md, "YAML"): each spelling of
 * its table, in block and in flow style.
 */
class YamlCoreSchemaTests {

  private final SlaReader reader = SlaReader.defaults();

  /** An agreement in block style whose extension {@code x-v} is written as given. */
  private static String block(String title, String value) {
    return "formatVersion: \"1.0\"\n"
        + "id: leeds-wyp-2026\n"
        + "title: " + title + "\n"
        + "framework: {id: uk-cctv-partnership, version: \"2021\"}\n"
        + "parties:\n"
        + "  - {id: council, name: Leeds City Council, type: LOCAL_AUTHORITY}\n"
        + "  - {id: wyp, name: West Yorkshire Police, type: POLICE_FORCE}\n"
        + "term:\n"
        + "  effectiveFrom: 2026-04-01\n"
        + "sections:\n"
        + "  - area: INFORMATION_SHARING\n"
        + "    retentionPeriod: P31D\n"
        + "    clauses: []\n"
        + "x-v: " + value + "\n";
  }

  /** The same agreement in flow style, on one line. */
  private static String flow(String value) {
    return "{formatVersion: \"1.0\", id: leeds-wyp-2026, title: Public space CCTV, "
        + "framework: {id: uk-cctv-partnership, version: \"2021\"}, parties: ["
        + "{id: council, name: Leeds City Council, type: LOCAL_AUTHORITY}, "
        + "{id: wyp, name: West Yorkshire Police, type: POLICE_FORCE}], "
        + "term: {effectiveFrom: 2026-04-01}, sections: [{area: INFORMATION_SHARING, "
        + "retentionPeriod: P31D, clauses: []}], x-v: " + value + "}";
  }

  private ReadResult<Agreement> read(String yaml) {
    return reader.readAgreement(yaml.getBytes(StandardCharsets.UTF_8), DocumentFormat.YAML);
  }

  /** The value of {@code x-v} as read in both styles, which must agree. */
  private JsonValue valueOf(String spelling) {
    JsonValue fromBlock = extension(read(block("Public space CCTV", spelling)), spelling);
    JsonValue fromFlow = extension(read(flow(spelling)), spelling);
    assertThat(fromFlow).as("flow style of " + spelling).isEqualTo(fromBlock);
    return fromBlock;
  }

  private static JsonValue extension(ReadResult<Agreement> read, String spelling) {
    assertThat(read.report().findings()).as(spelling).isEmpty();
    return read.value().orElseThrow().extensions().get("x-v");
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "null", "Null", "NULL", "&anchor Null"})
  void readsTheCoreSchemaNullsAsNull(String spelling) {
    assertThat(valueOf(spelling)).isEqualTo(JsonValue.NULL);
  }

  @Test
  void readsAnEmptyValueAsNull() {
    assertThat(extension(read(block("Public space CCTV", "")), "empty"))
        .isEqualTo(JsonValue.NULL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "True", "TRUE"})
  void readsTheCoreSchemaTruesAsTrue(String spelling) {
    assertThat(valueOf(spelling)).isEqualTo(JsonValue.TRUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"false", "False", "FALSE"})
  void readsTheCoreSchemaFalsesAsFalse(String spelling) {
    assertThat(valueOf(spelling)).isEqualTo(JsonValue.of(false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "y", "n", "Y", "N", "Yes", "ON", "1_000",
      "0b101", "12:30", "0O17", "0X1F", "nULL", "tRUE", "inf", "nan", "0x", "+", "."})
  void readsYaml11SpellingsAndOtherNonCoreFormsAsStrings(String spelling) {
    assertThat(valueOf(spelling)).isEqualTo(JsonValue.of(spelling));
  }

  @ParameterizedTest
  @ValueSource(strings = {"'~'", "\"null\"", "'True'", "\"0o17\"", "'.5'", "!!str ~",
      "!!str True", "'.inf'"})
  void readsQuotedOrTaggedScalarsAsStrings(String spelling) {
    String inside = spelling.startsWith("!!str ") ? spelling.substring(6)
        : spelling.substring(1, spelling.length() - 1);
    assertThat(valueOf(spelling)).isEqualTo(JsonValue.of(inside));
  }

  @Test
  void readsTheCoreSchemaNumbers() {
    List<String[]> cases = List.of(
        new String[] {"0o17", "15"}, new String[] {"0x1F", "31"}, new String[] {"0x1f", "31"},
        new String[] {"017", "17"}, new String[] {"+1", "1"}, new String[] {"-12", "-12"},
        new String[] {".5", "0.5"}, new String[] {"-.5", "-0.5"}, new String[] {"+12.5", "12.5"},
        new String[] {"1.", "1"}, new String[] {"1e3", "1e3"}, new String[] {"+1.5E+3", "1.5E+3"},
        new String[] {"007.50", "7.50"}, new String[] {"0", "0"});
    for (String[] c : cases) {
      assertThat(valueOf(c[0])).as(c[0]).isEqualTo(JsonValue.of(new BigDecimal(c[1])));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.inf", "+.inf", ".Inf", "-.INF", ".nan", ".NaN", ".NAN"})
  void refusesInfinitiesAndNotANumberAsInvalidValues(String spelling) {
    for (String yaml : List.of(block("Public space CCTV", spelling), flow(spelling))) {
      ReadResult<Agreement> read = read(yaml);
      assertThat(read.report().findings()).as(spelling)
          .extracting(Finding::code, Finding::path)
          .containsExactly(tuple("INVALID_VALUE", "/x-v"));
      assertThat(read.report().findings().get(0).message()).contains("not finite");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"~", "Null", "NULL", "null"})
  void readsANullTitleAsMissing(String spelling) {
    assertThat(read(block(spelling, "1")).report().findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("REQUIRED", "/title"));
  }

  @Test
  void readsTrueSpellingsAsBooleansInTypedFields() {
    String yaml = block("Public space CCTV", "1").replace("    clauses: []\n",
        "    clauses: []\n    publishAnnualReport: True\n");
    ReadResult<Agreement> read = read(yaml);
    assertThat(read.report().findings()).extracting(Finding::code, Finding::path)
        .containsExactly(tuple("UNKNOWN_FIELD", "/sections/0/publishAnnualReport"));
    assertThat(read(block("True", "1")).report().findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("TYPE_MISMATCH", "/title"));
    assertThat(read(block("yes", "1")).report().findings()).isEmpty();
  }

  @Test
  void reportsYamlSyntaxWithTheScannersMessage() {
    List<Finding> findings = read(block("Public space CCTV", "-")).report().findings();
    assertThat(findings).extracting(Finding::code).containsExactly("SYNTAX");
    assertThat(findings.get(0).message()).isEqualTo("sequence entries are not allowed here");
  }

  @Test
  void reportsTheUnsupportedLineSeparatorEscapesAsSyntax() {
    // Documented in docs/FORMAT.md: the YAML parser refuses these two; a \\u escape works.
    for (String escape : List.of("\\L", "\\P")) {
      List<Finding> findings = read(block("\"a" + escape + "b\"", "1")).report().findings();
      assertThat(findings).as(escape).extracting(Finding::code).containsExactly("SYNTAX");
    }
    ReadResult<Agreement> read = read(block("\"a\\u2028b\"", "1"));
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value().orElseThrow().title()).isEqualTo("a\u2028b");
  }

  @Test
  void readsAYamlDocumentWithCrLfLineEndsAlike() {
    String yaml = block("Public space CCTV", "~").replace("\n", "\r\n");
    assertThat(extension(read(yaml), "CRLF")).isEqualTo(JsonValue.NULL);
  }
}
