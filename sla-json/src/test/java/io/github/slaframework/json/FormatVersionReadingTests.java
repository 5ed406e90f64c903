package io.github.slaframework.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.testkit.SampleAgreements;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 section 1: a document is read by the rules of the version it declares, writers
 * write 1.1, and the upgrade loses nothing.
 */
class FormatVersionReadingTests {

  private final SlaReader reader = SlaReader.defaults();
  private final SlaWriter writer = SlaWriter.defaults();

  /** The sample that sets every field, as format 1.1 writes it. */
  private final String everyField11 = writer.writeAgreement(SampleAgreements.everyField());

  private List<Finding> findings(String json) {
    return reader.readAgreement(json).report().findings();
  }

  private static String declaring(String version, String json) {
    return json.replace("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"" + version + "\"");
  }

  @Test
  void readsEveryFieldOfA11DocumentWithoutFindingAndWritesItBack() {
    ReadResult<Agreement> read = reader.readAgreement(everyField11);
    assertThat(read.report().findings()).isEmpty();
    assertThat(read.value().orElseThrow()).isEqualTo(SampleAgreements.everyField());
    assertThat(writer.writeAgreement(read.value().orElseThrow())).isEqualTo(everyField11);
  }

  @Test
  void givesA10DocumentThatUsesA11FieldTheFindingOf10() {
    List<Finding> found = findings(OpenVocabularyJsonTests.format10(everyField11));
    assertThat(found).filteredOn(f -> f.code().equals("UNKNOWN_FIELD"))
        .extracting(Finding::severity, Finding::path)
        .containsExactlyInAnyOrder(
            tuple(Severity.ERROR, "/languages"),
            tuple(Severity.ERROR, "/parties/0/lawfulBases"),
            tuple(Severity.ERROR, "/parties/1/lawfulBases"),
            tuple(Severity.ERROR, "/parties/3/lawfulBases"),
            tuple(Severity.ERROR, "/serviceLevels/0/objective/calendar"),
            tuple(Severity.ERROR, "/serviceLevels/1/objective/calendar"),
            tuple(Severity.ERROR, "/approvals/0/documentHash"),
            tuple(Severity.ERROR, "/waivers/0/approvedBy"),
            tuple(Severity.ERROR, "/waivers/0/approvedOn"),
            tuple(Severity.ERROR, "/waivers/0/expiresOn"));
    // dpia is 1.1's name: a 1.0 document that has it gets UNKNOWN_FIELD too
    String dpia10 = declaring("1.0", everyField11);
    assertThat(findings(dpia10)).extracting(Finding::code, Finding::path)
        .contains(tuple("UNKNOWN_FIELD", "/sections/0/dpia"));
  }

  @Test
  void givesA10DocumentThatUsesA11ValueTheFindingOf10() {
    String json = OpenVocabularyJsonTests.format10(everyField11);
    assertThat(findings(json)).filteredOn(f -> f.code().equals("INVALID_VALUE"))
        .extracting(Finding::severity, Finding::path, Finding::message)
        .contains(
            tuple(Severity.ERROR, "/parties/0/roles/1",
                "\"JOINT_CONTROLLER\" is not one of SYSTEM_OWNER, DATA_CONTROLLER,"
                    + " MONITORING_CENTRE, POLICE, OTHER"),
            tuple(Severity.ERROR, "/parties/2/type",
                "\"POLICE_AND_CRIME_COMMISSIONER\" is not one of LOCAL_AUTHORITY, POLICE_FORCE,"
                    + " HOUSING_ASSOCIATION, NHS_BODY, UNIVERSITY, SHOPPING_CENTRE,"
                    + " TRANSPORT_OPERATOR, OTHER"),
            tuple(Severity.ERROR, "/parties/2/roles/0",
                "\"x-FUNDER\" is not one of SYSTEM_OWNER, DATA_CONTROLLER, MONITORING_CENTRE,"
                    + " POLICE, OTHER"),
            tuple(Severity.ERROR, "/serviceLevels/1/appliesTo/priority",
                "\"THREAT_TO_LIFE\" is not one of URGENT, ROUTINE"));
    for (String value : List.of("FOISA_2002", "CJLSA_2010_PART_6", "CRIME_AND_DISORDER_ACT_1998",
        "DUAA_2025", "WELSH_LANGUAGE_MEASURE_2011", "FACIAL_RECOGNITION_LIVE",
        "FACIAL_RECOGNITION_RETROSPECTIVE", "DRONE", "AUDIO", "RIPSA_AWARENESS",
        "BUSINESS_IMPROVEMENT_DISTRICT", "PARISH_OR_TOWN_COUNCIL", "PROCESSOR")) {
      String minimal10 = minimal("1.0", value);
      assertThat(findings(minimal10)).as(value).extracting(Finding::code)
          .containsExactly("INVALID_VALUE");
      assertThat(findings(minimal("1.1", value))).as(value).isEmpty();
    }
  }

