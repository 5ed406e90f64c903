package io.github.slaframework.validation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkException;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A check of another module ({@link CameraCountCheck}, found by {@link java.util.ServiceLoader})
 * called from a framework file works exactly like a built-in check: severity and message from the
 * rule, parameters, waivers, lines and columns, areas.
 */
class CheckProviderTests {

  private static final Path FRAMEWORK =
      Path.of("src/test/resources/io/github/slaframework/validation/it/acme-cameras.json");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private static Framework framework() throws IOException {
    ReadResult<Framework> read = SlaReader.defaults().readFramework(Files.readString(FRAMEWORK));
    assertThat(read.report().findings()).isEmpty();
    return read.value().orElseThrow();
  }

  /** A validator over the framework file, with the check providers ServiceLoader finds. */
  private static AgreementValidator validatorFindingTheCheck() throws IOException {
    return AgreementValidator.builder()
        .registry(FrameworkRegistry.builder().add(framework()).build())
        .build();
  }

  private static Agreement threeCameras() {
    TechnicalStandardsSection technical =
        TechnicalStandardsSection.builder()
            .pixelDensityStandard("IEC_62676_4_2014")
            .addCameras(camera("cam-1"), camera("cam-2"), camera("cam-3"))
            .build();
    return Agreement.copyOf(SampleAgreements.councilAndForce())
        .withFramework(FrameworkRef.of("acme-cameras", "1"))
        .withSections(technical)
        .withServiceLevels(List.of());
  }

  private static Camera camera(String id) {
    return Camera.builder()
        .id(id)
        .requiredLevel("OBSERVE")
        .horizontalPixels(1920)
        .sceneWidthMetres(new BigDecimal("20"))
        .build();
  }

  @Test
  void findsTheVendorsCheckAndRunsItFromTheFrameworkFile() throws IOException {
    AgreementValidator validator = validatorFindingTheCheck();
    String json = SlaWriter.defaults().writeAgreement(threeCameras());

    ValidationResult result = validator.validateJson(json, AS_OF);

    assertThat(result.findings())
        .extracting(Finding::severity, Finding::code, Finding::path, Finding::message)
        .containsExactly(
            tuple(
                Severity.WARNING,
                "ACME_TOO_MANY_CAMERAS",
                "/sections/0/cameras/1",
                "the control room watches at most one camera per partnership"),
            tuple(
                Severity.WARNING,
                "ACME_TOO_MANY_CAMERAS",
                "/sections/0/cameras/2",
                "the control room watches at most one camera per partnership"));
    assertThat(result.findings())
        .allSatisfy(
            f -> {
              assertThat(f.location()).isPresent();
              assertThat(f.area()).contains(AreaCode.TECHNICAL_STANDARDS);
            });
    assertThat(result.passes(Strictness.ERRORS)).isTrue();
    assertThat(result.passes(Strictness.WARNINGS)).isFalse();
  }

  @Test
  void appliesTheAgreementsWaiversToTheVendorsFindings() throws IOException {
    AgreementValidator validator = validatorFindingTheCheck();
    Agreement waived =
        Agreement.copyOf(threeCameras())
            .withWaivers(
                Waiver.builder()
                    .code("ACME_TOO_MANY_CAMERAS")
                    .area("TECHNICAL_STANDARDS")
                    .path("/sections/0/cameras/2")
                    .reason("the third camera is watched by the police")
                    .build());
    assertThat(validator.validate(waived, AS_OF).findings())
        .extracting(Finding::path, Finding::severity, Finding::waived)
        .containsExactly(
            tuple("/sections/0/cameras/1", Severity.WARNING, false),
            tuple("/sections/0/cameras/2", Severity.INFO, true));
  }

  @Test
  void refusesTheFrameworkFileWhenTheCheckIsNotRegisteredLocatedInIt() throws IOException {
    FrameworkRegistry registry = FrameworkRegistry.builder().read(FRAMEWORK).build();
    assertThatThrownBy(
            () ->
                AgreementValidator.builder()
                    .registry(registry)
                    .serviceCheckProviders(false)
                    .build())
        .isInstanceOfSatisfying(
            FrameworkException.class,
            e -> {
              assertThat(e.reports()).hasSize(1);
              assertThat(e.reports().get(0).file()).isEqualTo(FRAMEWORK.toString());
              assertThat(e.reports().get(0).report().findings())
                  .extracting(f -> f.code() + " " + f.path() + " " + f.location().orElseThrow())
                  .containsExactly("CHECK_UNKNOWN /rules/0/check 14:16");
            });
    AgreementValidator explicit =
        AgreementValidator.builder()
            .registry(registry)
            .serviceCheckProviders(false)
            .checkProvider(new CameraCountCheck())
            .build();
    assertThat(explicit.validate(threeCameras(), AS_OF).findingsWithCode("ACME_TOO_MANY_CAMERAS"))
        .hasSize(2);
  }

  @Test
  void refusesASecondProviderOfTheSameCheckNamingBoth() {
    assertThatThrownBy(() -> AgreementValidator.builder().checkProvider(new CameraCountCheck()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ACME_CAMERA_LIMIT")
        .hasMessageContaining(CameraCountCheck.class.getName());
    // Installed once, through ServiceLoader, the check does not clash with itself.
    assertThat(AgreementValidator.standard().registry().frameworks()).isNotEmpty();
  }
}
