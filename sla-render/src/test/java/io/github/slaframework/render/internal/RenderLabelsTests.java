package io.github.slaframework.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.LawfulBasis;
import io.github.slaframework.core.Obligation;
import io.github.slaframework.core.ObjectiveCalendar;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.TrainingRequirement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words of rendered documents in English and Welsh. */
class RenderLabelsTests {

  /** Every vocabulary the renderer prints a label of. */
  private static final List<Class<?>> VOCABULARIES = List.of(
      AgreementStatus.class, Channel.class, EvidenceFormat.class, Indicator.class,
      IntegrityAlgorithm.class, Jurisdiction.class, LawfulBasis.class, LegalBasis.class,
      ObjectiveCalendar.class, ObjectiveOperator.class, Obligation.class, PartyRole.class,
      PartyType.class, Priority.class, Purpose.class, ServiceMetric.class,
      SurveillanceType.class, TrainingRequirement.class, WindowType.class);

  @Test
  void everyKeyExistsInEnglishAndWelshAlike() {
    assertThat(new TreeSet<>(Labels.WELSH.table().stringPropertyNames()))
        .as("keys of RenderLabels_cy.properties")
        .isEqualTo(new TreeSet<>(Labels.ENGLISH.table().stringPropertyNames()));
  }

  @Test
  void everyWelshTextKeepsTheParametersOfItsEnglishOne() {
    for (String key : Labels.ENGLISH.table().stringPropertyNames()) {
      assertThat(parameters(Labels.WELSH.text(key))).as(key)
          .isEqualTo(parameters(Labels.ENGLISH.text(key)));
    }
  }

  @Test
  void everyCodeOfEveryVocabularyHasAWelshLabelAndItsEnglishOneIsWhatEnglishPrints()
      throws IllegalAccessException {
    List<String> codes = codes();
    assertThat(codes).contains("POLICE_FORCE", "THREAT_TO_LIFE", "WELSH_LANGUAGE_MEASURE_2011");
    for (String code : codes) {
      assertThat(Labels.WELSH.table().getProperty("enum." + code)).as("Welsh label of %s", code)
          .isNotBlank();
      assertThat(Labels.ENGLISH.table().getProperty("enum." + code))
          .as("English label of %s", code).isEqualTo(Words.label(code));
    }
  }

  @Test
  void anExtensionCodeKeepsItsOwnWordsInWelsh() {
    assertThat(Labels.WELSH.label("x-SAR_RESPONSE")).isEqualTo(Words.label("x-SAR_RESPONSE"));
    assertThat(Labels.WELSH.label(PartyType.POLICE_FORCE)).isEqualTo("Heddlu");
  }

  @Test
  void welshDatesAndPeriodsFollowWelshGrammar() {
    assertThat(Labels.WELSH.date(LocalDate.of(2026, 4, 1))).isEqualTo("1 Ebrill 2026");
    assertThat(Labels.WELSH.date(LocalDate.of(2029, 12, 31))).isEqualTo("31 Rhagfyr 2029");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P1Y"))).isEqualTo("1 flwyddyn");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P2Y"))).isEqualTo("2 flynedd");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P3Y"))).isEqualTo("3 blynedd");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P5Y"))).isEqualTo("5 mlynedd");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P6M"))).isEqualTo("6 mis");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P2D"))).isEqualTo("2 ddiwrnod");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("P31D"))).isEqualTo("31 diwrnod");
    assertThat(Labels.WELSH.period(IsoPeriod.parse("PT4H30M"))).isEqualTo("4 awr, 30 munud");
    assertThat(Labels.WELSH.yesNo(true)).isEqualTo("Ie");
  }

  @Test
  void englishIsWhatWordsPrints() {
    assertThat(Labels.ENGLISH.period(IsoPeriod.parse("P1Y"))).isEqualTo("1 year");
    assertThat(Labels.ENGLISH.date(LocalDate.of(2026, 4, 1))).isEqualTo("1 April 2026");
    assertThat(Labels.ENGLISH.label(PartyType.POLICE_FORCE)).isEqualTo("Police force");
  }

  @Test
  void parametersAreReplacedOnceAndNeverScannedAgain() {
    assertThat(Labels.WELSH.text("value.priorityOnly", "priority", "{priority}"))
        .isEqualTo("{priority} yn unig");
  }

  @Test
  void onlyEnglishAndWelshHaveWords() {
    assertThat(Labels.of(Locale.forLanguageTag("cy-GB"))).isSameAs(Labels.WELSH);
    assertThat(Labels.of(Locale.UK)).isSameAs(Labels.ENGLISH);
    assertThatThrownBy(() -> Labels.of(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fr");
  }

  private static List<String> parameters(String text) {
    List<String> names = new ArrayList<>();
    Matcher m = Pattern.compile("\\{([A-Za-z]+)\\}").matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static List<String> codes() throws IllegalAccessException {
    TreeSet<String> codes = new TreeSet<>();
    for (Class<?> type : VOCABULARIES) {
      if (type.isEnum()) {
        for (Object constant : type.getEnumConstants()) {
          codes.add(constant.toString());
        }
      } else {
        for (Field f : type.getFields()) {
          if (Modifier.isStatic(f.getModifiers()) && f.getType() == type) {
            codes.add(f.get(null).toString());
          }
        }
      }
    }
    return List.copyOf(codes);
  }
}