  /** A small document that holds {@code value} where its vocabulary goes. */
  private static String minimal(String version, String value) {
    String party = value.endsWith("DISTRICT") || value.startsWith("PARISH")
        ? "\"type\": \"" + value + "\"" : "\"type\": \"OTHER\"";
    String roles = value.equals("PROCESSOR") ? ", \"roles\": [\"PROCESSOR\"]" : "";
    String section = value.endsWith("AWARENESS")
        ? "{\"area\": \"TRAINING\", \"clauses\": [], \"requirements\": [\"" + value + "\"]}"
        : value.startsWith("FACIAL") || value.equals("DRONE") || value.equals("AUDIO")
        ? "{\"area\": \"SURVEILLANCE_TYPES\", \"clauses\": [], \"types\": [\"" + value + "\"]}"
        : party.contains(value) || !roles.isEmpty()
        ? "{\"area\": \"GOVERNANCE\", \"clauses\": []}"
        : "{\"area\": \"LEGAL_CONSIDERATIONS\", \"clauses\": [], \"legalBases\": [\"" + value
            + "\"]}";
    return "{\"formatVersion\": \"" + version + "\", \"id\": \"a\", \"title\": \"t\","
        + " \"framework\": {\"id\": \"uk-cctv-partnership\", \"version\": \"2021\"},"
        + " \"parties\": [{\"id\": \"p\", \"name\": \"P\", " + party + roles + "},"
        + " {\"id\": \"q\", \"name\": \"Q\", \"type\": \"POLICE_FORCE\"}],"
        + " \"term\": {\"effectiveFrom\": \"2026-04-01\"}, \"sections\": [" + section + "]}";
  }

  @Test
  void readsThe10NameOfTheDpiaWithoutFindingIn10AndDeprecatedIn11() {
    String name10 = everyField11.replace("\"dpia\":", "\"privacyImpactAssessment\":");
    ReadResult<Agreement> as10 = reader.readAgreement(declaring("1.0",
        OpenVocabularyJsonTests.format10(everyField11)));
    assertThat(as10.report().findings()).filteredOn(f -> f.path().startsWith("/sections/0"))
        .isEmpty();
    ReadResult<Agreement> as11 = reader.readAgreement(name10);
    assertThat(as11.report().findings())
        .extracting(Finding::severity, Finding::code, Finding::path)
        .containsExactly(
            tuple(Severity.INFO, "DEPRECATED_FIELD", "/sections/0/privacyImpactAssessment"));
    assertThat(as11.hasErrors()).isFalse();
    assertThat(as11.value().orElseThrow()).isEqualTo(SampleAgreements.everyField());
    assertThat(as11.report().findings().get(0).location()).isPresent();
    // written under its 1.1 name
    assertThat(writer.writeAgreement(as11.value().orElseThrow())).isEqualTo(everyField11);
  }

