package io.github.slaframework.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.cli.docs.ReadmeSamples;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaSchemas;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ReportFormat;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.ReportFormats;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code of the README's "Use it as a library" section, kept compiling and working. */
class ReadmeExamplesTests {

  @TempDir Path dir;

  @Test
  void buildingTheReadmeAgreementInCodeGivesADraftMissingFourMandatoryAreas() {
    Agreement agreement = readmeAgreement();

    List<Finding> errors = AgreementValidator.standard().validate(agreement).findings().stream()
        .filter(f -> f.severity() == io.github.slaframework.core.report.Severity.ERROR).toList();
    // The README's agreement has one of the five mandatory areas: the validator names the other four.
    assertThat(errors).extracting(Finding::code).containsOnly("AREA_MISSING").hasSize(4);
    assertThat(agreement.section(TechnicalStandardsSection.class).orElseThrow().cameras().get(0)
        .pixelDensity()).hasToString("256.0 px/m");
  }

  @Test
  void changingACopyWorksAsTheReadmeShows() {
    Agreement agreement = readmeAgreement();

    Agreement changed = ReadmeSamples.change(agreement);

    assertThat(changed.sections()).hasSameSizeAs(agreement.sections());
    assertThat(changed.sections().get(0)).isInstanceOf(InformationSharingSection.class);
    assertThat(changed.section(InformationSharingSection.class).orElseThrow().retentionPeriod())
        .isEqualTo(IsoPeriod.parse("P28D"));
    assertThat(changed.serviceLevels()).extracting(ServiceLevel::id).containsExactly("footage");
    PartyRole processor = PartyRole.of("x-PROCESSOR");
    assertThat(processor.isExtension()).isTrue();
    assertThat(processor.code()).isEqualTo("x-PROCESSOR");
  }

  @Test
  void readingWritingAndValidatingWorkAsTheReadmeShows() throws IOException {
    Path yaml = dir.resolve("agreement.yaml");
    Files.writeString(yaml, "formatVersion: \"1.0\"\nid: x\ntitle: T\n");
    SlaReader reader = SlaReader.defaults();
    SlaWriter writer = SlaWriter.defaults();

    ReadResult<Agreement> read = reader.readAgreement(yaml);
    List<String> lines = new ArrayList<>();
    read.report().findings().forEach(f -> lines.add(f.describe()));
    assertThat(lines).isNotEmpty().allMatch(l -> l.contains("ERROR REQUIRED"));
    assertThat(read.value()).isEmpty();

    Path json = dir.resolve("agreement.json");
    writer.writeAgreement(readmeAgreement(), json);
    assertThat(SlaSchemas.agreementSchema()).contains("2020-12");

    AgreementValidator validator = AgreementValidator.standard();
    ValidationResult result = validator.validate(json);
    assertThat(result.passes(Strictness.ERRORS)).isFalse();
    assertThat(result.findings()).extracting(Finding::code).contains("AREA_MISSING");
    String sarif = ReportFormats.sarif(List.of(result.toFileReport("agreement.json")), "0.1.0");
    assertThat(sarif).contains("\"2.1.0\"").contains("AREA_MISSING");
  }

  @Test
  void measuringTheExampleLogWorksAsTheReadmeShows() throws IOException {
    Agreement agreement = SlaReader.defaults()
        .readAgreement(ExampleFiles.METROPOLITAN_COUNCIL).value().orElseThrow();

    MeasurementResult result = ServiceLevelMeter.of(agreement)
        .measureFiles(List.of(ExampleFiles.METROPOLITAN_YEAR_LOG), MeasureRange.ALL);
    String html = MeasurementReports.toString(result, ReportFormat.HTML, agreement.title());

    assertThat(result.serviceLevels()).hasSize(5);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg");
  }

  private static Agreement readmeAgreement() {
    return ReadmeSamples.buildAgreement();
  }

}
