package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.FeedbackSection;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TrainingRequirement;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The open vocabularies in JSON: a model value {@code x-...} is written as written; a format 1.0
 * document reads exactly as before, an {@code x-} value being INVALID_VALUE like any unknown one.
 */
class OpenVocabularyJsonTests {

  private final SlaReader reader = SlaReader.defaults();
  private final SlaWriter writer = SlaWriter.defaults();

  /** A known value of each open vocabulary in {@code councilAndForce()}'s JSON. */
  private static final List<String> KNOWN_VALUES =
      List.of(
          "LOCAL_AUTHORITY", // party type
          "SYSTEM_OWNER", // party roles
          "CRIME_PREVENTION_AND_DETECTION", // purposes
          "DPA_2018_PART_3", // legalBases
          "AIRWAVE_RADIO", // channels
          "SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE", // training requirements
          "OVERT", // surveillance types
          "INCIDENTS_MONITORED", // indicators
          "FOOTAGE_REQUEST_TURNAROUND"); // metric

  @Test
  void writesExtensionValuesAsWritten() {
    Agreement sample = SampleAgreements.councilAndForce();
    List<Party> parties = new ArrayList<>(sample.parties());
    parties.set(0, parties.get(0).withType(PartyType.of("x-PARISH_COUNCIL"))
        .withRoles(PartyRole.SYSTEM_OWNER, PartyRole.of("x-processor")));
    List<ServiceLevel> levels = new ArrayList<>(sample.serviceLevels());
    levels.set(0, levels.get(0).withMetric(ServiceMetric.of("x-SAR_RESPONSE")));
    Agreement agreement = sample.withParties(parties).withServiceLevels(levels)
        .withSection(sample.section(PurposeAndLegitimacySection.class).orElseThrow()
            .withPurposes(Purpose.of("x-ANTI_SOCIAL_BEHAVIOUR")))
        .withSection(sample.section(LegalConsiderationsSection.class).orElseThrow()
            .withLegalBases(LegalBasis.UK_GDPR, LegalBasis.of("x-FOISA_2002_SECTION_35")))
        .withSection(sample.section(CommunicationSection.class).orElseThrow()
            .withChannels(Channel.of("x-TEAMS")))
        .withSection(sample.section(TrainingSection.class).orElseThrow()
            .withRequirements(TrainingRequirement.of("x-RIPSA_AWARENESS")))
        .withSection(sample.section(SurveillanceTypesSection.class).orElseThrow()
            .withTypes(SurveillanceType.of("x-DRONE")))
        .withSection(sample.section(FeedbackSection.class).orElseThrow()
            .withIndicators(Indicator.of("x-COMPLAINTS")));

    String json = writer.writeAgreement(agreement);

    assertThat(json)
        .contains("\"type\": \"x-PARISH_COUNCIL\"")
        .containsPattern("\"SYSTEM_OWNER\",\\s+\"x-processor\"")
        .contains("\"metric\": \"x-SAR_RESPONSE\"")
        .contains("\"x-ANTI_SOCIAL_BEHAVIOUR\"")
        .containsPattern("\"UK_GDPR\",\\s+\"x-FOISA_2002_SECTION_35\"")
        .contains("\"x-TEAMS\"")
        .contains("\"x-RIPSA_AWARENESS\"")
        .contains("\"x-DRONE\"")
        .contains("\"x-COMPLAINTS\"");
    assertThat(writer.toJsonValue(agreement).members().get("parties").toString())
        .contains("x-PARISH_COUNCIL");
  }

  @Test
  void readsAnExtensionValueOfAFormat10DocumentAsAnUnknownValue() {
    String json = format10(writer.writeAgreement(SampleAgreements.councilAndForce()));
    assertThat(reader.readAgreement(json).report().findings()).isEmpty();
    for (String known : KNOWN_VALUES) {
      assertThat(json).contains("\"" + known + "\"");
      Finding unknown = onlyFinding(json, known, "NOT_A_VALUE");
      assertThat(unknown.code()).as(known).isEqualTo("INVALID_VALUE");
      assertThat(unknown.message()).as(known).startsWith("\"NOT_A_VALUE\" is not one of ")
          .contains(known);
      for (String extension : List.of("x-FOO", "x-", "x", "X-FOO")) {
        Finding found = onlyFinding(json, known, extension);
        assertThat(found.code()).as("%s -> %s", known, extension).isEqualTo("INVALID_VALUE");
        assertThat(found.severity()).isEqualTo(unknown.severity());
        assertThat(found.path()).as("%s -> %s", known, extension).isEqualTo(unknown.path());
        assertThat(found.location()).isEqualTo(unknown.location());
        assertThat(found.message())
            .isEqualTo(unknown.message().replace("\"NOT_A_VALUE\"", "\"" + extension + "\""));
      }
    }
  }

  @Test
  void pointsAtTheFieldOfTheValue() {
    String json = format10(writer.writeAgreement(SampleAgreements.councilAndForce()));
    assertThat(onlyFinding(json, "LOCAL_AUTHORITY", "x-PARISH").path()).isEqualTo("/parties/0/type");
    assertThat(onlyFinding(json, "SYSTEM_OWNER", "x-PROCESSOR").path())
        .isEqualTo("/parties/0/roles/0");
    assertThat(onlyFinding(json, "FOOTAGE_REQUEST_TURNAROUND", "x-SAR").path())
        .isEqualTo("/serviceLevels/0/metric");
  }

  @Test
  void readsAnExtensionValueOfAFormat11DocumentAsWritten() {
    String json = writer.writeAgreement(SampleAgreements.councilAndForce());
    assertThat(json).contains("\"formatVersion\": \"1.1\"");
    for (String known : KNOWN_VALUES) {
      String changed = json.replaceFirst("\"" + known + "\"", "\"x-OURS\"");
      ReadResult<Agreement> read = reader.readAgreement(changed);
      assertThat(read.report().findings()).as(known).isEmpty();
      assertThat(writer.writeAgreement(read.value().orElseThrow())).isEqualTo(changed);
      for (String bad : List.of("x-", "x", "X-FOO", "NOT_A_VALUE")) {
        assertThat(onlyFinding(json, known, bad).code()).isEqualTo("INVALID_VALUE");
      }
    }
  }

  /** The same document as format 1.0 has it: declaring 1.0, with 1.0's name of {@code dpia}. */
  static String format10(String json) {
    return json.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"")
        .replace("\"dpia\":", "\"privacyImpactAssessment\":");
  }

  private Finding onlyFinding(String json, String known, String replacement) {
    String changed = json.replaceFirst("\"" + known + "\"", "\"" + replacement + "\"");
    List<Finding> findings = reader.readAgreement(changed).report().findings();
    assertThat(findings).as("%s -> %s", known, replacement).hasSize(1);
    return findings.get(0);
  }
}