  @Test
  void reportsBothNamesOfTheDpiaInOneSectionAsADuplicateKeyAtTheSecond() {
    String dpia = "{\"reference\": \"D\", \"completedOn\": \"2026-01-01\"}";
    for (String version : List.of("1.1", "1.0")) {
      String both = minimalPurpose(version,
          "\"privacyImpactAssessment\": " + dpia + ", \"dpia\": " + dpia);
      String reversed = minimalPurpose(version,
          "\"dpia\": " + dpia + ", \"privacyImpactAssessment\": " + dpia);
      if (version.equals("1.1")) {
        assertThat(findings(both)).extracting(Finding::severity, Finding::code, Finding::path)
            .containsExactly(
                tuple(Severity.INFO, "DEPRECATED_FIELD", "/sections/0/privacyImpactAssessment"),
                tuple(Severity.ERROR, "DUPLICATE_KEY", "/sections/0/dpia"));
        assertThat(findings(reversed)).extracting(Finding::severity, Finding::code, Finding::path)
            .containsExactly(
                tuple(Severity.ERROR, "DUPLICATE_KEY", "/sections/0/privacyImpactAssessment"));
      } else {
        // in 1.0, dpia is no field at all
        assertThat(findings(both)).extracting(Finding::code, Finding::path)
            .containsExactly(tuple("UNKNOWN_FIELD", "/sections/0/dpia"));
      }
    }
  }

  private static String minimalPurpose(String version, String members) {
    return "{\"formatVersion\": \"" + version + "\", \"id\": \"a\", \"title\": \"t\","
        + " \"framework\": {\"id\": \"uk-cctv-partnership\", \"version\": \"2021\"},"
        + " \"parties\": [{\"id\": \"p\", \"name\": \"P\", \"type\": \"OTHER\"},"
        + " {\"id\": \"q\", \"name\": \"Q\", \"type\": \"POLICE_FORCE\"}],"
        + " \"term\": {\"effectiveFrom\": \"2026-04-01\"},"
        + " \"sections\": [{\"area\": \"PURPOSE_AND_LEGITIMACY\", \"clauses\": [], " + members
        + "}]}";
  }

