package io.github.slaframework.cli.docs;

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
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementSession;
import io.github.slaframework.measure.ReportFormat;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.ReportFormats;
import io.github.slaframework.validation.Strictness;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The Java samples of README.md, compiled with the tests; {@code DocSamplesTests} holds the
 * README's code blocks to the regions between the sample markers. Not run: they name files a
 * reader of the README would have.
 */
@SuppressWarnings("unused")
public final class ReadmeSamples {

  private ReadmeSamples() {}

  /** The README's agreement. */
  public static Agreement buildAgreement() {
    // sample:readme-build
    Party council = Party.builder()
        .id("council").name("Northbridge Metropolitan Borough Council")
        .type(PartyType.LOCAL_AUTHORITY)
        .addRoles(PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER, PartyRole.MONITORING_CENTRE)
        .putIdentifiers("gss", "E08000025")
        .build();
    Party force = Party.builder()
        .id("police").name("Northbridge Police").type(PartyType.POLICE_FORCE).build();

    Agreement agreement = Agreement.builder()
        .id("northbridge-police-cctv-2026")
        .title("Public space CCTV: Northbridge Council and Northbridge Police")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(council, force)
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1)).build())
        .addSections(
            InformationSharingSection.builder()
                .retentionPeriod(IsoPeriod.parse("P31D"))
                .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
                .addClauses(Clause.of("share-1",
                    "Requested footage is exported in native format with a SHA-256 hash."))
                .build(),
            TechnicalStandardsSection.builder()
                .pixelDensityStandard(PixelDensityEditions.IEC_62676_4_2014)
                .addCameras(Camera.builder().id("cam-001").location("Market Square")
                    .requiredLevel("IDENTIFY").horizontalPixels(1920)
                    .sceneWidthMetres(new BigDecimal("7.5")).build())   // 256 px/m
                .build())
        .build();
    // end-sample:readme-build
    return agreement;
  }

  /** The README's change of that agreement. */
  public static Agreement change(Agreement agreement) {
    // sample:readme-change
    Agreement changed = agreement
        .withSection(InformationSharingSection.builder()
            .retentionPeriod(IsoPeriod.parse("P28D")).build())          // replaces the old one in place
        .withServiceLevels(ServiceLevel.builder()
            .id("footage").metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND).obligatedParty("council")
            .objective(Objective.atMost(IsoPeriod.parse("P2D"))).build());
    // end-sample:readme-change
    return changed;
  }

  static void readAndWrite() throws IOException {
    // sample:readme-json
    SlaReader reader = SlaReader.defaults();     // configured once, thread-safe; JSON and YAML
    SlaWriter writer = SlaWriter.defaults();

    ReadResult<Agreement> read = reader.readAgreement(Path.of("agreement.yaml"));
    read.report().findings().forEach(f -> System.err.println(f.describe()));
    //  7:60: ERROR TYPE_MISMATCH /parties/1/type ...   (every problem at once, never an exception)
    if (read.value().isPresent()) {
      writer.writeAgreement(read.value().get(), Path.of("agreement.json"));  // canonical, atomic
    }
    String schema = SlaSchemas.agreementSchema();  // JSON Schema 2020-12, shipped in the jar
    // end-sample:readme-json
  }

  static void validate() throws IOException {
    // sample:readme-validate
    AgreementValidator validator = AgreementValidator.standard();   // build once, share freely

    ValidationResult result = validator.validate(Path.of("agreement.json"));  // read + constraints + framework
    if (!result.passes(Strictness.ERRORS)) {          // Strictness.WARNINGS: warnings fail too
      for (Finding finding : result.findings()) {     // document order; finding.area() when it has one
        System.out.println(finding.describe());
        // 14:15: ERROR REQUIRED /parties/1/name name is required and must not be blank
        // 41:15: WARNING AREA_MISSING /sections the framework recommends area TRAINING (Training)
      }
    }
    String sarif = ReportFormats.sarif(List.of(result.toFileReport("agreement.json")), "0.1.0");
    // end-sample:readme-validate
  }

  static void measureFiles(Agreement agreement) throws IOException {
    // sample:readme-measure
    MeasurementResult result = ServiceLevelMeter.of(agreement)
        .measureFiles(List.of(Path.of("events.jsonl")), MeasureRange.ALL);
    String html = MeasurementReports.toString(result, ReportFormat.HTML, agreement.title());
    // end-sample:readme-measure
  }

  static void measureFromMemory(Agreement agreement, List<Event> events) throws IOException {
    // sample:readme-memory
    ServiceLevelMeter meter = ServiceLevelMeter.of(agreement);      // immutable, thread-safe
    MeasurementResult fromMemory = meter.measure(List.of(EventSource.of(events)), MeasureRange.ALL);

    MeasurementSession session = meter.session(MeasureRange.ALL);   // one thread at a time
    events.forEach(session::accept);                                // false for an event it rejects
    MeasurementResult pushed = session.result();
    // end-sample:readme-memory
  }
}
