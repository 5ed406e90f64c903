package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IsoPeriodTests {

  @ParameterizedTest
  @CsvSource({
    "P31D, P31D",
    "P1Y, P1Y",
    "PT4H, PT4H",
    "P1DT12H, P1DT12H",
    "P1W, P7D",
    "PT90M, PT1H30M",
    "P0D, P0D"
  })
  void keepsTheTextAsWrittenAndNormalisesOnRequest(String text, String canonical) {
    assertThat(IsoPeriod.parse(text).toString()).isEqualTo(text);
    assertThat(IsoPeriod.parse(text).normalized()).isEqualTo(canonical);
    assertThat(IsoPeriod.parse(canonical)).isEqualTo(IsoPeriod.parse(text));
    assertThat(IsoPeriod.parse(canonical)).hasSameHashCodeAs(IsoPeriod.parse(text));
    assertThat(IsoPeriod.parse(canonical).compareTo(IsoPeriod.parse(text))).isZero();
  }

  @Test
  void writesAPeriodBuiltInCodeInTheNormalSpelling() {
    assertThat(IsoPeriod.of(Period.ofWeeks(1), Duration.ofMinutes(90))).hasToString("P7DT1H30M");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "P", "31D", "PT", "P1DT", "4H", "P1.5D", "PXD"})
  void rejectsTextThatIsNotAPeriod(String text) {
    assertThatThrownBy(() -> IsoPeriod.parse(text)).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void separatesElapsedTimeFromCalendarTime() {
    assertThat(IsoPeriod.parse("PT4H").isTimeBased()).isTrue();
    assertThat(IsoPeriod.parse("P7D").isTimeBased()).isFalse();
    assertThat(IsoPeriod.parse("PT4H").timePart()).isEqualTo(Duration.ofHours(4));
    assertThat(IsoPeriod.parse("P1M").datePart()).isEqualTo(Period.ofMonths(1));
  }

  @Test
  void aMonthIsNeverLongerThanThirtyOneDays() {
    IsoPeriod limit = IsoPeriod.ofDays(31);
    assertThat(IsoPeriod.parse("P1M").maximumSeconds()).isEqualTo(limit.maximumSeconds());
    assertThat(IsoPeriod.parse("P32D")).isGreaterThan(limit);
    assertThat(IsoPeriod.parse("P28D")).isLessThan(limit);
    assertThat(IsoPeriod.parse("P1Y")).isGreaterThan(limit);
  }

  @Test
  void knowsPositiveAndZero() {
    assertThat(IsoPeriod.parse("P0D").isPositive()).isFalse();
    assertThat(IsoPeriod.parse("P0D").isZero()).isTrue();
    assertThat(IsoPeriod.parse("P-1D").isPositive()).isFalse();
    assertThat(IsoPeriod.parse("PT1S").isPositive()).isTrue();
  }

  @Test
  void addsToADate() {
    assertThat(IsoPeriod.parse("P1M").addTo(LocalDate.of(2026, 1, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(IsoPeriod.parse("P1DT24H").addTo(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 3));
  }
}
