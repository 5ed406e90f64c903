package io.github.slaframework.core.imaging;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named level of an edition of IEC 62676-4, such as {@code IDENTIFY} at 250 px/m (2014).
 *
 * @param name the level name, never blank
 * @param minimum the least pixel density at the target, in px/m, positive
 * @since 0.1.0
 */
@API(status = STABLE)
public record PixelDensityLevel(String name, BigDecimal minimum) {

  /**
   * Creates a level.
   *
   * @param name the level name, never blank
   * @param minimum the least px/m, positive
   */
  public PixelDensityLevel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(minimum, "minimum");
    if (name.isBlank() || minimum.signum() <= 0) {
      throw new IllegalArgumentException("a level has a name and a positive minimum: " + name);
    }
  }

  /**
   * A level.
   *
   * @param name the name
   * @param minimum the least px/m, as a decimal string such as {@code "62.5"}
   * @return the level
   */
  public static PixelDensityLevel of(String name, String minimum) {
    return new PixelDensityLevel(name, new BigDecimal(minimum));
  }
}
