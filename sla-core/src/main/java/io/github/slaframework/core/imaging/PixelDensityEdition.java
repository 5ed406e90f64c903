package io.github.slaframework.core.imaging;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One edition of IEC 62676-4: its code and its levels with their px/m thresholds. The thresholds
 * changed between editions (the 2025 edition roughly doubled identification grade), so agreements
 * name the edition and code never hard-codes one table. Immutable.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class PixelDensityEdition {

  private final String code;
  private final String title;
  private final List<PixelDensityLevel> levels;

  private PixelDensityEdition(String code, String title, List<PixelDensityLevel> levels) {
    this.code = code;
    this.title = title;
    this.levels = levels;
  }

  /**
   * An edition.
   *
   * @param code the code an agreement names, such as {@code IEC_62676_4_2025}
   * @param title a human title, such as {@code IEC 62676-4:2025}
   * @param levels the levels in ascending order of minimum, names unique
   * @return the edition
   * @throws IllegalArgumentException when the levels are empty, not ascending or not unique
   */
  public static PixelDensityEdition of(
      String code, String title, List<PixelDensityLevel> levels) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    List<PixelDensityLevel> copy = List.copyOf(levels);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("an edition has at least one level: " + code);
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < copy.size(); i++) {
      if (names.contains(copy.get(i).name())) {
        throw new IllegalArgumentException("duplicate level " + copy.get(i).name());
      }
      names.add(copy.get(i).name());
      if (i > 0 && copy.get(i).minimum().compareTo(copy.get(i - 1).minimum()) <= 0) {
        throw new IllegalArgumentException("levels must ascend: " + copy.get(i).name());
      }
    }
    return new PixelDensityEdition(code, title, copy);
  }

  /**
   * The code agreements name, such as {@code IEC_62676_4_2014}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * The human title.
   *
   * @return the title, never null
   */
  public String title() {
    return title;
  }

  /**
   * The levels in ascending order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<PixelDensityLevel> levels() {
    return levels;
  }

  /**
   * A level by name.
   *
   * @param name the level name, such as {@code IDENTIFY}
   * @return the level, or empty when this edition has no such level
   */
  public Optional<PixelDensityLevel> level(String name) {
    return levels.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /**
   * The highest level a density reaches.
   *
   * @param density the density
   * @return the level, or empty when it reaches none
   */
  public Optional<PixelDensityLevel> highestLevelReached(PixelDensity density) {
    PixelDensityLevel best = null;
    for (PixelDensityLevel level : levels) {
      if (density.reaches(level)) {
        best = level;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PixelDensityEdition e
        && e.code.equals(code)
        && e.title.equals(title)
        && e.levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, title, levels);
  }

  @Override
  public String toString() {
    return code;
  }
}
