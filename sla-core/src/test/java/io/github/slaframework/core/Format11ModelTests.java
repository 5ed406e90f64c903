package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The model additions of format 1.1 section 2. */
class Format11ModelTests {

  @Test
  void knowsWellFormedLanguageTagsAsTheJdkDoes() {
    List<String> tags = List.of("en", "cy", "cy-GB", "CY-gb", "en-GB", "gd", "ga-IE",
        "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1901", "en-US-x-twain", "x-whatever",
        "en-a-bbb-x-a-ccc", "zh-cmn-Hans-CN", "", "en_GB", "e", "en-", "-en",
        "cy--GB", "en-GB-", "abcdefghi", "en-123456789", "1en", "en-x", "en-GB-x-", "x");
    for (String tag : tags) {
      boolean jdk;
      try {
        new Locale.Builder().setLanguageTag(tag);
        jdk = !tag.isEmpty();
      } catch (IllformedLocaleException e) {
        jdk = false;
      }
      assertThat(LanguageTags.isWellFormed(tag)).as(tag).isEqualTo(jdk);
    }
  }

  @Test
  void refusesTheIrregularGrandfatheredTagsThatTheJdkTakes() {
    // RFC 5646 keeps them for old data only; an agreement has no use for them.
    assertThat(List.of("sgn-BE-FR", "i-klingon", "en-GB-oed")).noneMatch(LanguageTags::isWellFormed);
  }

  @Test
  void tellsWelshByItsPrimarySubtag() {
    assertThat(List.of("cy", "cy-GB", "CY", "Cy-gb")).allMatch(LanguageTags::isWelsh);
    assertThat(List.of("en", "cym", "en-cy", "x-cy", "")).noneMatch(LanguageTags::isWelsh);
  }

  @Test
  void meansEnglishWhenNoLanguageIsWritten() {
    Agreement.Builder b = Agreement.builder().id("a").title("t")
        .framework(FrameworkRef.of("f", "1"))
        .term(Term.builder().effectiveFrom(java.time.LocalDate.of(2026, 4, 1)).build());
    Agreement none = b.build();
    assertThat(none.languages()).isEmpty();
    assertThat(none.effectiveLanguages()).containsExactly("en");
    assertThat(none.isWelsh()).isFalse();
    Agreement bilingual = b.languages(List.of("en", "cy-GB")).build();
    assertThat(bilingual.effectiveLanguages()).containsExactly("en", "cy-GB");
    assertThat(bilingual.isWelsh()).isTrue();
    assertThat(none.formatVersion()).isEqualTo("1.1");
  }

  @Test
  void countsWorkingDaysOnlyInWholeDays() {
    for (String fits : List.of("P1D", "P5D", "P20D")) {
      assertThat(workingDays(Threshold.of(IsoPeriod.parse(fits))).thresholdFitsCalendar())
          .as(fits).isTrue();
    }
    for (String not : List.of("PT36H", "P1M", "P0D", "P1DT1H", "P1Y")) {
      assertThat(workingDays(Threshold.of(IsoPeriod.parse(not))).thresholdFitsCalendar())
          .as(not).isFalse();
    }
    assertThat(workingDays(Threshold.of(new BigDecimal("99"))).thresholdFitsCalendar()).isFalse();
    Objective elapsed = Objective.atMost(IsoPeriod.parse("PT36H"));
    assertThat(elapsed.calendar()).isEmpty();
    assertThat(elapsed.effectiveCalendar()).isEqualTo(ObjectiveCalendar.ELAPSED);
    assertThat(elapsed.thresholdFitsCalendar()).isTrue();
  }

  private static Objective workingDays(Threshold threshold) {
    return Objective.builder().operator(ObjectiveOperator.AT_MOST).threshold(threshold)
        .calendar(ObjectiveCalendar.WORKING_DAYS).build();
  }

  @Test
  void hasTheLawfulBasesOfTheContract() {
    assertThat(LawfulBasis.KNOWN).extracting(LawfulBasis::code).containsExactly(
        "UK_GDPR_ART_6_1_C", "UK_GDPR_ART_6_1_E", "UK_GDPR_ART_6_1_EA", "UK_GDPR_ART_6_1_F",
        "DPA_2018_SCH_1_PARA_10", "DPA_2018_PART_3");
    assertThat(LawfulBasis.of("UK_GDPR_ART_6_1_E")).isSameAs(LawfulBasis.UK_GDPR_ART_6_1_E);
    assertThat(LawfulBasis.of("x-LIA").isExtension()).isTrue();
    assertThat(LawfulBasis.UK_GDPR_ART_6_1_F.isUkGdprArticle6()).isTrue();
    assertThat(LawfulBasis.DPA_2018_PART_3.isUkGdprArticle6()).isFalse();
    assertThatThrownBy(() -> LawfulBasis.of("UK_GDPR")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheAssessmentUnderBothNames() {
    var dpia = io.github.slaframework.core.section.PrivacyImpactAssessment.builder()
        .reference("DPIA-1").completedOn(java.time.LocalDate.of(2026, 1, 1)).build();
    @SuppressWarnings("deprecation")
    var section = io.github.slaframework.core.section.PurposeAndLegitimacySection.builder()
        .privacyImpactAssessment(dpia).build();
    assertThat(section.dpia()).contains(dpia);
    @SuppressWarnings("deprecation")
    var old = section.privacyImpactAssessment();
    assertThat(old).contains(dpia);
  }
}