  @Test
  void readsANewerMinorAs11WithWarningsForWhatItDoesNotKnow() {
    String json = declaring("1.2", everyField11)
        .replace("\"escalation\": \"Chief Inspector\"",
            "\"escalation\": \"Chief Inspector\", \"chair\": \"The mayor\"")
        .replace("\"DRONE\"", "\"SATELLITE\"")
        .replace("\"priority\": \"URGENT\"", "\"priority\": \"IMMEDIATE\"");
    ReadResult<Agreement> read = reader.readAgreement(json);
    assertThat(read.report().findings())
        .extracting(Finding::severity, Finding::code, Finding::path)
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "FORMAT_VERSION", "/formatVersion"),
            tuple(Severity.WARNING, "UNKNOWN_FIELD", "/sections/2/chair"),
            tuple(Severity.WARNING, "INVALID_VALUE", "/sections/6/types/2"),
            tuple(Severity.WARNING, "INVALID_VALUE", "/serviceLevels/0/appliesTo/priority"));
    Agreement agreement = read.value().orElseThrow();
    assertThat(agreement.formatVersion()).isEqualTo("1.2");
    assertThat(agreement.serviceLevels().get(0).appliesTo().orElseThrow().priority()).isEmpty();
    // read as 1.1: its x- values are accepted
    assertThat(agreement.parties().get(2).roles().get(0).code()).isEqualTo("x-FUNDER");
  }

  @Test
  void keepsAnUnknownRequiredValueOfANewerMinorAnErrorAsTheModelNeedsOne() {
    String json = declaring("1.2", everyField11).replace("\"type\": \"POLICE_FORCE\"",
        "\"type\": \"FIRE_SERVICE\"");
    assertThat(findings(json)).extracting(Finding::severity, Finding::code, Finding::path)
        .containsExactlyInAnyOrder(
            tuple(Severity.WARNING, "FORMAT_VERSION", "/formatVersion"),
            tuple(Severity.ERROR, "INVALID_VALUE", "/parties/1/type"));
  }

  @Test
  void readsTheVersionWhereverItStandsInTheDocument() {
    String json = OpenVocabularyJsonTests.format10(everyField11)
        .replace("\"formatVersion\": \"1.0\",\n", "") .replaceFirst("\\}\\n$",
            ",\n  \"formatVersion\": \"1.0\"\n}\n");
    assertThat(findings(json)).extracting(Finding::code).contains("UNKNOWN_FIELD")
        .doesNotContain("FORMAT_VERSION");
  }

  @Test
  void upgradesA10DocumentWithoutLosingData() {
    for (Agreement sample : SampleAgreements.all()) {
      String as11 = writer.writeAgreement(sample);
      if (!as11.equals(writer.writeAgreement(Agreement.copyOf(sample)))) {
        continue;
      }
      String as10 = OpenVocabularyJsonTests.format10(as11);
      ReadResult<Agreement> read = reader.readAgreement(as10);
      if (read.hasErrors()) {
        continue; // uses 1.1 additions: not a 1.0 document
      }
      assertThat(read.value().orElseThrow().formatVersion()).isEqualTo("1.0");
      assertThat(writer.writeAgreement(read.value().orElseThrow())).as(sample.id())
          .isEqualTo(as11);
    }
    String council10 =
        OpenVocabularyJsonTests.format10(writer.writeAgreement(SampleAgreements.councilAndForce()));
    assertThat(council10).contains("\"privacyImpactAssessment\"");
    Agreement read = reader.readAgreement(council10).value().orElseThrow();
    assertThat(read.withFormatVersion(Agreement.FORMAT_VERSION))
        .isEqualTo(SampleAgreements.councilAndForce());
  }

  @Test
  void refusesAWorkingDaysObjectiveWhoseThresholdIsNotWholeDays() {
    for (String threshold : List.of("\"PT36H\"", "\"P1W\"", "\"P1M\"", "\"P0D\"", "\"P1DT2H\"",
        "99.0")) {
      String json = everyField11.replace("\"threshold\": \"P5D\"", "\"threshold\": " + threshold);
      ReadResult<Agreement> read = reader.readAgreement(json);
      assertThat(read.report().findings()).as(threshold)
          .extracting(Finding::severity, Finding::code, Finding::path)
          .containsExactly(
              tuple(Severity.ERROR, "INVALID_VALUE", "/serviceLevels/0/objective/calendar"));
      assertThat(read.report().findings().get(0).location()).isPresent();
      // kept in the model, so measurement can report the service level as not measurable
      assertThat(read.value().orElseThrow().serviceLevels().get(0).objective().orElseThrow()
          .calendar()).contains(ObjectiveCalendar.WORKING_DAYS);
    }
    for (String threshold : List.of("\"P1D\"", "\"P10D\"")) {
      String json = everyField11.replace("\"threshold\": \"P5D\"", "\"threshold\": " + threshold);
      assertThat(findings(json)).as(threshold).isEmpty();
    }
    String elapsed = everyField11.replace("\"calendar\": \"WORKING_DAYS\"",
        "\"calendar\": \"ELAPSED\"").replace("\"threshold\": \"P5D\"", "\"threshold\": \"PT36H\"");
    assertThat(findings(elapsed)).isEmpty();
    String closed = everyField11.replace("\"calendar\": \"WORKING_DAYS\"",
        "\"calendar\": \"x-SCHOOL_DAYS\"");
    assertThat(findings(closed)).extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/serviceLevels/0/objective/calendar"));
  }

  @Test
  void keepsPriorityAndCalendarClosed() {
    String json = everyField11.replace("\"THREAT_TO_LIFE\"", "\"x-IMMEDIATE\"");
    assertThat(findings(json)).extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/serviceLevels/1/appliesTo/priority"));
    assertThat(reader.readAgreement(everyField11).value().orElseThrow().serviceLevels().get(1)
        .appliesTo().orElseThrow().priority()).contains(Priority.THREAT_TO_LIFE);
  }

  @Test
  void readsTheSectionOfA10DocumentUnderItsNewAccessor() {
    Agreement read = reader.readAgreement(
        OpenVocabularyJsonTests.format10(writer.writeAgreement(SampleAgreements.councilAndForce())))
        .value().orElseThrow();
    assertThat(read.section(PurposeAndLegitimacySection.class).orElseThrow().dpia()).isPresent();
  }
}
