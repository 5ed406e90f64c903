package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.imaging.PixelDensity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A camera view and the image quality it must deliver. JSON: {@code { "id", "location"?,
 * "requiredLevel", "horizontalPixels", "sceneWidthMetres" }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Camera extends Extensible, WithCamera {

  /**
   * The camera id, unique in the agreement.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * Where the camera is.
   *
   * @return the location, or empty
   */
  Optional<String> location();

  /**
   * The level the view must reach, named in the section's pixel-density edition, such as
   * {@code IDENTIFY} (2014) or {@code VALIDATE} (2025).
   *
   * @return the level name, never null
   */
  @NotBlank
  String requiredLevel();

  /**
   * The horizontal resolution of the image, in pixels.
   *
   * @return the pixels, positive
   */
  @Positive
  int horizontalPixels();

  /**
   * The width of the scene at the target distance, in metres.
   *
   * @return the width, positive
   */
  @Positive
  BigDecimal sceneWidthMetres();

  /**
   * The pixel density of the view at the target.
   *
   * @return the density
   * @throws ArithmeticException when the scene width is zero
   */
  default PixelDensity pixelDensity() {
    return PixelDensity.of(horizontalPixels(), sceneWidthMetres());
  }

  /**
   * Starts a camera.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Camera with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Camera copyOf(Camera value) {
    return ImmutableCamera.copyOf(value);
  }

  /**
   * Builds a {@link Camera}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableCamera.Builder {
    /** Starts an empty builder; {@link Camera#builder()} does the same. */
    public Builder() {}
  }
}
