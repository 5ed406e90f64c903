package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.imaging.PixelDensityEdition;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.imaging.PixelDensityLevel;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementValidatorTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final AgreementValidator VALIDATOR =
      AgreementValidator.builder()
          .registry(FrameworkRegistry.builtIn())
          .clock(Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .build();

  /**
   * The placeholder check skips its walk when the file holds no string with the mark; the mark
   * written with an escape, or put into the model after reading, is still found.
   */
  @Test
  void findsPlaceholdersHoweverTheyReachTheAgreement() throws IOException {
    String text = Files.readString(
        Path.of("src/test/resources/scenarios/placeholder-draft/agreement.json"));
    String clean = text.replace("[TO COMPLETE]", "done");
    assertThat(placeholders(VALIDATOR.validateJson(clean, AS_OF))).isEmpty();

    String escaped = clean.replace("\"done who escalates\"", "\"\\u005BTO COMPLETE] who escalates\"");
    assertThat(escaped).isNotEqualTo(clean);
    assertThat(placeholders(VALIDATOR.validateJson(escaped, AS_OF)))
        .containsExactly("/sections/2/escalation");

    // In an x- member only: the walk runs and finds nothing to report.
    String extension = clean.replace("\"todo\": \"done\"", "\"todo\": \"[TO COMPLETE]\"");
    assertThat(extension).isNotEqualTo(clean);
    assertThat(placeholders(VALIDATOR.validateJson(extension, AS_OF))).isEmpty();

    // A model changed after it was read from a clean file: its source says nothing of it.
    ValidationResult read = VALIDATOR.validateJson(clean, AS_OF);
    Agreement changed = Agreement.copyOf(read.agreement().orElseThrow()).withTitle("[TO COMPLETE]");
    assertThat(placeholders(VALIDATOR.validate(changed, read.sourceMap(), AS_OF)))
        .containsExactly("/title");
  }

  private static List<String> placeholders(ValidationResult result) {
    List<String> paths = new ArrayList<>();
    for (Finding f : result.findingsWithCode("PLACEHOLDER")) {
      paths.add(f.path());
    }
    return paths;
  }

  @Test
  void reportsABadIdTogetherWithEveryOtherProblemOfTheDocument() {
    String json = SlaWriter.defaults().writeAgreement(
        Agreement.copyOf(SampleAgreements.councilAndForce())
            .withId("not a valid id!")
            .withTitle(" "));

    ValidationResult report = VALIDATOR.validateJson(json);

    assertThat(report.findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/id"), tuple("REQUIRED", "/title"));
    assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isPresent());
  }

  @Test
  void reportsUnreadableOptionalValuesTogetherWithConstraintAndFrameworkFindings() {
    String json = SlaWriter.defaults().writeAgreement(
            Agreement.copyOf(SampleAgreements.councilAndForce()).withTitle(" "))
        .replaceFirst("\"status\": \"AGREED\"", "\"status\": \"FINISHED\"")
        .replaceFirst("\"DPA_2018_PART_3\",", "\"DPA_2018_PART3\",");

    ValidationResult result = VALIDATOR.validateJson(json);

    assertThat(result.agreement()).isPresent();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(
            tuple("REQUIRED", "/title"),
            tuple("INVALID_VALUE", "/status"),
            tuple("INVALID_VALUE", "/sections/1/legalBases/0"));
    assertThat(result.passes(Strictness.ERRORS)).isFalse();
  }

  @Test
  void acceptsTheSampleCouncilAgreementWithoutAnyFinding() {
    assertThat(VALIDATOR.validate(SampleAgreements.councilAndForce()).findings()).isEmpty();
  }

  @Test
  void acceptsTheHousingAssociationWithItsWaivedLongRetention() {
    ValidationResult report = VALIDATOR.validate(SampleAgreements.housingAssociationWithTwoForces());
    assertThat(report.passes(Strictness.ERRORS)).isTrue();
    assertThat(report.findings())
        .extracting(Finding::severity, Finding::code, Finding::path, Finding::waived)
        .containsExactly(
            tuple(Severity.WARNING, "AREA_MISSING", "/sections", false),
            tuple(Severity.WARNING, "AREA_MISSING", "/sections", false),
            tuple(Severity.WARNING, "AREA_MISSING", "/sections", false),
            tuple(Severity.WARNING, "AREA_MISSING", "/sections", false),
            tuple(Severity.INFO, "RETENTION_LONG", "/sections/3/retentionPeriod", true));
    assertThat(report.findingsWithCode("AREA_MISSING"))
        .extracting(Finding::message)
        .containsExactly(
            "the framework recommends area COMMUNICATION (Communication)",
            "the framework recommends area TRAINING (Training)",
            "the framework recommends area SURVEILLANCE_TYPES (Surveillance types (overt and covert))",
            "the framework recommends area FEEDBACK (Feedback)");
  }

  @Test
  void validatesJsonTextInOneCallWithLinesAndColumns() {
    String json =
        SlaWriter.defaults()
            .writeAgreement(
                Agreement.copyOf(SampleAgreements.councilAndForce()).withTitle(" "));
    ValidationResult result = VALIDATOR.validateJson(json);
    assertThat(result.passes(Strictness.ERRORS)).isFalse();
    assertThat(result.agreement()).isPresent();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::path, Finding::location)
        .containsExactly(tuple("REQUIRED", "/title", java.util.Optional.of(new SourceLocation(4, 12))));
  }

  @Test
  void reportsReadFindingsWhenNoModelCanBeBuilt() {
    ValidationResult result = VALIDATOR.validateJson("{ \"formatVersion\": \"1.0\", ");
    assertThat(result.agreement()).isEmpty();
    assertThat(result.passes(Strictness.ERRORS)).isFalse();
    assertThat(result.findings()).extracting(Finding::code).containsExactly("SYNTAX");
  }

  @Test
  void validatesFilesAndFailsOnlyForInputOutputProblems(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("agreement.json");
    Files.writeString(file, SlaWriter.defaults().writeAgreement(SampleAgreements.councilAndForce()));
    assertThat(VALIDATOR.validate(file).passes(Strictness.ERRORS)).isTrue();
    assertThat(VALIDATOR.validate(file).toFileReport("agreement.json").valid()).isTrue();
    assertThatThrownBy(() -> VALIDATOR.validate(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void validatesYamlFilesByTheirExtension(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("agreement.yaml");
    Files.writeString(
        file,
        "formatVersion: \"1.0\"\n"
            + "id: yaml-agreement\n"
            + "title: \"\"\n"
            + "framework: { id: uk-cctv-partnership, version: \"2021\" }\n"
            + "parties:\n"
            + "  - { id: council, name: Northbridge Council, type: LOCAL_AUTHORITY }\n"
            + "  - { id: police, name: Northbridge Police, type: POLICE_FORCE }\n"
            + "term: { effectiveFrom: 2026-04-01 }\n"
            + "sections: []\n");
    ValidationResult result = VALIDATOR.validate(file);
    assertThat(result.agreement()).isPresent();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::path)
        .startsWith(tuple("REQUIRED", "/title"))
        .contains(tuple("AREA_MISSING", "/sections"));
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.location()).isPresent());
    assertThat(result.findings().get(0).location()).contains(new SourceLocation(3, 8));
  }

  @Test
  void refusesAFrameworkWhoseRuleNamesACheckNoProviderImplements() {
    Framework framework =
        Framework.builder()
            .id("vendor")
            .version("1")
            .title("Vendor")
            .addRules(
                Rule.builder()
                    .code("VENDOR_CHECK")
                    .severity(Severity.ERROR)
                    .message("vendor check")
                    .check("QUANTUM_ENTANGLEMENT")
                    .build())
            .build();
    FrameworkRegistry registry = FrameworkRegistry.builder().add(framework).build();
    assertThatThrownBy(() -> AgreementValidator.builder().registry(registry).build())
        .isInstanceOfSatisfying(
            FrameworkException.class,
            e -> {
              assertThat(e.reports()).extracting(FileReport::file).containsExactly("vendor:1");
              assertThat(e.reports().get(0).report().findings())
                  .extracting(Finding::severity, Finding::code, Finding::path, Finding::message)
                  .containsExactly(
                      tuple(
                          Severity.ERROR,
                          "CHECK_UNKNOWN",
                          "/rules/0/check",
                          "rule \"VENDOR_CHECK\" names check \"QUANTUM_ENTANGLEMENT\", which no"
                              + " registered check provider implements"));
              assertThat(e.getMessage()).contains("vendor:1: ERROR CHECK_UNKNOWN /rules/0/check");
            });
  }

  @Test
  void runsACheckRegisteredOnTheBuilderWithTheRulesSeverityAndParameters() {
    Framework framework =
        Framework.builder()
            .id("vendor")
            .version("1")
            .title("Vendor")
            .addAreas(
                io.github.slaframework.core.framework.AreaDefinition.of(
                    io.github.slaframework.core.section.AreaCode.GOVERNANCE,
                    "Governance",
                    io.github.slaframework.core.framework.AreaLevel.OPTIONAL))
            .addRules(
                Rule.builder()
                    .code("VENDOR_PARTIES")
                    .severity(Severity.WARNING)
                    .message("too many parties")
                    .check("VENDOR_PARTY_LIMIT")
                    .putExtensions("x-max", JsonValue.of(1))
                    .build())
            .build();
    List<String> seen = new ArrayList<>();
    io.github.slaframework.validation.spi.CheckProvider provider =
        new io.github.slaframework.validation.spi.CheckProvider() {
          @Override
          public java.util.Set<String> names() {
            return java.util.Set.of("VENDOR_PARTY_LIMIT");
          }

          @Override
          public List<Finding> check(
              String name, io.github.slaframework.validation.spi.CheckContext context) {
            seen.add(name + " " + context.parameters() + " " + context.asOf());
            int max = ((JsonValue.JsonNumber) context.parameters().get("x-max")).value().intValue();
            return context.agreement().parties().size() <= max
                ? List.of()
                : List.of(context.finding("/parties/" + max));
          }
        };
    AgreementValidator validator =
        AgreementValidator.builder()
            .registry(FrameworkRegistry.builder().add(framework).build())
            .checkProvider(provider)
            .build();
    Agreement agreement =
        Agreement.copyOf(SampleAgreements.councilAndForce())
            .withFramework(FrameworkRef.of("vendor", "1"))
            .withSections(List.of())
            .withServiceLevels(List.of());
    ValidationResult result = validator.validate(agreement, AS_OF);
    assertThat(result.findings())
        .extracting(Finding::severity, Finding::code, Finding::path, Finding::message)
        .containsExactly(tuple(Severity.WARNING, "VENDOR_PARTIES", "/parties/1", "too many parties"));
    assertThat(seen).containsExactly("VENDOR_PARTY_LIMIT {x-max=1} 2026-06-01");
    assertThat(result.passes(Strictness.ERRORS)).isTrue();
    assertThat(result.passes(Strictness.WARNINGS)).isFalse();
    Agreement waived =
        Agreement.copyOf(agreement)
            .withWaivers(Waiver.builder().code("VENDOR_PARTIES").reason("two forces").build());
    assertThat(validator.validate(waived, AS_OF).findings())
        .extracting(Finding::severity, Finding::waived)
        .containsExactly(tuple(Severity.INFO, true));
    assertThat(validator.validate(waived, AS_OF).passes(Strictness.WARNINGS)).isTrue();
  }

  @Test
  void namesTheCheckProviderThatThrows() {
    io.github.slaframework.validation.spi.CheckProvider broken =
        new io.github.slaframework.validation.spi.CheckProvider() {
          @Override
          public java.util.Set<String> names() {
            throw new IllegalStateException("boom");
          }

          @Override
          public List<Finding> check(
              String name, io.github.slaframework.validation.spi.CheckContext context) {
            return List.of();
          }
        };
    assertThatThrownBy(() -> AgreementValidator.builder().checkProvider(broken).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(broken.getClass().getName())
        .hasMessageContaining("boom");
  }

  @Test
  void givesEachFindingTheAreaItConcerns() {
    ValidationResult result = VALIDATOR.validate(SampleAgreements.housingAssociationWithTwoForces());
    assertThat(result.findings())
        .extracting(f -> f.code() + " " + f.area().map(a -> a.code()).orElse("-"))
        .containsExactly(
            "AREA_MISSING COMMUNICATION",
            "AREA_MISSING TRAINING",
            "AREA_MISSING SURVEILLANCE_TYPES",
            "AREA_MISSING FEEDBACK",
            "RETENTION_LONG INFORMATION_SHARING");
    Agreement untitled = Agreement.copyOf(SampleAgreements.councilAndForce()).withTitle("");
    assertThat(VALIDATOR.validate(untitled).findings())
        .extracting(Finding::code, Finding::area)
        .containsExactly(tuple("REQUIRED", java.util.Optional.empty()));
  }

  @Test
  void passesAtEachStrictnessAsItsFindingsAllow() {
    ValidationResult warnings = VALIDATOR.validate(SampleAgreements.housingAssociationWithTwoForces());
    assertThat(warnings.passes(Strictness.ERRORS)).isTrue();
    assertThat(warnings.passes(Strictness.WARNINGS)).isFalse();
    ValidationResult clean = VALIDATOR.validate(SampleAgreements.councilAndForce());
    assertThat(clean.passes(Strictness.WARNINGS)).isTrue();
    ValidationResult unreadable = VALIDATOR.validateJson("{");
    assertThat(unreadable.passes(Strictness.ERRORS)).isFalse();
    assertThat(unreadable.agreement()).isEmpty();
  }

  @Test
  void refusesNullArgumentsNamingTheParameter() {
    Agreement agreement = SampleAgreements.councilAndForce();
    Path file = Path.of("agreement.json");
    assertThatThrownBy(() -> VALIDATOR.validate((Path) null))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> VALIDATOR.validate((Path) null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("file");
    assertThatThrownBy(() -> VALIDATOR.validate(file, null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> VALIDATOR.validate((Agreement) null))
        .isInstanceOf(NullPointerException.class).hasMessage("agreement");
    assertThatThrownBy(() -> VALIDATOR.validate((Agreement) null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("agreement");
    assertThatThrownBy(() -> VALIDATOR.validate(agreement, (LocalDate) null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> VALIDATOR.validateJson(null))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> VALIDATOR.validateJson(null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("json");
    assertThatThrownBy(() -> VALIDATOR.validateJson("{}", null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> VALIDATOR.validate(agreement, null, AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessage("sourceMap");
    assertThatThrownBy(() -> VALIDATOR.validate(agreement).passes(null))
        .isInstanceOf(NullPointerException.class).hasMessage("strictness");
  }

  @Test
  void waivesFindingsAtOrUnderAPathAndInAnAreaOnly() {
    Agreement sample = SampleAgreements.councilAndForce();
    List<Section> sections = new ArrayList<>(sample.sections());
    // A second GOVERNANCE clause reusing the id of the first PURPOSE_AND_LEGITIMACY clause.
    sections.set(
        2,
        io.github.slaframework.core.section.GovernanceSection.builder()
            .from((io.github.slaframework.core.section.GovernanceSection) sections.get(2))
            .addClauses(io.github.slaframework.core.Clause.of("purpose-1", "Reused id."))
            .build());
    Agreement agreement =
        Agreement.copyOf(sample)
            .withSections(sections)
            .withWaivers(
                Waiver.builder().code("DUPLICATE_ID").path("/sections/2").reason("under").build(),
                Waiver.builder().code("DUPLICATE_ID").area("FINANCE").reason("other area").build(),
                Waiver.builder().code("DUPLICATE_ID").path("/sections/20").reason("no such").build());
    assertThat(VALIDATOR.validate(agreement).findings())
        .extracting(Finding::severity, Finding::code, Finding::path, Finding::waived)
        .containsExactly(
            tuple(Severity.INFO, "DUPLICATE_ID", "/sections/2/clauses/1/id", true),
            tuple(Severity.WARNING, "WAIVER_UNUSED", "/waivers/1", false),
            tuple(Severity.WARNING, "WAIVER_UNUSED", "/waivers/2", false));
  }

  @Test
  void takesTheValidationDateFromTheClockOrTheCall() {
    Agreement agreement = SampleAgreements.councilAndForce(); // next review 2027-04-01
    assertThat(VALIDATOR.validate(agreement).findingsWithCode("REVIEW_OVERDUE")).isEmpty();
    assertThat(
            VALIDATOR
                .validate(agreement, LocalDate.of(2027, 4, 2))
                .findingsWithCode("REVIEW_OVERDUE"))
        .extracting(Finding::path)
        .containsExactly("/sections/10/nextReviewOn");
    AgreementValidator later =
        AgreementValidator.builder()
            .registry(FrameworkRegistry.builtIn())
            .clock(Clock.fixed(LocalDate.of(2028, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .build();
    assertThat(later.validate(agreement).findingsWithCode("REVIEW_OVERDUE")).hasSize(1);
  }

  @Test
  void checksCamerasAgainstAnEditionAddedAsAnOption() {
    PixelDensityEdition future =
        PixelDensityEdition.of(
            "IEC_62676_4_2035",
            "IEC 62676-4:2035 (hypothetical)",
            List.of(PixelDensityLevel.of("SEE", "100"), PixelDensityLevel.of("KNOW", "400")));
    Agreement agreement = withCameras("IEC_62676_4_2035", "KNOW", 1920, "7.5"); // 256 px/m
    assertThat(VALIDATOR.validate(agreement).findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/sections/11/pixelDensityStandard"));
    AgreementValidator withEdition =
        AgreementValidator.builder()
            .registry(FrameworkRegistry.builtIn())
            .editions(PixelDensityEditions.builtIn().with(future))
            .build();
    assertThat(withEdition.validate(agreement).findings())
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("PIXEL_DENSITY", "/sections/11/cameras/0"));
  }

  @Test
  void reportsFindingsOfEveryKindAtOnce() {
    Agreement agreement =
        Agreement.copyOf(SampleAgreements.councilAndForce())
            .withTitle("")
            .withFramework(FrameworkRef.of("uk-cctv-partnership", "2019"))
            .withWaivers(Waiver.builder().code("NOTHING").reason("r").build());
    assertThat(VALIDATOR.validate(agreement).findings())
        .extracting(Finding::code)
        .containsExactly("FRAMEWORK_UNKNOWN", "REQUIRED", "WAIVER_UNUSED");
  }

  @Test
  void writesMessagesInTheValidatorsLocale() {
    AgreementValidator welsh =
        AgreementValidator.builder()
            .registry(FrameworkRegistry.builtIn())
            .locale(Locale.forLanguageTag("cy"))
            .build();
    Agreement agreement =
        Agreement.copyOf(SampleAgreements.councilAndForce())
            .withTitle(" ")
            .withWaivers(Waiver.builder().code("NOTHING").reason("r").build())
            .withId("${1+1}");
    assertThat(welsh.validate(agreement).findings())
        .extracting(Finding::message)
        .containsExactly(
            "nid yw id yn cyfateb i'r patrwm ^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$ (canfuwyd"
                + " \"${1+1}\")",
            "mae title yn ofynnol ac ni chaiff fod yn wag",
            "nid yw'r hepgoriad o \"NOTHING\" yn cyfateb i unrhyw ganfyddiad");
  }

  @Test
  void reportsRuleMessagesAndDocumentStringsLiterallyNeverAsExpressions() {
    Framework framework =
        Framework.builder()
            .id("literal")
            .version("1")
            .title("Literal messages")
            .addRules(
                Rule.builder()
                    .code("X_TITLE")
                    .severity(Severity.WARNING)
                    .message("title must not be ${1+1} #{2*3} {value}")
                    .require(
                        new Condition.Not(
                            new Condition.Equals(Target.root("/title"), JsonValue.of("#{2*3} ${1+1}"))))
                    .build())
            .build();
    AgreementValidator validator =
        AgreementValidator.builder().registry(FrameworkRegistry.builder().add(framework).build()).build();
    Agreement agreement =
        Agreement.copyOf(SampleAgreements.councilAndForce())
            .withTitle("#{2*3} ${1+1}")
            .withFramework(FrameworkRef.of("literal", "1"))
            .withSections(List.of())
            .withServiceLevels(List.of());
    assertThat(validator.validate(agreement).findings())
        .extracting(Finding::code, Finding::path, Finding::message)
        .containsExactly(tuple("X_TITLE", "/title", "title must not be ${1+1} #{2*3} {value}"));
  }

  @Test
  void isSafeToShareAndRefusesNulls() {
    assertThatThrownBy(() -> VALIDATOR.validate((Agreement) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AgreementValidator.builder().clock(null)).isInstanceOf(NullPointerException.class);
    assertThat(AgreementValidator.standard().registry().frameworks())
        .extracting(Framework::id)
        .contains("uk-cctv-partnership");
  }

  @Test
  void capsTheFindingsOfAResultWithOneLimitFindingCountingTheRest() {
    Agreement one = withCameras("IEC_62676_4_2014", "IDENTIFY", 100, "50");
    TechnicalStandardsSection technical =
        one.section(TechnicalStandardsSection.class).orElseThrow();
    List<Camera> cameras = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      cameras.add(technical.cameras().get(0).withId("cam-" + i));
    }
    Agreement nine = one.withSection(technical.withCameras(cameras));
    int uncapped = VALIDATOR.validate(nine).findings().size();
    AgreementValidator capped = AgreementValidator.builder()
        .reader(io.github.slaframework.json.SlaReader.builder().maxFindings(5).build()).build();

    List<Finding> findings = capped.validate(nine).findings();

    assertThat(uncapped).isGreaterThan(6);
    assertThat(findings).hasSize(6);
    assertThat(findings).filteredOn(f -> f.code().equals("LIMIT")).singleElement()
        .satisfies(f -> assertThat(f.message())
            .isEqualTo("more than 5 findings: " + (uncapped - 5) + " more were left out"));
  }

  static Agreement withCameras(String standard, String level, int pixels, String width) {
    Agreement sample = SampleAgreements.councilAndForce();
    List<Section> sections = new ArrayList<>();
    for (Section s : sample.sections()) {
      if (s instanceof TechnicalStandardsSection) {
        s =
            TechnicalStandardsSection.builder()
                .pixelDensityStandard(standard)
                .addCameras(
                    Camera.builder()
                        .id("cam-1")
                        .requiredLevel(level)
                        .horizontalPixels(pixels)
                        .sceneWidthMetres(new BigDecimal(width))
                        .build())
                .build();
      }
      sections.add(s);
    }
    return Agreement.copyOf(sample).withSections(sections);
  }
}
