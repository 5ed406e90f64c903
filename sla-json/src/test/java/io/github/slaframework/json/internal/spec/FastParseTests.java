package io.github.slaframework.json.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.IsoPeriod;
import java.time.DateTimeException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastParseTests {

  @ParameterizedTest
  @ValueSource(strings = {"P31D", "P1Y", "P3M", "P1W", "P1W2D", "P1Y6M", "PT4H", "PT90M",
      "PT30S", "P1DT12H", "P0D", "PT0S", "P2Y3M4DT5H6M7S", "P999999999D", "P-1D", "P1.5D",
      "PT1.5S", "-P1D", "p1d", "P1DT-2H"})
  void parsesPeriodsExactlyAsIsoPeriod(String text) {
    IsoPeriod expected;
    try {
      expected = IsoPeriod.parse(text);
    } catch (DateTimeException e) {
      assertThatThrownBy(() -> FastParse.period(text)).isInstanceOf(DateTimeException.class);
      return;
    }
    assertThat(FastParse.period(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P", "PT", "P1DT", "PD", "P1", "P1H", "PT1D", "P1D1Y", "", "31 days"})
  void refusesWhatIsoPeriodRefuses(String text) {
    assertThatThrownBy(() -> FastParse.period(text)).isInstanceOf(DateTimeException.class);
  }
}
