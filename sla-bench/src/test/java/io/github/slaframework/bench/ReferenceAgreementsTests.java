package io.github.slaframework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Severity;
import io.github.slaframework.json.DocumentFormat;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReferenceAgreementsTests {

  private static final AgreementValidator VALIDATOR = AgreementValidator.standard();

  @ParameterizedTest
  @EnumSource(DocumentSize.class)
  void generatesTheSameBytesEveryTime(DocumentSize size) {
    byte[] first = ReferenceAgreements.json(size);
    String again = SlaWriter.defaults().writeAgreement(ReferenceAgreements.agreement(size));

    assertThat(again.getBytes(StandardCharsets.UTF_8)).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(DocumentSize.class)
  void isAboutItsTargetSize(DocumentSize size) {
    int length = ReferenceAgreements.json(size).length;

    assertThat(length).isBetween(size.targetBytes(), size.targetBytes() + size.targetBytes() / 10);
  }

  @ParameterizedTest
  @EnumSource(DocumentSize.class)
  void usesTheSmallestScaleThatReachesTheTarget(DocumentSize size) {
    assertThat(ReferenceAgreements.scaleFor(size.targetBytes())).isEqualTo(size.scale());
  }

  @ParameterizedTest
  @EnumSource(DocumentSize.class)
  void isValidUnderTheBuiltInFrameworkWithoutFindings(DocumentSize size) {
    String json = new String(ReferenceAgreements.json(size), StandardCharsets.UTF_8);

    ValidationResult result = VALIDATOR.validateJson(json, AgreementBenchmarks.AS_OF);

    assertThat(result.passes(Strictness.ERRORS)).as(result.toString()).isTrue();
    assertThat(result.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DocumentSize.class)
  void isCanonicalJson(DocumentSize size) {
    byte[] json = ReferenceAgreements.json(size);

    String rewritten =
        SlaWriter.defaults()
            .writeAgreement(
                SlaReader.defaults().readAgreement(json, DocumentFormat.JSON).value().orElseThrow());

    assertThat(rewritten).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }

  @Test
  void growsLinearlyInParties() {
    assertThat(ReferenceAgreements.agreement(DocumentSize.LARGE_1MB).parties().size())
        .isGreaterThan(ReferenceAgreements.agreement(DocumentSize.SMALL_10KB).parties().size());
  }

  static Stream<Path> examples() {
    return ExampleFiles.jsonFiles(ExampleFiles.EXAMPLES).stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void bundledExamplesAreValid(Path example) throws IOException {
    ValidationResult result = VALIDATOR.validate(example, AgreementBenchmarks.AS_OF);

    assertThat(result.passes(Strictness.ERRORS)).as(result.toString()).isTrue();
    assertThat(result.findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
