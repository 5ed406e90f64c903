package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.framework.Framework;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic of the 2026 checks, and the guidance they come with. */
class PartnershipChecksTests {

  @Test
  void comparesReviewCyclesWithAYearOfTwelveMonthsAndAWeekOfSevenDaysOnly() {
    assertThat(PeriodRules.sameCycle("P1Y", "P12M")).isTrue();
    assertThat(PeriodRules.sameCycle("P1W", "P7D")).isTrue();
    assertThat(PeriodRules.sameCycle("P1Y6M", "P18M")).isTrue();
    assertThat(PeriodRules.sameCycle("P1M", "P30D")).isFalse();
    assertThat(PeriodRules.sameCycle("P1Y", "P365D")).isFalse();
    assertThat(PeriodRules.sameCycle("P6M", "P1Y")).isFalse();
  }

  @Test
  void convertsDurationsWithAMonthOfThirtyDaysAndAYearOf365() {
    long day = 24L * 3600;
    assertThat(PeriodRules.seconds("P1M")).contains(BigDecimal.valueOf(30 * day));
    assertThat(PeriodRules.seconds("P1Y")).contains(BigDecimal.valueOf(365 * day));
    assertThat(PeriodRules.seconds("P2W")).contains(BigDecimal.valueOf(14 * day));
    assertThat(PeriodRules.seconds("PT36H")).contains(BigDecimal.valueOf(36 * 3600));
    assertThat(PeriodRules.seconds("P1DT0.5S")).contains(new BigDecimal("86400.5"));
    assertThat(PeriodRules.seconds("P")).isEmpty();
    assertThat(PeriodRules.seconds("PT")).isEmpty();
    assertThat(PeriodRules.seconds("7 days")).isEmpty();
  }

  @Test
  void readsAWorkingDaysThresholdOnlyAsOneToSixDigitsOfDays() {
    assertThat(PeriodRules.workingDays("P5D")).contains(5);
    assertThat(PeriodRules.workingDays("P999999D")).contains(999_999);
    assertThat(PeriodRules.workingDays("P010D")).contains(10);
    assertThat(PeriodRules.workingDays("P0D")).isEmpty();
    assertThat(PeriodRules.workingDays("P1234567D")).isEmpty();
    assertThat(PeriodRules.workingDays("PD")).isEmpty();
    assertThat(PeriodRules.workingDays("P1W")).isEmpty();
    assertThat(PeriodRules.workingDays("P1DT1H")).isEmpty();
    assertThat(PeriodRules.workingDays("P-1D")).isEmpty();
    assertThat(PeriodRules.workingDays("P\u0665D")).isEmpty(); // an Arabic-Indic five
    assertThat(PeriodRules.workingDays("p5d")).isEmpty();
  }

  @Test
  void guidanceUsesTheLawsNamesAndSaysTheFrameworkIsThisProjectsReading() {
    for (Framework framework : BuiltInFrameworks.frameworks()) {
      String text = framework.toString();
      assertThat(text).as(framework.version())
          .doesNotContain("privacy impact assessment")
          .contains("data protection impact assessment", "RIPA 2000 s.26(2)",
              "Private Security Industry Act 2001 s.3", "Welsh Language");
      assertThat(Optional.ofNullable(framework.extensions().get("x-readingNote")))
          .as(framework.version()).isPresent();
    }
  }
}
