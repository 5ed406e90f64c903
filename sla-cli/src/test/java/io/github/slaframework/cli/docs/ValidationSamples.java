package io.github.slaframework.cli.docs;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.imaging.PixelDensityEdition;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.imaging.PixelDensityLevel;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FileReport;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.ReportFormats;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The Java samples of docs/validation.md (see {@code DocSamplesTests}). */
@SuppressWarnings("unused")
final class ValidationSamples {

  private ValidationSamples() {}

  static void intro() throws IOException {
    // sample:validation-intro
    AgreementValidator validator = AgreementValidator.standard();   // build once, share freely

    ValidationResult result = validator.validate(Path.of("leeds-wyp-2026.json"));
    if (!result.passes(Strictness.ERRORS)) {          // WARNINGS: a warning fails too (sla --strict)
      for (Finding finding : result.findings()) {     // document order
        System.out.println(finding.describe());
        // 14:15: ERROR REQUIRED /parties/1/name name is required and must not be blank
        // 41:15: WARNING AREA_MISSING /sections the framework recommends area TRAINING (Training)
      }
    }
    // end-sample:validation-intro
  }

  static void editions() {
    // sample:validation-editions
    AgreementValidator validator = AgreementValidator.builder()
        .editions(PixelDensityEditions.builtIn().with(PixelDensityEdition.of("IEC_62676_4_2035",
            "IEC 62676-4:2035", List.of(PixelDensityLevel.of("DETECT", "40") /* ... */))))
        .build();
    // end-sample:validation-editions
  }

  static void registry(Profile myProfile) throws IOException {
    // sample:validation-registry
    FrameworkRegistry registry = FrameworkRegistry.builder()
        .addBuiltIn()                                   // uk-cctv-partnership and its profiles
        .read(Path.of("frameworks"))                    // framework and profile files, or a directory
        .add(SlaReader.defaults().readFramework(Path.of("acme-2026.json")).value().orElseThrow())
        .add(myProfile)                                 // a Profile for any registered framework
        .addServiceProviders()                          // every FrameworkProvider on the path
        .build();
    AgreementValidator validator = AgreementValidator.builder().registry(registry).build();

    registry.resolve(FrameworkRef.builder().id("uk-cctv-partnership").version("2021")
        .profile("housing-association").build());       // Optional<Framework>, the profile applied
    registry.frameworks();  registry.profiles();        // for `sla frameworks`
    // end-sample:validation-registry
  }

  static void reports(ValidationResult result) {
    // sample:validation-reports
    List<FileReport> files = List.of(result.toFileReport("leeds-wyp-2026.json"));
    String json = ReportFormats.json(files);              // format 1.0 §5
    String sarif = ReportFormats.sarif(files, "0.1.0");   // SARIF 2.1.0
    // end-sample:validation-reports
  }
}
