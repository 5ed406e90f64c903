package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast date parse of the reader and the named checks, held to {@link LocalDate#parse}. */
class IsoDatesTests {

  @ParameterizedTest
  @ValueSource(strings = {"2026-04-01", "2024-02-29", "0000-01-01", "0001-01-01", "9999-12-31",
      "+12026-04-01", "-0001-01-01"})
  void readsADateAsLocalDateParseDoes(String text) {
    assertThat(IsoDates.parse(text)).isEqualTo(LocalDate.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-00",
      "2026-4-01", "2026/04/01", "+026-04-01", "2026-+4-01", "2026-04-1a",
      "\u0662\u0660\u0662\u0666-04-01", "2026-04-01T00:00", "", "2026-04-01 ", "2023-02-29",
      "2026-4-1", "20260401"})
  void refusesWhatLocalDateParseRefuses(String text) {
    assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> IsoDates.parse(text))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void agreesWithLocalDateParseOnDateShapedText() {
    char[] alphabet = {'0', '1', '2', '3', '9', '-', '+', 'x', '\u0663'};
    Random random = new Random(20261205);
    int dates = 0;
    for (int n = 0; n < 50_000; n++) {
      char[] text = "2026-04-01".toCharArray();
      for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
        text[random.nextInt(text.length)] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      LocalDate expected;
      try {
        expected = LocalDate.parse(s);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> IsoDates.parse(s)).as(s)
            .isInstanceOf(DateTimeException.class);
        continue;
      }
      dates++;
      assertThat(IsoDates.parse(s)).as(s).isEqualTo(expected);
    }
    assertThat(dates).as("texts that are dates").isGreaterThan(1_000);
  }
}
