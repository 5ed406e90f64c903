package io.github.slaframework.core.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelDensityTests {

  private final PixelDensityEdition edition2014 =
      PixelDensityEditions.builtIn().find(PixelDensityEditions.IEC_62676_4_2014).orElseThrow();
  private final PixelDensityEdition edition2025 =
      PixelDensityEditions.builtIn().find(PixelDensityEditions.IEC_62676_4_2025).orElseThrow();

  @Test
  void computesPixelsPerMetre() {
    assertThat(PixelDensity.of(1920, new BigDecimal("7.5")).pixelsPerMetre())
        .isEqualByComparingTo("256");
    assertThat(PixelDensity.of(1920, new BigDecimal("7.5"))).hasToString("256.0 px/m");
  }

  @Test
  void aViewExactlyAtALevelReachesIt() {
    // 1000 px over 4 m is exactly 250 px/m: IDENTIFY (2014) but not VALIDATE (2025).
    PixelDensity density = PixelDensity.of(1000, new BigDecimal("4"));
    assertThat(edition2014.highestLevelReached(density).map(PixelDensityLevel::name)).contains("IDENTIFY");
    assertThat(edition2025.highestLevelReached(density).map(PixelDensityLevel::name)).contains("CHARACTERIZE");
    assertThat(density.reaches(edition2025.level("VALIDATE").orElseThrow())).isFalse();
  }

  @Test
  void comparesExactlyWithoutRounding() {
    // 3 px over 0.024 m = 125 px/m exactly; one pixel fewer is below RECOGNISE.
    assertThat(PixelDensity.of(3, new BigDecimal("0.024")).reaches(new BigDecimal("125"))).isTrue();
    assertThat(PixelDensity.of(2, new BigDecimal("0.024")).reaches(new BigDecimal("125"))).isFalse();
  }

  @Test
  void editionsHoldTheThresholdsOfTheStandard() {
    assertThat(edition2014.levels()).extracting(PixelDensityLevel::name)
        .containsExactly("MONITOR", "DETECT", "OBSERVE", "RECOGNISE", "IDENTIFY", "INSPECT");
    assertThat(edition2025.levels()).extracting(PixelDensityLevel::name)
        .containsExactly("OVERVIEW", "OUTLINE", "DISCERN", "PERCEIVE", "CHARACTERIZE", "VALIDATE", "SCRUTINIZE");
    assertThat(edition2014.level("OBSERVE").orElseThrow().minimum()).isEqualByComparingTo("62.5");
    assertThat(edition2025.level("SCRUTINIZE").orElseThrow().minimum()).isEqualByComparingTo("1500");
  }

  @Test
  void aThirdEditionCanBeAddedWithoutChangingCode() {
    PixelDensityEdition future =
        PixelDensityEdition.of("IEC_62676_4_2035", "IEC 62676-4:2035",
            List.of(PixelDensityLevel.of("SEE", "10"), PixelDensityLevel.of("KNOW", "900")));
    PixelDensityEditions editions = PixelDensityEditions.builtIn().with(future);

    assertThat(editions.find("IEC_62676_4_2035")).contains(future);
    assertThat(editions.editions()).hasSize(3);
    assertThat(PixelDensityEditions.builtIn().find("IEC_62676_4_2035")).isEmpty();
  }

  @Test
  void refusesLevelsThatDoNotAscend() {
    assertThatThrownBy(() -> PixelDensityEdition.of("X", "X",
        List.of(PixelDensityLevel.of("A", "20"), PixelDensityLevel.of("B", "10"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PixelDensity.of(100, BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }
}
