package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.testkit.SampleAgreements;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every numeric field has a range checked on the number's text before any arithmetic: a hostile
 * exponent is an {@code INVALID_VALUE} at the field, found at once, never minutes of work.
 */
class NumberRangeTests {

  /** The numbers of issue 17 and their neighbours: exponents far beyond any field's range. */
  private static final List<String> HOSTILE = List.of(
      "1e99999999", "1e-99999999", "1.5e9999999", "1e999999999", "-1e99999999",
      "1e9999999999", "1E+99999999", "0.1e-99999999", "-1.5e9999999");

  private final SlaReader reader = SlaReader.defaults();
  private final String everyField =
      SlaWriter.defaults().writeAgreement(SampleAgreements.everyField());

  /** The document with the first value of a field replaced by raw JSON. */
  private String withValue(String field, String json) {
    String replaced = everyField.replaceFirst(
        "\"" + field + "\": (\"[^\"]*\"|[^,\\n}]+)",
        Matcher.quoteReplacement("\"" + field + "\": " + json));
    assertThat(replaced).as("the sample has a " + field).isNotEqualTo(everyField);
    return replaced;
  }

  private List<Finding> findings(String json) {
    return reader.readAgreement(json).report().findings();
  }

  private void assertInvalidAt(String field, String json) {
    List<Finding> findings = findings(withValue(field, json));
    assertThat(findings).as(field + ": " + json)
        .extracting(Finding::code).containsExactly("INVALID_VALUE");
    assertThat(findings.get(0).path()).as(field + ": " + json).endsWith("/" + field);
    assertThat(findings.get(0).message()).contains("out of range");
  }

  @Test
  void refusesEveryHostileNumberAsASceneWidth() {
    HOSTILE.forEach(n -> assertInvalidAt("sceneWidthMetres", n));
  }

  @Test
  void refusesEveryHostileNumberAsAnAttainment() {
    HOSTILE.forEach(n -> assertInvalidAt("attainment", n));
  }

  @Test
  void refusesEveryHostileNumberAsANumericThreshold() {
    HOSTILE.forEach(n -> assertInvalidAt("threshold", n));
  }

  @Test
  void refusesEveryHostileNumberAsAPixelCountOrCameraCount() {
    for (String n : List.of("1e99999999", "99999999999", "1000001", "-1")) {
      List<Finding> pixels = findings(withValue("horizontalPixels", n));
      assertThat(pixels).extracting(Finding::code).as(n)
          .containsExactly(n.contains("e") ? "TYPE_MISMATCH" : "INVALID_VALUE");
      List<Finding> cameras = findings(withValue("cameraCount", n));
      assertThat(cameras).extracting(Finding::code).as(n)
          .containsExactly(n.contains("e") ? "TYPE_MISMATCH" : "INVALID_VALUE");
    }
  }

  @Test
  void refusesAnAmountWithTooManyDigits() {
    for (String amount : List.of("1" + "0".repeat(999_000), "0".repeat(999_000) + "1",
        "1" + "0".repeat(15),
        "0." + "0".repeat(12) + "1", "1e5")) {
      List<Finding> findings = findings(withValue("amount", "\"" + amount + "\""));
      assertThat(findings).extracting(Finding::code, f -> f.path().endsWith("/amount"))
          .as(amount.substring(0, Math.min(20, amount.length())))
          .containsExactly(tuple("INVALID_VALUE", true));
      assertThat(findings.get(0).message()).hasSizeLessThan(200);
    }
    assertThat(findings(withValue("amount", "\"-999999999999999.999999999999\""))).isEmpty();
  }

  @Test
  void refusesEveryHostileNumberInAnExtensionValue() {
    for (String n : HOSTILE) {
      List<Finding> findings = findings(withValue("x-max-altitude", n));
      assertThat(findings).as(n).extracting(Finding::code).containsExactly("INVALID_VALUE");
      assertThat(findings.get(0).path()).endsWith("/x-max-altitude");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e99999999", "1e-99999999", "1.5e9999999"})
  void refusesHostileNumbersInYamlToo(String n) {
    String yaml = "formatVersion: \"1.0\"\nx-a: " + n + "\n";
    List<Finding> findings = reader.readAgreement(yaml.getBytes(StandardCharsets.UTF_8),
        DocumentFormat.YAML).report().findings();
    assertThat(findings).extracting(Finding::code, Finding::path)
        .contains(tuple("INVALID_VALUE", "/x-a"));
  }

  @Test
  void acceptsNumbersAtTheEdgesOfTheirRanges() {
    for (String n : List.of("1000000", "-1000000", "0.000000000001", "7.5e2", "750e-2",
        "1.000000000000")) {
      ReadResult<Agreement> read = reader.readAgreement(withValue("sceneWidthMetres", n));
      assertThat(read.report().findings()).as(n).isEmpty();
      Camera camera = read.value().orElseThrow().sections().stream()
          .filter(TechnicalStandardsSection.class::isInstance)
          .map(TechnicalStandardsSection.class::cast)
          .findFirst().orElseThrow().cameras().get(0);
      assertThat(camera.sceneWidthMetres()).isEqualByComparingTo(new BigDecimal(n));
    }
    for (String n : List.of("1000000.000000000001", "0.0000000000001", "1e7")) {
      assertInvalidAt("sceneWidthMetres", n);
    }
    // The meaning (0 to 100) is validation's to check: the reader lets 150 through.
    assertThat(findings(withValue("attainment", "150"))).isEmpty();
    assertThat(findings(withValue("x-max-altitude", "1e1000"))).isEmpty();
    assertThat(findings(withValue("x-max-altitude", "1e-1000"))).isEmpty();
  }
}
