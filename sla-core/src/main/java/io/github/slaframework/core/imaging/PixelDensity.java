package io.github.slaframework.core.imaging;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The pixel density of a camera view at its target: horizontal pixels divided by the scene width in
 * metres (px/m). Comparisons with a level's threshold are exact ({@code pixels >= threshold ×
 * width}), so a view that exactly meets a level is never rounded below it. Immutable.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class PixelDensity implements Comparable<PixelDensity> {

  private final int horizontalPixels;
  private final BigDecimal sceneWidthMetres;

  private PixelDensity(int horizontalPixels, BigDecimal sceneWidthMetres) {
    this.horizontalPixels = horizontalPixels;
    this.sceneWidthMetres = sceneWidthMetres;
  }

  /**
   * The density of a view.
   *
   * @param horizontalPixels the horizontal resolution, at least 0
   * @param sceneWidthMetres the scene width at the target, positive
   * @return the density
   * @throws IllegalArgumentException when the width is not positive or the pixels negative
   */
  public static PixelDensity of(int horizontalPixels, BigDecimal sceneWidthMetres) {
    Objects.requireNonNull(sceneWidthMetres, "sceneWidthMetres");
    if (sceneWidthMetres.signum() <= 0 || horizontalPixels < 0) {
      throw new IllegalArgumentException(
          "pixel density needs a positive scene width and non-negative pixels");
    }
    return new PixelDensity(horizontalPixels, sceneWidthMetres);
  }

  /**
   * The density in pixels per metre, to 16 significant digits.
   *
   * @return px/m
   */
  public BigDecimal pixelsPerMetre() {
    return BigDecimal.valueOf(horizontalPixels).divide(sceneWidthMetres, MathContext.DECIMAL64);
  }

  /**
   * Whether the density reaches a threshold, exactly.
   *
   * @param pixelsPerMetre the threshold in px/m
   * @return {@code true} when {@code pixels / width >= threshold}
   */
  public boolean reaches(BigDecimal pixelsPerMetre) {
    return BigDecimal.valueOf(horizontalPixels).compareTo(pixelsPerMetre.multiply(sceneWidthMetres))
        >= 0;
  }

  /**
   * Whether the density reaches a level.
   *
   * @param level the level
   * @return {@code true} when it reaches the level's minimum
   */
  public boolean reaches(PixelDensityLevel level) {
    return reaches(level.minimum());
  }

  @Override
  public int compareTo(PixelDensity other) {
    // a/b vs c/d  <=>  a*d vs c*b (widths positive)
    return BigDecimal.valueOf(horizontalPixels)
        .multiply(other.sceneWidthMetres)
        .compareTo(BigDecimal.valueOf(other.horizontalPixels).multiply(sceneWidthMetres));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PixelDensity p && compareTo(p) == 0;
  }

  @Override
  public int hashCode() {
    return pixelsPerMetre().stripTrailingZeros().hashCode();
  }

  /** The density as {@code 123.4 px/m}, rounded to one decimal place. */
  @Override
  public String toString() {
    return pixelsPerMetre().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " px/m";
  }
}
