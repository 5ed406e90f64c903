package io.github.slaframework.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.opentest4j.AssertionFailedError;

class SlaAssertionsTests {

  private static final Report TWO_FINDINGS = Report.of(
      Finding.builder().severity(Severity.ERROR).code("PARTY_COMPOSITION").path("/parties")
          .location(new SourceLocation(6, 14)).message("no police force").build(),
      Finding.builder().severity(Severity.WARNING).code("AREA_MISSING").path("/sections")
          .message("COMMUNICATION is recommended").build());

  @ParameterizedTest(name = "{0}")
  @AgreementFiles("../examples")
  void everyExampleAgreementIsValid(Path file) {
    SlaAssertions.assertValid(file);
  }

  @Test
  void failsWithEveryFindingAsFileLineColumnSeverityCodeMessage() {
    Path file = Path.of("../invalid-examples/missing-police-party.json");
    assertThatThrownBy(() -> SlaAssertions.assertValid(file))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("Expected " + file + " to be valid, but it has 1 error:\n")
        .hasMessageMatching("(?s).*\\n\\.\\./invalid-examples/missing-police-party\\.json:\\d+:\\d+: "
            + "ERROR PARTY_COMPOSITION .+");
  }

  @Test
  void assertsOnTheResultOfAValidation() {
    io.github.slaframework.validation.ValidationResult result =
        SlaAssertions.assertValid(Path.of("../examples/minimal.json"));
    assertThat(result.agreement()).isPresent();
    SlaAssertions.assertThat(result).isValid().doesNotHaveFinding("PARTY_COMPOSITION");
    io.github.slaframework.validation.ValidationResult invalid =
        io.github.slaframework.validation.AgreementValidator.standard()
            .validateJson("{ \"formatVersion\": \"1.0\" }");
    assertThatThrownBy(() -> SlaAssertions.assertThat(invalid).isValid())
        .hasMessageStartingWith("Expected <agreement> to be valid, but it has ");
    assertThat(SlaAssertions.assertThat(invalid).isInvalid().findings())
        .isEqualTo(invalid.findings());
  }

  @Test
  void failsWithAnUncheckedIoErrorForAMissingFile() {
    assertThatThrownBy(() -> SlaAssertions.assertValid(Path.of("no-such.json")))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no-such.json");
  }

  @Test
  void listsFindingsWithAndWithoutLocation() {
    assertThatThrownBy(() -> SlaAssertions.assertThat(TWO_FINDINGS).inFile("a.json").isValid())
        .hasMessage("Expected a.json to be valid, but it has 1 error:\n"
            + "a.json:6:14: ERROR PARTY_COMPOSITION no police force\n"
            + "a.json: WARNING AREA_MISSING COMMUNICATION is recommended");
  }

  @Test
  void passesFluentChecksThatHold() {
    ReportAssert a = SlaAssertions.assertThat(TWO_FINDINGS)
        .isInvalid()
        .hasFinding("AREA_MISSING")
        .hasFinding(Severity.ERROR, "PARTY_COMPOSITION", "/parties")
        .doesNotHaveFinding("PIXEL_DENSITY");
    assertThat(a.report()).isSameAs(TWO_FINDINGS);
    SlaAssertions.assertThat(Report.empty()).isValid().hasNoWarnings().hasNoFindings();
  }

  @Test
  void failsFluentChecksThatDoNotHold() {
    ReportAssert a = SlaAssertions.assertThat(TWO_FINDINGS);
    assertThatThrownBy(a::hasNoWarnings).hasMessageStartingWith(
        "Expected <report> to have no error or warning, but it has 2 findings:");
    assertThatThrownBy(() -> a.hasFinding("PIXEL_DENSITY"))
        .hasMessageContaining("to have a PIXEL_DENSITY finding");
    assertThatThrownBy(() -> a.doesNotHaveFinding("AREA_MISSING"))
        .hasMessageEndingWith("<report>: WARNING AREA_MISSING COMMUNICATION is recommended");
    assertThatThrownBy(() -> SlaAssertions.assertThat(Report.empty()).isInvalid())
        .hasMessage("Expected <report> to be invalid, but it has no error:\n(no findings)");
  }
}
