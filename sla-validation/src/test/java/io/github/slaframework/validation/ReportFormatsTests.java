package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatsTests {

  private static final List<FileReport> REPORTS =
      List.of(
          FileReport.of(
              "agreements/leeds wyp.json",
              Report.of(
                  Finding.builder()
                      .severity(Severity.ERROR)
                      .code("REQUIRED")
                      .path("/parties/1/name")
                      .location(new SourceLocation(12, 15))
                      .message("name is required and must not be blank")
                      .build(),
                  Finding.builder()
                      .severity(Severity.WARNING)
                      .code("AREA_MISSING")
                      .path("/sections")
                      .location(new SourceLocation(20, 3))
                      .message("the framework recommends area TRAINING (Training)")
                      .build(),
                  Finding.builder()
                      .severity(Severity.INFO)
                      .code("RETENTION_LONG")
                      .path("/sections/3/retentionPeriod")
                      .location(new SourceLocation(41, 26))
                      .message("recordings are kept longer than 31 days")
                      .waived(true)
                      .build())),
          FileReport.of("C:\\sla\\built-in-code.json", Report.empty()),
          FileReport.of(
              "model.json",
              Report.of(
                  Finding.of(
                      Severity.ERROR, "FRAMEWORK_UNKNOWN", "/framework/id", "no framework \"x\" is known"))));

  @Test
  void writesJsonOfFormatSectionFive() {
    Golden.assertMatches("golden/report.json", ReportFormats.json(REPORTS));
  }

  @Test
  void writesSarif210() {
    Golden.assertMatches("golden/report.sarif", ReportFormats.sarif(REPORTS, "0.1.0"));
  }

  @Test
  void writesValidationOfRealFilesEndToEnd() throws java.io.IOException {
    List<FileReport> files = new java.util.ArrayList<>();
    for (String name : List.of("cross-references", "waivers", "valid-council-and-force")) {
      java.nio.file.Path file = ScenarioTests.ROOT.resolve(name).resolve("agreement.json");
      files.add(
          ScenarioTests.VALIDATOR
              .validate(file, ScenarioTests.DEFAULT_AS_OF)
              .toFileReport("scenarios/" + name + "/agreement.json"));
    }
    Golden.assertMatches("golden/scenarios.json", ReportFormats.json(files));
    Golden.assertMatches("golden/scenarios.sarif", ReportFormats.sarif(files, "0.1.0"));
  }

  @Test
  void marksFileInvalidOnlyWithAnError() {
    assertThat(REPORTS).extracting(FileReport::valid).containsExactly(false, true, false);
  }
}
