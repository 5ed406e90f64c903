package io.github.slaframework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatioRoundsTests {

  private static String run(String benchmark, String document, String iterations) {
    return "{\"benchmark\":\"io.github.slaframework.bench.AgreementBenchmarks." + benchmark
        + "\",\"params\":{\"document\":\"" + document + "\"},"
        + "\"primaryMetric\":{\"score\":0,\"rawData\":[" + iterations + "]}}";
  }

  private static final String ROUND_1 = "[" + run("jacksonReadTree", "SMALL_10KB", "[10,10,30]")
      + "," + run("typedRead", "SMALL_10KB", "[14,15,100]") + "]";
  private static final String ROUND_2 = "[" + run("jacksonReadTree", "SMALL_10KB", "[20]")
      + "," + run("typedRead", "SMALL_10KB", "[28]") + "]";
  private static final String ROUND_3 = "[" + run("typedRead", "SMALL_10KB", "[5]") + "]";

  @Test
  void comparesTheMedianIterationsOfEachRoundAndTakesTheMedianOfTheRounds() {
    RatioRounds rounds = RatioRounds.parse(List.of(ROUND_1, ROUND_2, ROUND_3));

    // The disturbed iterations (30 and 100) do not move the medians; the round without a floor
    // gives no ratio.
    assertThat(rounds.ratios("SMALL_10KB", "typedRead")).containsExactly(1.5, 1.4);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    rounds.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table)
        .contains("| 1 | 10.00 | 1.50 |")
        .contains("| 2 | 20.00 | 1.40 |")
        .contains("| 3 | - | - |")
        .contains("**1.45** (1.40–1.50)");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(RatioRounds.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    assertThat(RatioRounds.median(List.of(7.0))).isEqualTo(7.0);
  }
}
