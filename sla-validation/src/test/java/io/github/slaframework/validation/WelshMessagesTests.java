package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code AgreementValidator.Builder.locale}: Welsh messages, with everything else unchanged. */
class WelshMessagesTests {

  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  /** Reading, area, rule and named-check findings in one document. */
  private static final String DOCUMENT = """
      {"formatVersion": "1.1", "id": "a", "title": "T",
       "framework": {"id": "uk-cctv-partnership", "version": "2026", "profile": "wales"},
       "status": "AGREED", "colour": "red",
       "parties": [{"id": "c", "name": "C", "type": "LOCAL_AUTHORITY",
                    "roles": ["DATA_CONTROLLER"], "lawfulBases": ["UK_GDPR_ART_6_1_F"]}],
       "term": {"effectiveFrom": "2026-01-01", "expiresOn": "2026-03-01"},
       "sections": [{"area": "GOVERNANCE", "escalation": "[TO COMPLETE]",
                     "clauses": [{"id": "g-1", "text": "The board meets."}]}]}
      """;

  private static List<Finding> findings(Locale locale) {
    return AgreementValidator.builder().locale(locale).build().validateJson(DOCUMENT, AS_OF)
        .findings();
  }

  @Test
  void welshChangesTheMessagesOnly() {
    List<Finding> english = findings(Locale.ENGLISH);
    List<Finding> welsh = findings(Locale.forLanguageTag("cy"));
    assertThat(english).hasSizeGreaterThan(6);
    assertThat(welsh).extracting(Finding::code, Finding::severity, Finding::path,
            Finding::location, Finding::area)
        .containsExactlyElementsOf(english.stream()
            .map(f -> org.assertj.core.groups.Tuple.tuple(f.code(), f.severity(), f.path(),
                f.location(), f.area()))
            .toList());
    for (int i = 0; i < english.size(); i++) {
      assertThat(welsh.get(i).message()).as("message of %s", english.get(i).code())
          .isNotEqualTo(english.get(i).message());
    }
  }

  @Test
  void welshMessagesReadAsWelshAndKeepTheirParameters() {
    List<Finding> welsh = findings(Locale.forLanguageTag("cy"));
    assertThat(welsh).filteredOn(f -> f.code().equals("UNKNOWN_FIELD")).singleElement()
        .extracting(Finding::message).asString().startsWith("maes anhysbys \"colour\"");
    assertThat(welsh).filteredOn(f -> f.code().equals("AREA_MISSING")).extracting(
            Finding::message)
        .contains("mae'r fframwaith yn gofyn am faes PURPOSE_AND_LEGITIMACY (Diben a dilysrwydd)");
    assertThat(welsh).filteredOn(f -> f.code().equals("TERM_EXPIRED")).singleElement()
        .extracting(Finding::message).asString()
        .isEqualTo("mae cyfnod y cytundeb wedi dod i ben: daeth i ben ar 2026-03-01");
  }

  @Test
  void englishIsAsBefore() {
    assertThat(findings(Locale.ENGLISH)).filteredOn(f -> f.code().equals("TERM_EXPIRED"))
        .singleElement().extracting(Finding::message).asString()
        .isEqualTo("the agreement's term has expired: it expired on 2026-03-01");
  }
}
