package io.github.slaframework.core.imaging;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The editions of IEC 62676-4 known to a validator, looked up by code. {@link #builtIn()} knows
 * the 2014 and 2025 editions; {@link #with(PixelDensityEdition)} adds another without changing the
 * code that uses them. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class PixelDensityEditions {

  /** The code of IEC 62676-4:2014 (BS EN 62676-4:2015). */
  public static final String IEC_62676_4_2014 = "IEC_62676_4_2014";

  /** The code of IEC 62676-4:2025. */
  public static final String IEC_62676_4_2025 = "IEC_62676_4_2025";

  private static final PixelDensityEditions BUILT_IN =
      new PixelDensityEditions(
          List.of(
              PixelDensityEdition.of(
                  IEC_62676_4_2014,
                  "IEC 62676-4:2014",
                  List.of(
                      PixelDensityLevel.of("MONITOR", "12.5"),
                      PixelDensityLevel.of("DETECT", "25"),
                      PixelDensityLevel.of("OBSERVE", "62.5"),
                      PixelDensityLevel.of("RECOGNISE", "125"),
                      PixelDensityLevel.of("IDENTIFY", "250"),
                      PixelDensityLevel.of("INSPECT", "1000"))),
              PixelDensityEdition.of(
                  IEC_62676_4_2025,
                  "IEC 62676-4:2025",
                  List.of(
                      PixelDensityLevel.of("OVERVIEW", "20"),
                      PixelDensityLevel.of("OUTLINE", "40"),
                      PixelDensityLevel.of("DISCERN", "80"),
                      PixelDensityLevel.of("PERCEIVE", "125"),
                      PixelDensityLevel.of("CHARACTERIZE", "250"),
                      PixelDensityLevel.of("VALIDATE", "500"),
                      PixelDensityLevel.of("SCRUTINIZE", "1500")))));

  private final Map<String, PixelDensityEdition> byCode;

  private PixelDensityEditions(Collection<PixelDensityEdition> editions) {
    Map<String, PixelDensityEdition> map = new LinkedHashMap<>();
    for (PixelDensityEdition e : editions) {
      map.put(e.code(), e);
    }
    this.byCode = map;
  }

  /**
   * The built-in editions: 2014 and 2025.
   *
   * @return the shared instance
   */
  public static PixelDensityEditions builtIn() {
    return BUILT_IN;
  }

  /**
   * These editions and one more (replacing an edition with the same code).
   *
   * @param edition the edition to add
   * @return a new registry
   */
  public PixelDensityEditions with(PixelDensityEdition edition) {
    List<PixelDensityEdition> all = new ArrayList<>(byCode.values());
    all.removeIf(e -> e.code().equals(edition.code()));
    all.add(edition);
    return new PixelDensityEditions(all);
  }

  /**
   * An edition by code.
   *
   * @param code the code, such as {@link #IEC_62676_4_2025}
   * @return the edition, or empty when unknown
   */
  public Optional<PixelDensityEdition> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * All editions, in the order they were added.
   *
   * @return an unmodifiable list
   */
  public List<PixelDensityEdition> editions() {
    return List.copyOf(byCode.values());
  }
}
